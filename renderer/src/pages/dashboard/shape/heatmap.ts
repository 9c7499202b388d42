import type { TargetEvaluation, UnitEvaluation } from '@shared/evaluation/evaluate-plan';
import type { EvaluationStatus } from '@shared/evaluation/status';
import {
  emptyCell,
  formatAchieved,
  formatAmount,
  formatPercent,
  formatPlanFigure,
  markEstimated,
} from '@renderer/format/evaluation-cells';
import { targetsInReportOrder } from './target-rows';
import { toneOf, type HeatmapTone } from './status-scale';

export interface HeatmapColumn {
  targetId: number;
  stt: number;
  indicator: string;
  unit: string;
}

export interface HeatmapCell {
  targetId: number;
  tone: HeatmapTone;
  /** What the cell prints: % of the unit's own target, else its year to date (Đạt / Chưa đạt for unit counts). */
  text: string;
  status: EvaluationStatus | null;
  estimated: boolean;
  /** The unit's year to date and its own target, as the table view prints them. */
  ytd: string;
  ownTarget: string;
  percent: string;
}

export interface HeatmapRow {
  unitId: number;
  name: string;
  cells: HeatmapCell[];
}

export interface Heatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

type UnitOrder = readonly { id: number }[];

/** Counts of communes meeting a standard are yes-no per unit. */
function isYesNoPerUnit(t: Pick<TargetEvaluation, 'kind'>): boolean {
  return t.kind === 'unit_count' || t.kind === 'qualitative';
}

/** One unit's figures for one target, as a cell; a unit the target does not list gets an empty grey cell. */
export function heatmapCell(t: TargetEvaluation, entry: UnitEvaluation | undefined): HeatmapCell {
  if (entry === undefined) {
    return {
      targetId: t.targetId,
      tone: 'no_data',
      text: '',
      status: null,
      estimated: false,
      ytd: emptyCell,
      ownTarget: emptyCell,
      percent: emptyCell,
    };
  }
  const ytd = isYesNoPerUnit(t) ? formatAchieved(entry.achieved) : formatAmount(entry.ytd, t.decimals);
  const hasFigure = isYesNoPerUnit(t) ? entry.achieved !== null : entry.ytd !== null;
  const percent = formatPercent(entry.percentOfPlan);
  return {
    targetId: t.targetId,
    tone: toneOf(entry.status, hasFigure),
    text: entry.percentOfPlan !== null ? percent : hasFigure ? ytd : '',
    status: entry.status,
    estimated: entry.estimated && hasFigure,
    ytd,
    ownTarget:
      entry.target === null
        ? emptyCell
        : formatPlanFigure({ ...t, target: entry.target, max: entry.max, annualLevel: entry.annualLevel }),
    percent,
  };
}

/**
 * The units × targets matrix: a column for every target with a per-unit breakdown (an allocation or units' own
 * figures; whole-area-only and qualitative targets have none), in report order; a row for every unit in any
 * column, in council order (units the council list does not know, such as retired ones, last in the order met).
 * @example buildHeatmap([rice, jobs], units, stt).rows[0].cells.map((c) => c.text) → ['53,2%', '50,3%']
 */
export function buildHeatmap(
  targets: readonly TargetEvaluation[],
  councilOrder: UnitOrder,
  stt: ReadonlyMap<number, number>,
): Heatmap {
  const shown = targetsInReportOrder(targets).filter((t) => t.units.length > 0);
  const columns = shown.map((t) => ({
    targetId: t.targetId,
    stt: stt.get(t.targetId) ?? 0,
    indicator: t.indicator,
    unit: t.unit ?? '',
  }));

  const names = new Map<number, string>();
  for (const t of shown) for (const u of t.units) if (!names.has(u.unitId)) names.set(u.unitId, u.name);
  const rank = new Map(councilOrder.map((u, i) => [u.id, i]));
  const firstMet = new Map([...names.keys()].map((id, i) => [id, i]));
  const order = (id: number) => rank.get(id) ?? councilOrder.length + firstMet.get(id)!;
  const unitIds = [...names.keys()].sort((a, b) => order(a) - order(b));

  const entries = new Map(shown.map((t) => [t.targetId, new Map(t.units.map((u) => [u.unitId, u]))]));
  const rows = unitIds.map((unitId) => ({
    unitId,
    name: names.get(unitId)!,
    cells: shown.map((t) => heatmapCell(t, entries.get(t.targetId)!.get(unitId))),
  }));
  return { columns, rows };
}

export interface HeatmapTableRow {
  key: string;
  unitId: number;
  unitName: string;
  /** Rows the unit's name spans (on its first row; 0 on the others, which the name cell then skips). */
  unitRowSpan: number;
  targetId: number;
  indicator: string;
  unit: string;
  ytd: string;
  ownTarget: string;
  percent: string;
  status: EvaluationStatus | null;
}

/**
 * The heatmap as a plain table ("Xem dạng bảng"): one row per unit and target that has figures or an allocation,
 * units in the heatmap's order, the same printed numbers as the cells.
 * @example heatmapTableRows(heatmap)[0] → { unitName: 'Thị trấn Huỳnh Hữu Nghĩa', unitRowSpan: 15, indicator: '…', ytd: '151,8 (ước)', … }
 */
export function heatmapTableRows(heatmap: Heatmap): HeatmapTableRow[] {
  const columns = new Map(heatmap.columns.map((c) => [c.targetId, c]));
  return heatmap.rows.flatMap((row) => {
    const cells = row.cells.filter((cell) => cell.tone !== 'no_data');
    return cells.map((cell, i) => {
      const column = columns.get(cell.targetId)!;
      return {
        key: `${row.unitId}-${cell.targetId}`,
        unitId: row.unitId,
        unitName: row.name,
        unitRowSpan: i === 0 ? cells.length : 0,
        targetId: cell.targetId,
        indicator: `${column.stt}. ${column.indicator}`,
        unit: column.unit,
        ytd: markEstimated(cell.ytd, cell.estimated),
        ownTarget: cell.ownTarget,
        percent: cell.percent,
        status: cell.status,
      };
    });
  });
}
