import type { ReactNode } from 'react';
import { Button, Table, Tag, Typography, type TableColumnType } from 'antd';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import type { EligibilityRow } from './commendation-format';

const t = viCommendation.proposals;
const c = viCommendation.common;

/** How the caps stand for each candidate, shown only when a cap applies. */
const capsColumn: TableColumnType<EligibilityRow> = {
  title: t.caps,
  width: 240,
  render: (_: unknown, r: EligibilityRow) =>
    r.caps.map((cap) => (
      <div key={cap.detail}>
        <Typography.Text type={cap.passed ? 'secondary' : 'danger'}>{cap.detail}</Typography.Text>
      </div>
    )),
};

/** Every candidate with its result: the reasons of those not eligible, the conditions met, and the caps. */
export function EligibilityTable(props: {
  rows: readonly EligibilityRow[];
  actionLabel: string;
  addIcon?: ReactNode;
  onAdd: (row: EligibilityRow) => void;
}) {
  return (
    <Table<EligibilityRow>
      size="small"
      rowKey="key"
      aria-label={t.eligibility}
      pagination={false}
      dataSource={[...props.rows]}
      columns={[
        { title: 'STT', dataIndex: 'order', width: 56, align: 'center' },
        { title: c.name, dataIndex: 'name' },
        { title: c.unit, render: (_, r) => [r.position, r.unitName].filter(Boolean).join(', ') },
        {
          title: t.result,
          width: 170,
          render: (_, r) => <Tag color={r.eligible ? 'green' : 'red'}>{r.eligible ? t.eligible : t.ineligible}</Tag>,
        },
        {
          title: t.checks,
          render: (_, r) => (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {r.details.map((d) => (
                <li key={d}>
                  <Typography.Text type={r.eligible ? undefined : 'danger'}>{d}</Typography.Text>
                </li>
              ))}
            </ul>
          ),
        },
        ...(props.rows.some((r) => r.caps.length > 0) ? [capsColumn] : []),
        {
          title: '',
          width: 170,
          render: (_, r) =>
            r.inProposal ? (
              <Typography.Text type="secondary">{t.inProposal}</Typography.Text>
            ) : (
              <Button
                size="small"
                type={r.eligible ? 'primary' : 'default'}
                icon={props.addIcon}
                aria-label={t.addCandidateOf(r.name)}
                onClick={() => props.onAdd(r)}
              >
                {props.actionLabel}
              </Button>
            ),
        },
      ]}
    />
  );
}
