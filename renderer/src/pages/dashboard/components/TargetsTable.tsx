import { Table, type TableColumnsType } from 'antd';
import { completenessLabels } from '@shared/i18n/vi-evaluation';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { targetDetailPath } from '../dashboard-routes';
import type { TargetGroup, TargetRow } from '../shape/target-rows';
import { StatusTag } from './StatusTag';

const t = viDashboard.table;

type Line =
  { kind: 'group'; key: string; numeral: string; label: string } | ({ kind: 'target'; key: string } & TargetRow);

/** Cells after the indicator's name are merged into it on a field's heading row. */
const onNumberCell = (line: Line) => (line.kind === 'group' ? { colSpan: 0 } : {});

function numberColumn(key: keyof TargetRow & string, title: string): TableColumnsType<Line>[number] {
  return {
    key,
    title,
    align: 'right',
    className: 'dashboard-number',
    onCell: onNumberCell,
    render: (_: unknown, line: Line) => (line.kind === 'target' ? line[key] : null),
  };
}

const columns: TableColumnsType<Line> = [
  {
    key: 'stt',
    title: t.stt,
    align: 'center',
    width: 52,
    render: (_, line) => (line.kind === 'group' ? <strong>{line.numeral}</strong> : line.stt),
  },
  {
    key: 'indicator',
    title: t.indicator,
    className: 'dashboard-indicator',
    onCell: (line) => (line.kind === 'group' ? { colSpan: 9 } : {}),
    render: (_, line) =>
      line.kind === 'group' ? (
        <strong>{line.label}</strong>
      ) : (
        <a href={`#${targetDetailPath(line.targetId)}`}>{line.indicator}</a>
      ),
  },
  { key: 'unit', title: t.unit, onCell: onNumberCell, render: (_, l) => (l.kind === 'target' ? l.unit : null) },
  numberColumn('plan', t.plan),
  numberColumn('periodValue', t.periodValue),
  {
    ...numberColumn('ytd', t.ytd),
    render: (_: unknown, line: Line) =>
      line.kind !== 'target' ? null : (
        <>
          {line.ytd}
          {line.ytdNote !== null && (
            <div className="dashboard-ytd-note" data-testid="ytd-note">
              {line.ytdNote}
            </div>
          )}
          {line.incomplete && (
            <div className="dashboard-incomplete" title={completenessLabels.partial}>
              {t.incomplete}
            </div>
          )}
        </>
      ),
  },
  numberColumn('percentOfPlan', t.percentOfPlan),
  numberColumn('samePeriodLastYear', t.samePeriod),
  numberColumn('percentOfLastYear', t.percentOfSamePeriod),
  {
    key: 'status',
    title: t.status,
    className: 'dashboard-number',
    onCell: onNumberCell,
    render: (_, line) => (line.kind === 'target' ? <StatusTag status={line.status} /> : null),
  },
];

/** The report table on screen: every target grouped by field, with "(ước)" after estimated figures. */
export function TargetsTable({ groups }: { groups: readonly TargetGroup[] }) {
  const lines: Line[] = groups.flatMap((group): Line[] => [
    { kind: 'group', key: `group-${group.group}`, numeral: group.numeral, label: group.label },
    ...group.rows.map((row): Line => ({ kind: 'target', key: `target-${row.targetId}`, ...row })),
  ]);
  return (
    <Table<Line>
      className="dashboard-targets"
      columns={columns}
      dataSource={lines}
      rowKey="key"
      pagination={false}
      size="small"
      bordered
      locale={{ emptyText: t.empty }}
      rowClassName={(line) => (line.kind === 'group' ? 'dashboard-group-row' : '')}
    />
  );
}
