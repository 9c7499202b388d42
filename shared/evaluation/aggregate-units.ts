import type { Figure } from '../domain/figure';
import type { Indicator } from '../domain/indicator';
import type { QuarterFigures } from './figure-index';

/** One quarter's value of an indicator for a scope (the whole area, or one unit). */
export interface QuarterTotal {
  /** flow/stock/area_only: the amount; rate/intensity: numerator ÷ denominator × rateScale; unit_count: the count. */
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
}

/**
 * An indicator's value in one quarter, for the whole area (unitId null) or one unit, by the indicator's kind
 * (domain §4); null when nothing usable was reported.
 * - flow, stock: Σ of the units' values. A whole-area entry is used only when no unit reported, so a total is never
 *   counted twice (a commune council may enter some totals directly).
 * - rate, intensity: Σ numerators ÷ Σ denominators × rateScale, NEVER a mean of the units' rates: a commune of 300
 *   households must not weigh as much as one of 5,000. Units missing either count are left out.
 * - unit_count: the number of units whose `achieved` is true (among units that answered); for one unit, 1 or 0.
 * - area_only: the whole-area entry only.
 * - qualitative: the whole-area entry's `achieved` (for one unit, its own).
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
  switch (indicator.kind) {
    case 'area_only':
    case 'qualitative':
      return figures.area === null ? null : singleFigureTotal(indicator, figures.area, null);
    case 'flow':
    case 'stock':
      return sumOfValues(figures) ?? areaFallback(indicator, figures);
    case 'rate':
    case 'intensity':
      return ratioOfSums(indicator, figures) ?? areaFallback(indicator, figures);
    case 'unit_count':
      return countOfAchieving(figures) ?? areaFallback(indicator, figures);
  }
}

function areaFallback(indicator: Indicator, figures: QuarterFigures): QuarterTotal | null {
  return figures.area === null ? null : singleFigureTotal(indicator, figures.area, null);
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
    case 'area_only':
      if (figure.value === null) return null;
      value = figure.value;
      break;
    case 'rate':
    case 'intensity':
      // A zero denominator (no households counted) is no figure at all, not an infinite rate.
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
  return { value: sum, numerator: null, denominator: null, achieved: null, estimated, reporters };
}

function ratioOfSums(indicator: Indicator, figures: QuarterFigures): QuarterTotal | null {
  let numerator = 0;
  let denominator = 0;
  let estimated = false;
  const reporters: number[] = [];
  for (const [unitId, figure] of figures.units) {
    if (figure.numerator === null || figure.denominator === null) continue;
    numerator += figure.numerator;
    denominator += figure.denominator;
    estimated ||= figure.status === 'uoc';
    reporters.push(unitId);
  }
  if (reporters.length === 0 || denominator === 0) return null;
  const value = (numerator / denominator) * indicator.rateScale;
  return { value, numerator, denominator, achieved: null, estimated, reporters };
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
  return { value: count, numerator: null, denominator: null, achieved: null, estimated, reporters };
}
