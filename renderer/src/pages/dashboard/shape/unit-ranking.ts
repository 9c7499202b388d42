import type { TargetEvaluation, UnitEvaluation } from '@shared/evaluation/evaluate-plan';
import type { Comparator } from '@shared/domain/target-form';
import type { EvaluationStatus } from '@shared/evaluation/status';
import {
  emptyCell,
  formatAchieved,
  formatAmount,
  formatPercent,
  formatPlanFigure,
  markEstimated,
} from '@renderer/format/evaluation-cells';

/**
 * What the ranking orders by: % of each unit's own target when the plan allocates one; otherwise the unit's value,
 * high or low first by what the target asks for; Đạt before Chưa đạt for yes-no figures; nothing for ranges.
 */
export type RankingBasis = 'percent' | 'value_higher' | 'value_lower' | 'achieved' | 'none';

export interface RankedUnit {
  /** 1, 2, 2, 4 … (equal results as printed share a rank); null for units outside the ranking. */
  rank: number | null;
  unitId: number;
  name: string;
  valueText: string;
  ownTargetText: string;
  percentText: string;
  status: EvaluationStatus | null;
}

export interface UnitRanking {
  basis: RankingBasis;
  rows: RankedUnit[];
  /** How many units hold a rank: the "of 9" in "3/9". */
  rankedCount: number;
  /** Some unit has a target of its own: the table shows the own-target, % and status columns. */
  hasOwnTargets: boolean;
}

const lowerIsBetter: ReadonlySet<Comparator> = new Set(['lte', 'lt', 'decrease', 'zero']);
const higherIsBetter: ReadonlySet<Comparator> = new Set(['gte', 'gt', 'increase']);

export function rankingBasis(t: Pick<TargetEvaluation, 'kind' | 'comparator' | 'units'>): RankingBasis {
  if (t.kind === 'unit_count' || t.kind === 'qualitative') return 'achieved';
  if (t.units.some((u) => u.percentOfPlan !== null)) return 'percent';
  if (lowerIsBetter.has(t.comparator)) return 'value_lower';
  if (higherIsBetter.has(t.comparator)) return 'value_higher';
  return 'none';
}

/**
 * Ranks the units of one target. Ties are judged on the printed figure (two units both at "55,0%" share a rank),
 * and keep council order between them; units without a figure (or without an own target when ranking by %) come
 * last, unranked.
 * @example rankUnits(rice).rows.slice(0, 2).map((r) => [r.rank, r.name]) → [[1, 'Xã Thuận Hưng'], [2, 'Xã Phú Mỹ']]
 */
export function rankUnits(t: TargetEvaluation): UnitRanking {
  const basis = rankingBasis(t);
  const yesNo = basis === 'achieved';
  const key = (u: UnitEvaluation): number | null => {
    switch (basis) {
      case 'percent':
        return u.percentOfPlan === null ? null : round(u.percentOfPlan, 1);
      case 'value_higher':
        return u.ytd === null ? null : round(u.ytd, t.decimals);
      case 'value_lower':
        return u.ytd === null ? null : -round(u.ytd, t.decimals);
      case 'achieved':
        return u.achieved === null ? null : u.achieved ? 1 : 0;
      case 'none':
        return null;
    }
  };
  const keyed = t.units.map((u, councilIndex) => ({ u, councilIndex, key: key(u) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null)
      return (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) || a.councilIndex - b.councilIndex;
    return b.key - a.key || a.councilIndex - b.councilIndex;
  });

  let rankedCount = 0;
  let rank: number | null = null;
  const rows = keyed.map(({ u, key: k }, i): RankedUnit => {
    if (k === null || yesNo) {
      rank = null;
    } else {
      rank = i > 0 && keyed[i - 1]!.key === k ? rank : i + 1;
      rankedCount += 1;
    }
    const value = yesNo ? formatAchieved(u.achieved) : formatAmount(u.ytd, t.decimals);
    const hasValue = yesNo ? u.achieved !== null : u.ytd !== null;
    return {
      rank,
      unitId: u.unitId,
      name: u.name,
      valueText: markEstimated(value, u.estimated && hasValue),
      ownTargetText:
        u.target === null
          ? emptyCell
          : formatPlanFigure({ ...t, target: u.target, max: u.max, annualLevel: u.annualLevel }),
      percentText: formatPercent(u.percentOfPlan),
      status: u.status,
    };
  });
  return { basis, rows, rankedCount, hasOwnTargets: t.units.some((u) => u.target !== null) };
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
