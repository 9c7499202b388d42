import type { Figure } from '../domain/figure';
import { areaRuleOf, type Indicator } from '../domain/indicator';
import type { QuarterFigures } from './figure-index';

/**
 * Why the units' figures cannot be combined into a whole-area value:
 * - missing_denominator: some units gave a rate without its denominator, so they cannot be weighed (a mean of unit
 *   rates would let a thôn of 50 households weigh as much as one of 500);
 * - not_additive: a share, an average or a per-capita figure does not add up over units; the whole area's figure
 *   must be entered as such.
 */
export interface NotAggregable {
  reason: 'missing_denominator' | 'not_additive';
  /** The units behind the reason (the ones without a denominator; every reporting unit for not_additive). */
  unitIds: number[];
}

/** One quarter's value of an indicator for a scope (the whole area, or one unit). */
export interface QuarterTotal {
  /** The amount, the level, the rate, the count; null when the units' figures cannot be combined (`notAggregable`). */
  value: number | null;
  /** rate/intensity: the sums behind `value`, kept so a longer period can add them up again. */
  numerator: number | null;
  denominator: number | null;
  /** qualitative: the council's judgement; unit_count for one unit: whether it meets the standard. */
  achieved: boolean | null;
  /** Some figure that went into this total is an estimate (ước). */
  estimated: boolean;
  /** Who reported: unit ids, and null for a whole-area entry. Used to spot a unit missing from a later quarter. */
  reporters: (number | null)[];
  /** Set when units reported but their figures do not make a whole-area value. */
  notAggregable: NotAggregable | null;
}

/**
 * An indicator's value in one quarter, for the whole area (unitId null) or one unit, by the indicator's kind
 * (domain §4, `areaRuleOf`); null when nothing usable was reported.
 * - area-only indicators, levels and qualitative targets: the whole-area entry (levels do not add up over units).
 * - flow, stock: Σ of the units' values. A whole-area entry is used only when no unit reported, so a total is never
 *   counted twice.
 * - rate: a rate entered for the whole area; otherwise Σ numerators ÷ Σ denominators × rateScale over the units,
 *   NEVER a plain mean of the units' rates. A unit that gave only its rate counts with its denominator (rate ×
 *   denominator is its numerator: the population-weighted mean); without one the total is not aggregable.
 * - intensity: Σ numerators ÷ Σ denominators (a whole-area entry only when no unit reported).
 * - unit_count: the number of units whose `achieved` is true (among units that answered); for one unit, 1 or 0.
 * @example totalAtQuarter(povertyRate, { area: null, units }, null)?.value === 100 * (Σ poor) / (Σ households)
 */
export function totalAtQuarter(
  indicator: Indicator,
  figures: QuarterFigures | undefined,
  unitId: number | null,
): QuarterTotal | null {
  if (figures === undefined) return null;
  if (unitId !== null) {
    const own = figures.units.get(unitId);
    return own === undefined ? null : singleFigureTotal(indicator, own, unitId);
  }
  const area = figures.area === null ? null : singleFigureTotal(indicator, figures.area, null);
  switch (areaRuleOf(indicator)) {
    case 'entered':
      return area ?? notAdditive(indicator, figures);
    case 'sum':
      return sumOfValues(figures) ?? area;
    case 'ratio_of_sums':
      return indicator.kind === 'rate'
        ? (area ?? ratioOfSums(indicator, figures))
        : (ratioOfSums(indicator, figures) ?? area);
    case 'count':
      return countOfAchieving(figures) ?? area;
  }
}

/** A level's units reported but nobody entered the whole area's figure: say so rather than show nothing. */
function notAdditive(indicator: Indicator, figures: QuarterFigures): QuarterTotal | null {
  if (indicator.kind !== 'level' || indicator.areaOnly) return null;
  const unitIds = [...figures.units].filter(([, f]) => f.value !== null).map(([id]) => id);
  if (unitIds.length === 0) return null;
  return blocked({ reason: 'not_additive', unitIds }, unitIds, anyEstimated(figures));
}

function blocked(notAggregable: NotAggregable, reporters: number[], estimated: boolean): QuarterTotal {
  return { value: null, numerator: null, denominator: null, achieved: null, estimated, reporters, notAggregable };
}

function anyEstimated(figures: QuarterFigures): boolean {
  for (const figure of figures.units.values()) if (figure.status === 'uoc') return true;
  return false;
}

/**
 * A rate figure's numerator: given, or rate × denominator ÷ scale when the unit gave its rate and denominator.
 * @example rateNumerator({ value: 4.5, numerator: null, denominator: 200 }, 100) === 9
 */
