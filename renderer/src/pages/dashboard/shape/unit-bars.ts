import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import type { EvaluationStatus } from '@shared/evaluation/status';
import {
  emptyCell,
  formatAchieved,
  formatAmount,
  formatPercent,
  formatPlanFigure,
  markEstimated,
} from '@renderer/format/evaluation-cells';

export interface UnitBar {
  unitId: number;
  name: string;
  /** The unit's year to date: the bar's length. */
  value: number | null;
  /** The unit's own target as a level, where a marker can stand for it (not for a change such as "tăng 10%"). */
  marker: number | null;
  percent: number | null;
  status: EvaluationStatus | null;
  estimated: boolean;
  /** The label printed at the end of the bar: "24.470 (54,6%)". */
  label: string;
  valueText: string;
  ownTargetText: string;
  percentText: string;
}

export interface UnitBarsData {
  rows: UnitBar[];
  /** Numbers to draw as bars: not a yes-no figure per unit, and at least one unit with a value. */
  chartable: boolean;
  /** Some unit has a level target of its own, drawn as a marker. */
  hasMarkers: boolean;
  /** Some unit has a target of its own: the table shows the own-target, % and status columns. */
  hasOwnTargets: boolean;
  /** Per unit the figure is Đạt / Chưa đạt (communes meeting a standard): a list, not bars. */
  yesNo: boolean;
}

/** Allocations that are levels a marker can show; a change ("tăng 10%") or a range is read in the table. */
const levelComparators: ReadonlySet<TargetEvaluation['comparator']> = new Set(['gte', 'gt', 'lte', 'lt', 'eq']);

/**
 * The units' bars of one target, in council order (the order the breakdown comes in): each unit's year to date,
 * its own target as a marker, and a direct label so the chart reads without colour.
 * @example unitBars(rice).rows[0] → { name: 'Thị trấn Huỳnh Hữu Nghĩa', value: 6811, marker: 12803, label: '6.811 (53,2%)', … }
 */
export function unitBars(t: TargetEvaluation): UnitBarsData {
  const yesNo = t.kind === 'unit_count' || t.kind === 'qualitative';
  const rows = t.units.map((u): UnitBar => {
    const valueText = yesNo ? formatAchieved(u.achieved) : formatAmount(u.ytd, t.decimals);
    const percentText = formatPercent(u.percentOfPlan);
    const hasValue = yesNo ? u.achieved !== null : u.ytd !== null;
    return {
      unitId: u.unitId,
      name: u.name,
      value: yesNo ? null : u.ytd,
      marker: u.target !== null && levelComparators.has(t.comparator) ? u.target : null,
      percent: u.percentOfPlan,
      status: u.status,
      estimated: u.estimated && hasValue,
      label: u.percentOfPlan === null ? valueText : `${valueText} (${percentText})`,
      valueText: markEstimated(valueText, u.estimated && hasValue),
      ownTargetText: u.target === null ? emptyCell : formatPlanFigure({ ...t, target: u.target, max: u.max }),
      percentText,
    };
  });
  return {
    rows,
    chartable: !yesNo && rows.some((r) => r.value !== null),
    hasMarkers: rows.some((r) => r.marker !== null),
    hasOwnTargets: t.units.some((u) => u.target !== null),
    yesNo,
  };
}
