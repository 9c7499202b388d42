import type { Target } from '../domain/plan';
import type { Goal } from './target-goal';

/**
 * "% KH", one meaning in every row: lũy kế ÷ KH năm × 100, where KH năm is the annual level the plan's figure
 * stands for (`goal.level`): the figure itself for "at least", "at most", "=" and the lower end of a range; for a
 * change target, the baseline moved by the change ("tăng 10% so với năm 2022" from 160.000 is 176.000; "giảm 0,5
 * điểm %" from 3,2% is 2,7%). Null where a percentage means nothing: zero and qualitative targets, a zero level.
 * Whether the target is met, or on schedule, is the "Đánh giá" column's business, not this one's.
 * @example percentOfPlan({ comparator: 'increase' }, goalOf(tăng 10% from 160000), 87581) ≈ 49.76 // 87.581 ÷ 176.000
 * @example percentOfPlan({ comparator: 'gte' }, goalOf(320080), 176044) ≈ 55
 */
export function percentOfPlan(target: Pick<Target, 'comparator'>, goal: Goal, actual: number): number | null {
  if (target.comparator === 'zero' || target.comparator === 'achieve' || target.comparator === 'text') return null;
  return goal.level === 0 ? null : (actual / goal.level) * 100;
}

/**
 * "Mức hoàn thành": how much of what the plan asks has been done, oriented so that 100 is the plan and more is
 * better. Used by cluster scoring (points in proportion) and shown under its own label, never as "% KH":
 * - at least, "=", range: actual ÷ the plan's figure (as % KH);
 * - at most (lte, lt): expected ÷ actual, so a cap of 6% with 5% actual is 120%;
 * - increase, decrease: the change achieved ÷ the change planned, both from the baseline (for a flow before year end,
 *   from the baseline's expected share, so a half-year is not compared with a whole baseline year).
 * @example completionPercent({ comparator: 'decrease', value: 0.5 }, goalFrom3point2, 2.6, 2.7, 1) ≈ 120
 */
export function completionPercent(
  target: Pick<Target, 'comparator' | 'value'>,
  goal: Goal,
  actual: number,
  expected: number,
  /** The expected share of the year for flow-like kinds, 1 for levels. */
  flowShare: number,
): number | null {
  switch (target.comparator) {
    case 'gte':
    case 'gt':
    case 'eq':
    case 'between':
      return target.value === null || target.value === 0 ? null : (actual / target.value) * 100;
    case 'lte':
    case 'lt':
      return actual === 0 ? null : (expected / actual) * 100;
    case 'increase':
    case 'decrease': {
      if (goal.baseline === null) return null;
      const baselineByNow = goal.baseline * flowShare;
      const planned = expected - baselineByNow;
      return planned === 0 ? null : ((actual - baselineByNow) / planned) * 100;
    }
    case 'zero':
    case 'achieve':
    case 'text':
      return null;
  }
}
