import { Alert, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import type { AuditView } from '@shared/contract/audit';
import type { Figure } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import { useApiQuery } from '@renderer/api/hooks';
import { formatTimestamp } from '@renderer/format/date-time';
import { formatFigureRecord } from '@renderer/format/figure-value';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { CellRef } from './grid-model';

const h = viFigures.history;

interface HistoryPopoverProps {
  cell: CellRef;
  indicator: Indicator;
  year: number;
  quarter: Quarter;
  cellLabel: string;
  changed: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The history button of the active cell and its popover: who changed the figure, when, from what to what, why. */
export function HistoryPopover({
  cell,
  indicator,
  year,
  quarter,
  cellLabel,
  changed,
  open,
  onOpenChange,
}: HistoryPopoverProps) {
  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      placement="bottomLeft"
      title={`${h.title}: ${cellLabel}`}
      destroyOnHidden
      content={
        <div
          style={{ width: 420, maxHeight: 360, overflow: 'auto' }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onOpenChange(false);
          }}
        >
          {changed && <Alert type="info" showIcon title={h.unsaved} style={{ marginBottom: 8 }} />}
          <HistoryList cell={cell} indicator={indicator} year={year} quarter={quarter} />
        </div>
      }
    >
      <button
        type="button"
        className="fg-cell__history"
        aria-label={`${h.title}: ${cellLabel}`}
        tabIndex={-1}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <HistoryOutlined aria-hidden />
      </button>
    </Popover>
  );
}

function HistoryList({
  cell,
  indicator,
  year,
  quarter,
}: Pick<HistoryPopoverProps, 'cell' | 'indicator' | 'year' | 'quarter'>) {
  const history = useApiQuery('figures:history', { ...cell, year, quarter });
  if (history.isPending) return <Spin size="small" description={h.loading} />;
  if (history.isError) return <Alert type="error" showIcon title={history.error.message} />;
  if (history.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={h.empty} />;
  // Newest first: the secretary looks for the last change.
  const rows = [...history.data].reverse();
  return (
    <Flex vertical gap={8} role="list" aria-label={h.title}>
      {rows.map((row) => (
        <HistoryRow key={row.id} row={row} indicator={indicator} />
      ))}
    </Flex>
  );
}

function HistoryRow({ row, indicator }: { row: AuditView; indicator: Indicator }) {
  const before = row.before === null ? '—' : formatFigureRecord(indicator, row.before as Partial<Figure>);
  const after = row.after === null ? '—' : formatFigureRecord(indicator, row.after as Partial<Figure>);
  return (
    <div role="listitem" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 6 }}>
      <Typography.Text strong>{h.action[row.action]}</Typography.Text>{' '}
      <Typography.Text type="secondary">{h.by(row.actor, formatTimestamp(row.at))}</Typography.Text>
      <div>
        {before} → {after}
      </div>
      {row.reason && <Typography.Text type="secondary">{h.reason(row.reason)}</Typography.Text>}
    </div>
  );
}
