import type { Direction, Indicator } from '../domain/indicator';
import type { Target } from '../domain/plan';
import type { UnjudgedReason } from './status';

/**
 * A numeric target restated as levels of the indicator, so every comparator is judged the same way:
 * - at_least: reach `low` (gte, gt, increase);
 * - at_most: stay at or under `high` (lte, lt, decrease, zero);
 * - within: lie in [low, high] (between, eq).
 * Change targets become levels through their baseline: "tỷ lệ hộ nghèo giảm 0,5 điểm %" from 3,2% is at_most 2,7%.
 */
export interface Goal {
  sense: 'at_least' | 'at_most' | 'within';
  low: number | null;
  high: number | null;
  /** gt / lt: the figure itself does not meet the target. */
  strict: boolean;
  /** Better than this level counts as exceeded (Vượt); null: the target has no Vượt. */
  exceedAbove: number | null;
  exceedBelow: number | null;
  /** eq: how far from the figure still counts as equal ({@link equalityTolerance}). */
  tolerance: number;
  /** The annual level the plan's figure stands for: what the indicator must reach, or stay under. */
  level: number;
  /** Which side of the expected value is on track before year end. */
  better: Direction;
  baseline: number | null;
}

/** The result of comparing a value with a goal, before progress is taken into account. */
export type Judgement = 'vuot' | 'dat' | 'not_met';

/** Floating-point noise only (3,2 − 2,7 = 0,5000000000000004): values are not rounded to display precision, since
 * 94,6% does not meet "95% trở lên" even though it prints as 95% with no decimals. */
export const epsilon = (reference: number): number => 1e-9 * Math.max(1, Math.abs(reference));

/**
 * How far an actual value may lie from the figure of an "=" target ("Nông nghiệp chiếm 38,5%") and still be equal:
 * 0,5 of the indicator's unit, i.e. 0,5 percentage points for a share in %. A structure share is never hit to the
 * last decimal, and the plan states it to one decimal at most; 38,3% against "chiếm 38,5%" is Đạt, 37,9% is not.
 * The review screen and the user guide state this rule (`equalityToleranceRule`).
 */
export const equalityTolerance = 0.5;

/**
 * The goal of a numeric target, or why it cannot be judged. The baseline is needed only by increase/decrease.
 * Vượt is "better than the plan's figure": gte beyond the figure, lte under it; between beyond the better end by
 * the indicator's direction (none for a band); increase/decrease a change beyond the upper end of a range
 * ("tăng 5–7%": 5–7 is Đạt, above 7 is Vượt) or, without a range, beyond the figure; eq ("chiếm 38,5%") is Đạt
 * within {@link equalityTolerance} of the figure and Vượt beyond it on the better side (none for a band).
 * gt, lt and zero have no Vượt: their figure is a bound that must be crossed, so every passing value is Đạt.
 * @example goalOf({ comparator: 'decrease', value: 0.5, changeMode: 'points', ... }, povertyRate, 3.2) → at_most 2.7
 */
export function goalOf(
  target: Pick<Target, 'comparator' | 'value' | 'max' | 'changeMode'>,
  indicator: Pick<Indicator, 'direction'>,
  baseline: number | null,
): Goal | UnjudgedReason {
  const { comparator, value, max } = target;
  if (comparator === 'zero') return atMost(0, null, false, null);
  if (comparator === 'achieve' || comparator === 'text' || value === null) return 'no_target_value';
  switch (comparator) {
    case 'gte':
      return atLeast(value, value, false, null);
    case 'gt':
      return atLeast(value, null, true, null);
    case 'lte':
      return atMost(value, value, false, null);
    case 'lt':
      return atMost(value, null, true, null);
    case 'eq':
    case 'between': {
      const high = comparator === 'eq' ? value : (max ?? value);
      const tolerance = comparator === 'eq' ? equalityTolerance : 0;
      const direction = indicator.direction;
      return {
        sense: 'within',
        low: value,
        high,
        strict: false,
        exceedAbove: direction === 'higher' ? high + tolerance : null,
        exceedBelow: direction === 'lower' ? value - tolerance : null,
        tolerance,
        level: value,
        better: direction,
        baseline: null,
      };
    }
    case 'increase':
    case 'decrease': {
      if (target.changeMode === null) return 'no_target_value';
      if (baseline === null || (target.changeMode === 'relative' && !(baseline > 0))) return 'no_baseline';
      const sign = comparator === 'increase' ? 1 : -1;
      const relative = target.changeMode === 'relative';
      const levelAfter = (change: number): number =>
        relative ? baseline * (1 + (sign * change) / 100) : baseline + sign * change;
      return comparator === 'increase'
        ? atLeast(levelAfter(value), levelAfter(max ?? value), false, baseline)
        : atMost(levelAfter(value), levelAfter(max ?? value), false, baseline);
    }
  }
}

// Whole object literals (no spreads): a goal is built for every target and every unit allocation.
function atLeast(low: number, exceedAbove: number | null, strict: boolean, baseline: number | null): Goal {
  return {
    sense: 'at_least',
    low,
    high: null,
    strict,
    exceedAbove,
    exceedBelow: null,
    tolerance: 0,
    level: low,
    better: 'higher',
    baseline,
  };
}

function atMost(high: number, exceedBelow: number | null, strict: boolean, baseline: number | null): Goal {
  return {
    sense: 'at_most',
    low: null,
    high,
    strict,
    exceedAbove: null,
    exceedBelow,
    tolerance: 0,
    level: high,
    better: 'lower',
    baseline,
  };
}

/**
 * Compares a value with the goal as a final result: Vượt, Đạt, or not met.
 * @example judge(goalOf({ comparator: 'gte', value: 320080, ... }, rice, null), 320080) === 'dat'
 */
export function judge(goal: Goal, actual: number): Judgement {
  if (goal.exceedAbove !== null && actual > goal.exceedAbove + epsilon(goal.exceedAbove)) return 'vuot';
  if (goal.exceedBelow !== null && actual < goal.exceedBelow - epsilon(goal.exceedBelow)) return 'vuot';
  return meets(goal, actual) ? 'dat' : 'not_met';
}

function meets(goal: Goal, actual: number): boolean {
  const { low, high, strict, tolerance } = goal;
  if (low !== null) {
    const bound = low - tolerance;
    if (strict ? !(actual > low + epsilon(low)) : actual < bound - epsilon(bound)) return false;
  }
  if (high !== null) {
    const bound = high + tolerance;
    if (strict ? !(actual < high - epsilon(high)) : actual > bound + epsilon(bound)) return false;
  }
  return true;
}

/**
 * Before year end, whether an accumulating value is at or ahead of the share of the year expected by now:
 * at least share × low for targets to reach, at most share × high for caps, inside the scaled range for a band.
 * @example isOnTrack(goalOf({ comparator: 'gte', value: 320080, ... }, rice, null), 176044, 0.55) === true
 */
export function isOnTrack(goal: Goal, actual: number, share: number): boolean {
  const low = goal.low === null ? null : goal.low * share - goal.tolerance;
  const high = goal.high === null ? null : goal.high * share + goal.tolerance;
  const reachesLow = low === null || actual >= low - epsilon(low);
  const underHigh = high === null || actual <= high + epsilon(high);
  if (goal.better === 'higher') return reachesLow;
  if (goal.better === 'lower') return underHigh;
  return reachesLow && underHigh;
}
