import { quarterRuleOf, type Indicator } from '../domain/indicator';
import type { Quarter } from '../domain/period';
import { totalAtQuarter, type NotAggregable, type QuarterTotal } from './aggregate-units';
import { quarterFigures, type FigureIndex } from './figure-index';

/**
 * Whether a value rests on every figure it needs. 'partial': a quarter is missing (a flow's year to date without Q2
 * is not the year to date), a level is older than the period's last quarter, or a unit that reported earlier in the
 * period is missing later. Missing is never read as zero; the UI shows the flag instead.
 */
export type Completeness = 'complete' | 'partial' | 'none';

/** An indicator's value over some quarters of a year, for the whole area or one unit. */
export interface AggregateValue {
  /** null when nothing was reported (and for qualitative indicators, which have only `achieved`). */
  value: number | null;
  /** rate/intensity: the sums behind the value. */
  numerator: number | null;
  denominator: number | null;
  /** The latest Đạt / Không đạt given for this scope in these quarters (qualitative and yes/no targets). */
  achieved: boolean | null;
  /** Some figure that went into `value` (for qualitative: into `achieved`) is an estimate (ước). */
  estimated: boolean;
  completeness: Completeness;
  quartersWithData: Quarter[];
  /** The quarter a level was read at (stock, level, rate, unit_count, qualitative), or the last quarter summed. */
  latestQuarter: Quarter | null;
  /** The latest quarter's units reported, but their figures do not make a whole-area value (value is then null). */
  notAggregable: NotAggregable | null;
}

/**
 * An indicator's value over quarters of a year, by its kind (`quarterRuleOf`), whether entered per unit or for the
 * whole area only: a flow adds the quarters up; an intensity is Σ numerators ÷ Σ denominators over the quarters;
 * stocks, levels (shares, averages, per-capita figures), rates, unit counts and qualitative targets take the latest
 * quarter with data (a herd is counted, a share is read, not added up: Q1 38,1% and Q2 38,3% is 38,3%, not 76,4%).
 * Units are combined first (see `totalAtQuarter`).
 * @example aggregateOverQuarters(rice, index, 2023, [1, 2], null).value === riceQ1 + riceQ2
 * @example aggregateOverQuarters(herd, index, 2023, [1, 2, 3, 4], null).value === herdAtEndOfQ4
 */
export function aggregateOverQuarters(
  indicator: Indicator,
  index: FigureIndex,
  year: number,
  quarters: readonly Quarter[],
  unitId: number | null,
): AggregateValue {
  // One pass with running sums: this runs for every target and every unit of a province-sized plan.
  const summed = quarterRuleOf(indicator.kind) !== 'latest';
  const union = unitId === null ? new Set<number | null>() : null;
  const quartersWithData: Quarter[] = [];
  let latest: QuarterTotal | null = null;
  let latestQuarter: Quarter | null = null;
  let value = 0;
  let numerator = 0;
  let denominator = 0;
  let estimated = false;
  let fewestReporters = Infinity;
  let achieved: boolean | null = null;
  for (const quarter of quarters) {
    const figures = quarterFigures(index, indicator.id, year, quarter);
    const own = unitId === null ? figures?.area : figures?.units.get(unitId);
    if (own !== undefined && own !== null && own.achieved !== null) achieved = own.achieved;
    const total = totalAtQuarter(indicator, figures, unitId);
    if (total === null) continue;
    quartersWithData.push(quarter);
    latest = total;
    latestQuarter = quarter;
    if (union !== null) for (const reporter of total.reporters) union.add(reporter);
    if (summed) {
      value += total.value ?? 0;
      numerator += total.numerator ?? 0;
      denominator += total.denominator ?? 0;
      estimated ||= total.estimated;
      fewestReporters = Math.min(fewestReporters, total.reporters.length);
    }
  }
  if (latest === null) {
    return {
      value: null,
      numerator: null,
      denominator: null,
      achieved,
      estimated: false,
      completeness: 'none',
      quartersWithData,
      latestQuarter: null,
      notAggregable: null,
    };
  }
  const everyone = union?.size ?? 1;
  if (summed) {
    const complete = quartersWithData.length === quarters.length && fewestReporters === everyone;
    const ratio = indicator.kind === 'intensity';
    return {
      value: !ratio ? value : denominator === 0 ? null : (numerator / denominator) * indicator.rateScale,
      numerator: ratio ? numerator : null,
      denominator: ratio ? denominator : null,
      achieved,
      estimated,
      completeness: complete ? 'complete' : 'partial',
      quartersWithData,
      latestQuarter,
      notAggregable: null,
    };
  }
  const current = latestQuarter === quarters[quarters.length - 1] && latest.reporters.length === everyone;
  return {
    value: latest.value,
    numerator: latest.numerator,
    denominator: latest.denominator,
    achieved,
    estimated: latest.estimated,
    completeness: current ? 'complete' : 'partial',
    quartersWithData,
    latestQuarter,
    notAggregable: latest.notAggregable,
  };
}

/**
 * The latest Đạt / Không đạt recorded on this scope's own figure (the whole-area entry, or the unit's) within the
 * quarters: what an `achieve` or qualitative target is judged on.
 * @example latestAchieved(index, budgetId, 2023, [1, 2], null) → { achieved: true, estimated: false }
 */
export function latestAchieved(
  index: FigureIndex,
  indicatorId: number,
  year: number,
  quarters: readonly Quarter[],
  unitId: number | null,
): { achieved: boolean | null; estimated: boolean } {
  for (let i = quarters.length - 1; i >= 0; i -= 1) {
    const figures = quarterFigures(index, indicatorId, year, quarters[i]!);
    const own = unitId === null ? figures?.area : figures?.units.get(unitId);
    if (own?.achieved !== null && own?.achieved !== undefined) {
      return { achieved: own.achieved, estimated: own.status === 'uoc' };
    }
  }
  return { achieved: null, estimated: false };
}