export function rateNumerator(
  figure: Pick<Figure, 'value' | 'numerator' | 'denominator'>,
  scale: number,
): number | null {
  if (figure.numerator !== null) return figure.numerator;
  if (figure.value === null || figure.denominator === null) return null;
  return (figure.value * figure.denominator) / scale;
}

/** The total a single figure stands for (a unit's own figure, or a whole-area entry). */
function singleFigureTotal(indicator: Indicator, figure: Figure, reporter: number | null): QuarterTotal | null {
  // Built as one object literal: this runs for every unit of every target, so spreads would feed the GC.
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  switch (indicator.kind) {
    case 'flow':
    case 'stock':
    case 'level':
      if (figure.value === null) return null;
      value = figure.value;
      break;
    case 'rate':
      if (figure.value !== null) {
        value = figure.value;
        denominator = figure.denominator;
        numerator = rateNumerator(figure, indicator.rateScale);
        break;
      }
      // A zero denominator (no households counted) is no figure at all, not an infinite rate.
      if (figure.numerator === null || figure.denominator === null || figure.denominator === 0) return null;
      numerator = figure.numerator;
      denominator = figure.denominator;
      value = (numerator / denominator) * indicator.rateScale;
      break;
    case 'intensity':
      if (figure.numerator === null || figure.denominator === null || figure.denominator === 0) return null;
      numerator = figure.numerator;
      denominator = figure.denominator;
      value = (numerator / denominator) * indicator.rateScale;
      break;
    case 'unit_count':
      // A unit counts itself; a whole-area entry may carry the count directly in `value`.
      if (reporter === null) {
        if (figure.value === null) return null;
        value = figure.value;
      } else {
        if (figure.achieved === null) return null;
        value = figure.achieved ? 1 : 0;
      }
      break;
    case 'qualitative':
      if (figure.achieved === null) return null;
      break;
  }
  return {
    value,
    numerator,
    denominator,
    achieved: figure.achieved,
    estimated: figure.status === 'uoc',
    reporters: [reporter],
    notAggregable: null,
  };
}

function sumOfValues(figures: QuarterFigures): QuarterTotal | null {
  let sum = 0;
  let estimated = false;
  const reporters: number[] = [];
  for (const [unitId, figure] of figures.units) {
    if (figure.value === null) continue;
    sum += figure.value;
    estimated ||= figure.status === 'uoc';
    reporters.push(unitId);
  }
  if (reporters.length === 0) return null;
  return { value: sum, numerator: null, denominator: null, achieved: null, estimated, reporters, notAggregable: null };
}

function ratioOfSums(indicator: Indicator, figures: QuarterFigures): QuarterTotal | null {
  const scale = indicator.rateScale;
  let numerator = 0;
  let denominator = 0;
  let estimated = false;
  const reporters: number[] = [];
  const withoutDenominator: number[] = [];
  for (const [unitId, figure] of figures.units) {
    const unitNumerator = indicator.kind === 'rate' ? rateNumerator(figure, scale) : figure.numerator;
    if (unitNumerator === null || figure.denominator === null) {
      // A rate given alone is a figure, but one the whole area cannot weigh.
      if (indicator.kind === 'rate' && figure.value !== null) {
        withoutDenominator.push(unitId);
        reporters.push(unitId);
        estimated ||= figure.status === 'uoc';
      }
      continue;
    }
    numerator += unitNumerator;
    denominator += figure.denominator;
    estimated ||= figure.status === 'uoc';
    reporters.push(unitId);
  }
  if (reporters.length === 0) return null;
  if (withoutDenominator.length > 0) {
    return blocked({ reason: 'missing_denominator', unitIds: withoutDenominator }, reporters, estimated);
  }
  if (denominator === 0) return null;
  const value = (numerator / denominator) * scale;
  return { value, numerator, denominator, achieved: null, estimated, reporters, notAggregable: null };
}

function countOfAchieving(figures: QuarterFigures): QuarterTotal | null {
  let count = 0;
  let estimated = false;
  const reporters: number[] = [];
  for (const [unitId, figure] of figures.units) {
    if (figure.achieved === null) continue;
    if (figure.achieved) count += 1;
    estimated ||= figure.status === 'uoc';
    reporters.push(unitId);
  }
  if (reporters.length === 0) return null;
  return {
    value: count,
    numerator: null,
    denominator: null,
    achieved: null,
    estimated,
    reporters,
    notAggregable: null,
  };
}
