import { memo, type HTMLAttributes } from 'react';
import { Alert, Button, Checkbox, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import type { Indicator } from '@shared/domain/indicator';
import { indicatorGroupLabels } from '@shared/domain/target-form';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viPlans } from '@renderer/i18n/vi-plans';
import { Field } from '../components/Field';
import { IndicatorMainFields, IndicatorMoreFields } from '../components/IndicatorFields';
import { KindInWords } from '../components/KindInWords';
import { TargetFields } from '../components/TargetFields';
import { indicatorOptionLabel } from '../indicator-draft';
import { needsChecking, rowIndicator, rowMeasure, type ReviewRow } from './review-rows';

const t = viPlans.review;
const newIndicatorValue = 'new';

interface ReviewTargetsTableProps {
  /** The rows shown (all, or only those to check). */
  rows: readonly ReviewRow[];
  /** Each row's number in the whole list, so a row keeps its number when the list is filtered. */
  numbers: ReadonlyMap<number, number>;
  problems: ReadonlyMap<number, string>;
  catalogue: readonly Indicator[];
  expandedKeys: readonly number[];
  onToggleExpanded: (key: number) => void;
  selectedKeys: readonly number[];
  onSelect: (keys: number[]) => void;
  onChange: (key: number, next: ReviewRow) => void;
  onRemove: (row: ReviewRow) => void;
}

/** The accessible name of a control in row n: "Giá trị (chỉ tiêu 9)". */
function rowLabel(n: number) {
  return (field: string) => `${field} (${viPlans.common.row(n)})`;
}

const rowTint = {
  invalid: { background: '#fff1f0', boxShadow: 'inset 4px 0 0 #cf1322' },
  ambiguous: { background: '#fffbe6', boxShadow: 'inset 4px 0 0 #d48806' },
};

/**
 * Every proposed target beside the phrase it was read from and how it was read. Rows the reader was unsure of are
 * tinted amber with its reason; rows that cannot be saved are tinted red with the problem, and block "Lưu kế hoạch".
 * Rows can be ticked to be dropped together. Each column is one entry of `columns`, so a cell can be added beside
 * the others without touching them.
 */
