import type { Target } from '../domain/plan';
import type { Goal } from './target-goal';

/**
 * "% KH": how far the actual value has come towards the plan, read by the comparator's own logic; null where a
 * percentage means nothing (zero and qualitative targets, a zero divisor).
 * - gte, gt, eq, between: actual ÷ the plan's figure × 100 (between: its lower end) — for flows this is the usual
 *   "% of the annual plan", e.g. 55% of the year's rice by the end of Q2.
 * - lte, lt: expected ÷ actual × 100, so that more than 100 still means better than planned (a cap of 6% with 5%
 *   actual is 120%); before year end a flow's cap is its expected share.
 * - increase, decrease: the achieved change ÷ the planned change × 100, both measured from the baseline in the
 *   target's own mode (relative, points, absolute). Poverty "giảm 0,5 điểm %" from 3,2%: an actual 2,6% is a 0,6
 *   point reduction, 120% of plan. For a flow before year end both changes are measured from the baseline's
 *   expected share (a half-year is not compared with a whole baseline year).
 * @example percentOfPlan({ comparator: 'decrease', value: 0.5 }, goalFrom3point2, 2.6, 2.7, 1) === 120 // ≈, floating point
 * @example percentOfPlan({ comparator: 'gte', value: 320080, ... }, goal, 176044, 176044, 0.55) === 55
 */
export function percentOfPlan(
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
