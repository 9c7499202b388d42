import { quarterRuleOf, type AggregationKind, type Indicator } from '../domain/indicator';
import type { Quarter } from '../domain/period';
import type { Target } from '../domain/plan';
import { totalAtQuarter } from './aggregate-units';
import { quarterFigures, type FigureIndex } from './figure-index';

/** Where the expected share came from: the target's milestones, last year's seasons, or an even split. */
export type PhasingBasis = 'explicit' | 'seasonal' | 'linear';

/** Cumulative share (0–1) of the annual amount reached by the end of Q1..Q4. */
export type SeasonalProfile = readonly [number, number, number, number];

export interface ExpectedShare {
  share: number;
  basis: PhasingBasis;
  /** The seasonal profile rests on an estimated (ước) figure of last year. */
  estimated: boolean;
}

/**
 * Kinds whose year to date accumulates towards the annual figure, so that a quarter is expected to reach only a share
 * of it. Everything else is a level (a herd, a rate, a yield, a count of communes): the level reported at any
 * quarter is already what the year-end level will be compared with, so it is expected to stand at the target itself.
 * Interpolating a level from last year's value would need a baseline most targets lack, and quarterly reports
 * compare levels with "KH năm" directly.
 * @example isFlowLike('flow') === true
 * @example isFlowLike('rate') === false
 */
export function isFlowLike(kind: AggregationKind): boolean {
  return quarterRuleOf(kind) === 'sum';
}

/**
 * Last year's seasonal profile from its four quarterly amounts, or null when a quarter is missing or the year's
 * total is not positive (no shape to follow). Rice in the Mekong is booked at harvest (Đông Xuân in Q1–Q2, Hè Thu
 * in Q3, Thu Đông in Q4), so the profile is far from 25% a quarter.
 * @example seasonalProfile([40, 136, 96, 48]) → [0.125, 0.55, 0.85, 1]
 */
export function seasonalProfile(quarterAmounts: readonly (number | null)[]): SeasonalProfile | null {
  if (quarterAmounts.length !== 4 || quarterAmounts.some((amount) => amount === null)) return null;
  const amounts = quarterAmounts as readonly number[];
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (!(total > 0)) return null;
  let running = 0;
  const shares = amounts.map((amount) => (running += amount) / total);
  // The last share is exactly 1, not 0.9999999999999999: Q4 expects the whole annual figure.
  return [shares[0]!, shares[1]!, shares[2]!, 1];
}

/**
 * The seasonal profile of an indicator for a scope in the year before `year`, read from the figures; null unless all
 * four quarters of that year were reported.
 * @example lastYearProfile(rice, index, 2023, null)?.profile[1] === (riceQ1of2022 + riceQ2of2022) / rice2022
 */
export function lastYearProfile(
  indicator: Indicator,
  index: FigureIndex,
  year: number,
  unitId: number | null,
): LastYearProfile | null {
  if (unitId !== null) return readProfile(indicator, index, year, unitId);
  // The whole area's profile is the fallback of every unit without its own history (after a merger, all of them):
  // remembered per index, which never changes once built, so a plan does not re-add all units for each allocation.
  let memo = areaProfiles.get(index);
  if (memo === undefined) areaProfiles.set(index, (memo = new Map()));
  const key = `${indicator.id}:${indicator.kind}:${year}`;
  if (!memo.has(key)) memo.set(key, readProfile(indicator, index, year, null));
  return memo.get(key) ?? null;
}

export interface LastYearProfile {
  profile: SeasonalProfile;
  estimated: boolean;
}

const areaProfiles = new WeakMap<FigureIndex, Map<string, LastYearProfile | null>>();

function readProfile(
  indicator: Indicator,
  index: FigureIndex,
  year: number,
  unitId: number | null,
): LastYearProfile | null {
  const amounts: (number | null)[] = [];
  let estimated = false;
  for (const quarter of [1, 2, 3, 4] as const) {
    const total = totalAtQuarter(indicator, quarterFigures(index, indicator.id, year - 1, quarter), unitId);
    amounts.push(total?.value ?? null);
    estimated ||= total?.estimated ?? false;
  }
  const profile = seasonalProfile(amounts);
  return profile === null ? null : { profile, estimated };
}

/**
 * The cumulative share of the annual target expected by the end of a quarter:
 * - the target's milestones when it is phased explicitly (and has them);
 * - otherwise an even split (q/4) when the secretary chose linear phasing;
 * - otherwise last year's seasonal profile when last year was fully reported, else the even split.
 * The phasing the secretary chose is respected: milestones left on a target switched to linear are ignored.
 * @example expectedShare({ phasingMode: 'seasonal', milestones: null }, 2, { profile: [0.125, 0.55, 0.85, 1], estimated: false }).share === 0.55
 * @example expectedShare({ phasingMode: 'linear', milestones: null }, 2, null).share === 0.5
 */
export function expectedShare(
  target: Pick<Target, 'phasingMode' | 'milestones'>,
  quarter: Quarter,
  lastYear: LastYearProfile | null,
): ExpectedShare {
  if (target.phasingMode === 'explicit' && target.milestones !== null) {
    return { share: target.milestones[quarter - 1]!, basis: 'explicit', estimated: false };
  }
  if (target.phasingMode !== 'linear' && lastYear !== null) {
    return { share: lastYear.profile[quarter - 1]!, basis: 'seasonal', estimated: lastYear.estimated };
  }
  return { share: quarter / 4, basis: 'linear', estimated: false };
}

/**
 * The value expected by the end of the quarter: share × the annual level for flow-like kinds, the annual level
 * itself for levels (see {@link isFlowLike} for why).
 * @example expectedValue('flow', 320080, 0.55) === 176044
 * @example expectedValue('stock', 28560, 0.5) === 28560
 */
export function expectedValue(kind: AggregationKind, annualLevel: number, share: number): number {
  return isFlowLike(kind) ? annualLevel * share : annualLevel;
}