export function ReviewTargetsTable(props: ReviewTargetsTableProps) {
  const {
    rows,
    numbers,
    problems,
    catalogue,
    expandedKeys,
    onToggleExpanded,
    selectedKeys,
    onSelect,
    onChange,
    onRemove,
  } = props;
  const c = t.columns;
  const n = (row: ReviewRow) => numbers.get(row.key) ?? 0;

  const columns: TableColumnsType<ReviewRow> = [
    { key: 'index', title: c.index, width: 48, render: (_v, row) => n(row) },
    {
      key: 'source',
      title: c.source,
      width: '28%',
      render: (_v, row) => (
        <SourceCell row={row} problem={problems.get(row.key) ?? null} n={n(row)} onChange={onChange} />
      ),
    },
    {
      key: 'indicator',
      title: c.indicator,
      width: '25%',
      render: (_v, row) => <IndicatorCell row={row} catalogue={catalogue} n={n(row)} onChange={onChange} />,
    },
    {
      key: 'target',
      title: c.target,
      render: (_v, row) => (
        <TargetCell row={row} measureUnit={rowMeasure(row, catalogue).measureUnit} n={n(row)} onChange={onChange} />
      ),
    },
    {
      key: 'actions',
      title: c.actions,
      width: 128,
      render: (_v, row) => {
        const open = expandedKeys.includes(row.key);
        return (
          <Flex vertical align="start">
            <Button
              type="link"
              size="small"
              icon={open ? <UpOutlined /> : <DownOutlined />}
              aria-expanded={open}
              aria-label={`${open ? t.less : t.more} (${viPlans.common.row(n(row))})`}
              onClick={() => onToggleExpanded(row.key)}
            >
              {open ? t.less : t.more}
            </Button>
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t.remove} (${viPlans.common.row(n(row))})`}
              onClick={() => onRemove(row)}
            >
              {t.remove}
            </Button>
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<ReviewRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows as ReviewRow[]}
      pagination={false}
      tableLayout="fixed"
      rowSelection={{
        selectedRowKeys: [...selectedKeys],
        columnWidth: 40,
        onChange: (keys) => onSelect(keys.map(Number)),
        getCheckboxProps: (row) => ({ 'aria-label': t.selectRow(n(row)) }) as never,
      }}
      onRow={(row) => {
        const state = problems.has(row.key) ? 'invalid' : needsChecking(row) ? 'ambiguous' : 'ok';
        return {
          'data-review-state': state,
          style: state === 'ok' ? undefined : rowTint[state],
        } as HTMLAttributes<HTMLElement>;
      }}
      expandable={{
        expandedRowKeys: [...expandedKeys],
        showExpandColumn: false,
        expandedRowRender: (row) => <ExpandedRow row={row} catalogue={catalogue} n={n(row)} onChange={onChange} />,
      }}
    />
  );
}

// Cells are memoised on the row object: typing in one row re-renders that row only, which keeps a plan of
// hundreds of targets responsive.
const SourceCell = memo(function SourceCell({
  row,
  problem,
  n,
  onChange,
}: {
  row: ReviewRow;
  problem: string | null;
  n: number;
  onChange: (key: number, next: ReviewRow) => void;
}) {
  if (row.typed) {
    return (
      <Flex vertical gap={6}>
        <Flex gap={4} wrap>
          <Tag>{t.typedTag}</Tag>
          {problem && <Tag color="error">{t.invalidTag}</Tag>}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t.typedHint}
        </Typography.Text>
        {problem && <Alert type="error" showIcon title={problem} />}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={6}>
      <Flex gap={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.line(row.line)}
        </Typography.Text>
        {needsChecking(row) && <Tag color="warning">{t.ambiguousTag}</Tag>}
        {problem && <Tag color="error">{t.invalidTag}</Tag>}
      </Flex>
      <blockquote
        style={{
          margin: 0,
          paddingInlineStart: 8,
          borderInlineStart: '3px solid #d9d9d9',
          fontFamily: "'Times New Roman', serif",
          fontSize: 15,
        }}
      >
        {row.sourceText}
      </blockquote>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t.reading}: {row.reason} · {t.confidence(String(Math.round(row.confidence * 100)))}
      </Typography.Text>
      {row.ambiguityReason && (
        <Alert
          type={row.checked ? 'info' : 'warning'}
          showIcon
          title={row.ambiguityReason}
          description={
            <Checkbox
              checked={row.checked}
              onChange={(event) => onChange(row.key, { ...row, checked: event.target.checked })}
            >
              {`${t.checked} (${viPlans.common.row(n)})`}
            </Checkbox>
          }
        />
      )}
      {row.parserNote && (
        <Typography.Text type="secondary">
          {t.parserNote}: {row.parserNote}
        </Typography.Text>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
    </Flex>
  );
});

interface RowEditorProps {
  row: ReviewRow;
  catalogue: readonly Indicator[];
  /** The row's number on screen, for the accessible names of its controls. */
  n: number;
  onChange: (key: number, next: ReviewRow) => void;
}

const TargetCell = memo(function TargetCell({
  row,
  measureUnit,
  n,
  onChange,
}: Omit<RowEditorProps, 'catalogue'> & { measureUnit: string | null }) {
  return (
    <TargetFields
      value={row}
      measureUnit={measureUnit}
      label={rowLabel(n)}
      onChange={(next) => onChange(row.key, next)}
    />
  );
});

const IndicatorCell = memo(function IndicatorCell({ row, catalogue, n, onChange: onRowChange }: RowEditorProps) {
  const i = viPlans.indicator;
  const label = rowLabel(n);
  const onChange = (next: ReviewRow) => onRowChange(row.key, next);
  const options = [
    { value: newIndicatorValue, label: i.createNew },
    ...catalogue.map((indicator) => ({ value: indicator.id, label: indicatorOptionLabel(indicator) })),
  ];
  const existing = rowIndicator(row, catalogue);
  return (
    <Flex vertical gap={6}>
      <Field caption={i.select}>
        <Select<number | typeof newIndicatorValue>
          aria-label={label(i.select)}
          value={row.indicatorId ?? newIndicatorValue}
          options={options}
          showSearch={vietnameseSelectSearch}
          popupMatchSelectWidth={false}
          onChange={(choice) => onChange({ ...row, indicatorId: choice === newIndicatorValue ? null : choice })}
        />
      </Field>
      {row.indicatorId === null ? (
        <IndicatorMainFields
          value={row.newIndicator}
          label={label}
          onChange={(patch) => onChange({ ...row, newIndicator: { ...row.newIndicator, ...patch } })}
        />
      ) : (
        existing && (
          <>
            <Typography.Text type="secondary">
              {i.existing(
                existing.measureUnit ?? i.noUnit,
                i.kinds[existing.kind],
                indicatorGroupLabels[existing.group],
              )}
            </Typography.Text>
            <KindInWords indicator={existing} />
          </>
        )
      )}
    </Flex>
  );
});

function ExpandedRow({ row, n, onChange: onRowChange }: RowEditorProps) {
  const label = rowLabel(n);
  const onChange = (next: ReviewRow) => onRowChange(row.key, next);
  return (
    <Flex vertical gap={8} style={{ paddingInlineStart: 56 }}>
      {row.indicatorId === null && (
        <>
          <Typography.Text type="secondary">{viPlans.indicator.newHint}</Typography.Text>
          <IndicatorMoreFields
            value={row.newIndicator}
            label={label}
            onChange={(patch) => onChange({ ...row, newIndicator: { ...row.newIndicator, ...patch } })}
          />
        </>
      )}
      <Field caption={t.note}>
        <Input.TextArea
          aria-label={label(t.note)}
          value={row.note}
          maxLength={2000}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(event) => onChange({ ...row, note: event.target.value })}
        />
      </Field>
    </Flex>
  );
}
