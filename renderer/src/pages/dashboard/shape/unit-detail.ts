import type { IndicatorGroup } from '@shared/domain/target-form';
import { countStatuses, type StatusCounts, type TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import type { EvaluationStatus } from '@shared/evaluation/status';
import { emptyCell, markEstimated } from '@renderer/format/evaluation-cells';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { heatmapCell } from './heatmap';
import { groupByField, numberTargets } from './target-rows';
import { rankUnits } from './unit-ranking';

export interface UnitTargetRow {
  targetId: number;
  stt: number;
  indicator: string;
  unit: string;
  ownTarget: string;
  ytd: string;
  percent: string;
  /** Against the unit's own allocation; null when it has none. */
  status: EvaluationStatus | null;
  /** "3/9": the unit's place in the target's ranking. */
  rank: string;
}

export interface UnitTargetGroup {
  group: IndicatorGroup;
  numeral: string;
  label: string;
  rows: UnitTargetRow[];
}

export interface UnitDetail {
  /** The unit's name as the evaluation gives it; null when no target lists the unit. */
  name: string | null;
  groups: UnitTargetGroup[];
  /** Statuses of the targets allocated to the unit itself. */
  ownCounts: StatusCounts;
}

/**
 * One unit's page: every target where it has an allocation or figures (its entry in each target's breakdown), by
 * field, with its year to date, own target, % and status, and its rank among the target's units.
 * @example unitDetail(evaluation.targets, 2).groups[0].rows[0] → { indicator: 'Sản lượng lúa', ytd: '24.470 (ước)', percent: '54,6%', status: 'cham', rank: '6/9', … }
 */
export function unitDetail(targets: readonly TargetEvaluation[], unitId: number): UnitDetail {
  const stt = numberTargets(targets);
  const listing = targets.filter((t) => t.units.some((u) => u.unitId === unitId));
  const groups = groupByField(listing, 'all', targets).map(({ items, ...part }) => ({
    ...part,
    rows: items.map((t): UnitTargetRow => {
      const entry = t.units.find((u) => u.unitId === unitId)!;
      const cell = heatmapCell(t, entry);
      const ranking = rankUnits(t);
      const rank = ranking.rows.find((r) => r.unitId === unitId)?.rank ?? null;
      return {
        targetId: t.targetId,
        stt: stt.get(t.targetId)!,
        indicator: t.indicator,
        unit: t.unit ?? '',
        ownTarget: cell.ownTarget,
        ytd: markEstimated(cell.ytd, cell.estimated),
        percent: cell.percent,
        status: entry.status,
        rank: rank === null ? emptyCell : viDashboard.unit.rankOf(rank, ranking.rankedCount),
      };
    }),
  }));
  const name = listing[0]?.units.find((u) => u.unitId === unitId)?.name ?? null;
  const ownStatuses = listing.flatMap((t) => t.units.filter((u) => u.unitId === unitId && u.status !== null));
  return { name, groups, ownCounts: countStatuses(ownStatuses.map((u) => u.status!)) };
}
