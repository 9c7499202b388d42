import { Button, Descriptions, Flex, Segmented, Tag, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import type { FigureGrid } from '@shared/contract/figures';
import type { FigureStatus } from '@shared/domain/figure';
import { quarterLabel } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import type { AggregateValue } from '@shared/evaluation/aggregate-time';
import { formatAchieved, formatLevel, formatMeasure, formatRatio } from '@renderer/format/figure-value';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { EntryEnv, EntryState } from './entry-state';
import { accessAt, activeRef } from './entry-state';
import { cellKey, currentDraft, isEmptyDraft } from './grid-model';
import { yearToDate } from './grid-totals';
import { formatTotal, type GridDerived } from './grid-view';
import { allocationsByCell, planFigureText } from './plan-figure';

const t = viFigures.inspector;

interface ActiveCellBarProps {
  grid: FigureGrid;
  env: EntryEnv;
  state: EntryState;
  derived: GridDerived;
  plans: ReadonlyMap<number, Target>;
  onStatus: (status: FigureStatus) => void;
  onHistory: () => void;
}

/** A year to date as the bar prints it: Đạt/Chưa đạt for yes/no figures of one unit, else the level. */
function formatAggregate(
  indicator: Indicator,
  value: AggregateValue,
  unitId: number | null,
  decimals: number,
): string | null {
  if (indicator.kind === 'qualitative' || (indicator.kind === 'unit_count' && unitId !== null)) {
    return value.achieved === null ? null : formatAchieved(value.achieved);
  }
  if (value.notAggregable !== null) return viFigures.grid.notAggregable;
  return value.value === null ? null : formatLevel(indicator, value.value, decimals);
}

/**
 * What the secretary needs beside the active cell: the plan, the same quarter last year, the year to date with this
 * cell's unsaved value counted, ước/chính thức, and the history button.
 */
export function ActiveCellBar({ grid, env, state, derived, plans, onStatus, onHistory }: ActiveCellBarProps) {
  const ref = activeRef(state, env.layout);
  const indicator = ref ? env.context.indicators.get(ref.indicatorId) : undefined;
  if (!ref || !indicator) return <Typography.Text type="secondary">{t.none}</Typography.Text>;

  const access = accessAt(env, ref);
  const key = cellKey(ref);
  const unitName = derived.names.get(ref.unitId) ?? '';
  const draft = currentDraft(ref, state.edits, env.context.saved, env.context.defaultStatus);
  const lastYear = derived.lastYear.get(key);
  const lastYearText =
    ref.unitId === null && access === 'computed'
      ? formatTotal(indicator, derived.lastYearTotals.get(indicator.id))
      : lastYear
        ? formatMeasure(indicator, lastYear)
        : '';
  const ytdValue = yearToDate(indicator, ref.unitId, grid.earlierQuarters, derived.current, grid.year, grid.quarter);
  const ytd = formatAggregate(
    indicator,
    ytdValue,
    ref.unitId,
    derived.decimals.get(indicator.id) ?? indicator.decimals,
  );
  const ytdNote = ytd !== null && ytdValue.completeness === 'partial' ? ` (${t.partial})` : '';
  const plan = ref.unitId === null ? plans.get(indicator.id) : allocationsByCell(grid.targets).get(key);
  const ratio =
    draft.kind === 'entry' && draft.measure.numerator !== null && draft.measure.denominator
      ? formatRatio(indicator, draft.measure.numerator, draft.measure.denominator)
      : null;
  const editable = access === 'editable';

  const items = [
    { key: 'plan', label: ref.unitId === null ? t.plan : t.allocation, children: plan ? planFigureText(plan) : '—' },
    {
      key: 'lastYear',
      label: t.lastYear(quarterLabel(grid.year - 1, grid.quarter)),
      children: lastYearText || t.noData,
    },
    {
      key: 'ytd',
      label: t.yearToDate(quarterLabel(grid.year, grid.quarter)),
      children: ytd === null ? t.noData : ytd + ytdNote,
    },
  ];
  if (ratio) items.push({ key: 'ratio', label: t.ratio, children: ratio });

  return (
    <Flex vertical gap={4} aria-live="polite">
      <Flex gap="small" align="center" wrap>
        <Typography.Text strong>{viFigures.grid.cellLabel(unitName, indicator.name)}</Typography.Text>
        {indicator.measureUnit && <Tag>{indicator.measureUnit}</Tag>}
        {access === 'locked' && <Tag color="default">{viFigures.grid.locked}</Tag>}
        {editable && !isEmptyDraft(draft) && (
          <Segmented<FigureStatus>
            size="small"
            aria-label={t.status}
            value={draft.status}
            onChange={onStatus}
            options={[
              { value: 'uoc', label: viFigures.status.uoc },
              { value: 'chinh_thuc', label: viFigures.status.chinh_thuc },
            ]}
          />
        )}
        {access !== 'computed' && access !== 'not_applicable' && (
          <Button size="small" icon={<HistoryOutlined />} onClick={onHistory}>
            {t.history}
          </Button>
        )}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={items} />
    </Flex>
  );
}
