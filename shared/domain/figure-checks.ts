import type { Figure } from './figure';
import { isAreaEntered, rateCeiling, type Indicator } from './indicator';
import type { Target } from './plan';
import { formatVietnameseNumber } from './vietnamese-number';
import { figureCheckWords as w } from '../i18n/vi-figure-checks';

/** A figure as entered: the measure fields for its indicator's kind, the rest null. All null means "clear it". */
export type FigureEntry = Omit<Figure, 'year' | 'quarter'>;

export interface FigureIssue {
  severity: 'error' | 'warning';
  message: string;
}

export interface FigureCheckContext {
  /** The same quarter last year, for the ±50% warning. */
  lastYear?: Figure | undefined;
  /** The quarter before, in the same year and scope, for the jump warning. */
  previousQuarter?: Figure | undefined;
  /** The scope's own target for the year (the unit's allocation, or the whole-area target for a whole-area entry). */
  annualTarget?: Pick<Target, 'comparator' | 'value' | 'max'> | undefined;
}

/**
 * A quarter more than this many times the quarter before is flagged as a probable typo (7.800 for 780). Rice
 * booked at harvest grows about 3½ times from Q1 to Q2 in the Mekong, so the factor leaves seasons alone.
 */
export const jumpFactor = 5;

/** A figure this far above or below the same quarter last year is flagged. */
export const lastYearChangeLimit = 0.5;

/** An entry with no measure at all clears the cell. */
export function isEmptyEntry(entry: Pick<Figure, 'value' | 'numerator' | 'denominator' | 'achieved'>): boolean {
  return entry.value === null && entry.numerator === null && entry.denominator === null && entry.achieved === null;
}

/**
 * The comparable number of a figure: its value; for a rate the rate typed, else numerator ÷ denominator × scale;
 * for an intensity numerator ÷ denominator.
 * @example figureMagnitude({ value: null, numerator: 9, denominator: 200 }, povertyRate) === 4.5
 * @example figureMagnitude({ value: 4.5, numerator: null, denominator: null }, povertyRate) === 4.5
 */
export function figureMagnitude(
  figure: Pick<Figure, 'value' | 'numerator' | 'denominator'>,
  indicator: Pick<Indicator, 'kind' | 'rateScale'>,
): number | null {
  if (indicator.kind === 'rate' && figure.value !== null) return figure.value;
  if (indicator.kind === 'rate' || indicator.kind === 'intensity') {
    if (figure.numerator === null || !figure.denominator) return null;
    return (figure.numerator / figure.denominator) * indicator.rateScale;
  }
  return figure.value;
}

/**
 * The most a flow's year may come to under its target: the plan's figure for "at least", "equal" and caps, the upper
 * end of a range; null for changes (they need a baseline) and targets without a number.
 * @example annualAmountOf({ comparator: 'gte', value: 1500, max: null }) === 1500
 */
export function annualAmountOf(target: Pick<Target, 'comparator' | 'value' | 'max'>): number | null {
  switch (target.comparator) {
    case 'gte':
    case 'gt':
    case 'eq':
    case 'lte':
    case 'lt':
      return target.value;
    case 'between':
      return target.max ?? target.value;
    default:
      return null;
  }
}

const n = (value: number, decimals?: number) => formatVietnameseNumber(value, decimals);

/**
 * What is wrong (blocks saving) or unusual (a warning the secretary may accept) about one entered figure.
 * Errors: the wrong fields for the indicator's kind or scope, negative counts, a rate typed two ways that disagree.
 * Warnings (plausibility, never refusals): a flow's quarter above the scope's whole-year target; more than
 * {@link jumpFactor} times the quarter before; 50% above or below the same quarter last year; a rate above 100%;
 * a negative flow (a correction lowering the year to date).
 * @example checkFigureEntry({…unitId: 3, value: 7800}, rice, { annualTarget: { comparator: 'gte', value: 1500, max: null } })
 *   → [{ severity: 'warning', message: 'Số của quý (7.800) lớn hơn chỉ tiêu cả năm (1.500); kiểm tra lại.' }]
 */
export function checkFigureEntry(
  entry: FigureEntry,
  indicator: Indicator,
  context: FigureCheckContext = {},
): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const error = (message: string) => issues.push({ severity: 'error', message });
  const warn = (message: string) => issues.push({ severity: 'warning', message });
  if (isEmptyEntry(entry)) return issues;

  if (indicator.areaOnly && entry.unitId !== null) error(w.areaOnly);
  if (entry.unitId === null && !isAreaEntered(indicator)) error(w.computedFromUnits);

  switch (indicator.kind) {
    case 'flow':
    case 'stock':
    case 'level':
      if (entry.value === null) error(w.missing);
      if (entry.numerator !== null || entry.denominator !== null || entry.achieved !== null) error(w.oneValue);
      if (entry.value !== null && entry.value < 0) {
        if (indicator.kind === 'flow') warn(w.negativeFlow);
        else if (indicator.kind === 'stock') error(w.negative);
      }
      break;
    case 'rate':
      checkRate(entry, indicator, error);
      break;
    case 'intensity':
      if (entry.numerator === null || entry.denominator === null) {
        error(w.needsBoth(indicator.numeratorLabel, indicator.denominatorLabel));
      }
      if (entry.value !== null || entry.achieved !== null) error(w.fractionOnly);
      if ((entry.numerator ?? 0) < 0 || (entry.denominator ?? 0) < 0) error(w.negativeParts);
      if (entry.denominator === 0 && (entry.numerator ?? 0) > 0) error(w.zeroDenominator);
      break;
    case 'unit_count':
    case 'qualitative':
      if (entry.achieved === null) error(w.chooseAchieved);
      if (entry.value !== null || entry.numerator !== null || entry.denominator !== null) error(w.achievedOnly);
      break;
  }
  if (issues.some((i) => i.severity === 'error')) return issues;

  const now = figureMagnitude(entry, indicator);
  if (now === null) return issues;
  const ceiling = rateCeiling(indicator);
  if (ceiling !== null && now > ceiling) {
    warn(w.rateAboveAll(n(now, indicator.decimals), n(ceiling), ceiling === 1000 ? '‰' : '%'));
  }
  const annual = context.annualTarget ? annualAmountOf(context.annualTarget) : null;
  if (indicator.kind === 'flow' && annual !== null && annual > 0 && now > annual) {
    warn(w.aboveAnnual(n(now), n(annual)));
  }
  const previous = context.previousQuarter ? figureMagnitude(context.previousQuarter, indicator) : null;
  if (previous !== null && previous > 0 && now > previous * jumpFactor) {
    warn(w.jump(n(now / previous, 1), n(previous, indicator.decimals)));
  }
  const before = context.lastYear ? figureMagnitude(context.lastYear, indicator) : null;
  if (before !== null && before > 0) {
    const change = (now - before) / before;
    if (Math.abs(change) > lastYearChangeLimit) {
      warn(w.lastYear(change > 0, n(Math.abs(change) * 100, 0), n(before, indicator.decimals)));
    }
  }
  return issues;
}

/**
 * A rate is entered as the rate itself ("4,5%"), as the rate with its denominator (so units can be weighed), or as
 * numerator and denominator (the precise way). Typed both ways, the two must agree to the indicator's precision.
 */
function checkRate(entry: FigureEntry, indicator: Indicator, error: (message: string) => void): void {
  const { value, numerator, denominator } = entry;
  if (entry.achieved !== null) error(w.rateFields);
  if (value === null && (numerator === null || denominator === null)) {
    error(w.rateNeeds(indicator.numeratorLabel, indicator.denominatorLabel));
    return;
  }
  if (value !== null && numerator !== null && denominator === null) {
    error(w.needsBoth(indicator.numeratorLabel, indicator.denominatorLabel));
    return;
  }
  if ((value ?? 0) < 0 || (numerator ?? 0) < 0 || (denominator ?? 0) < 0) {
    error(w.negativeParts);
    return;
  }
  if (numerator !== null && denominator === 0 && numerator > 0) {
    error(w.zeroDenominator);
    return;
  }
  if (value !== null && numerator !== null && denominator) {
    const ratio = (numerator / denominator) * indicator.rateScale;
    const tolerance = 0.5 * 10 ** -Math.max(1, indicator.decimals);
    if (Math.abs(ratio - value) > tolerance + 1e-9) {
      error(w.rateDisagrees(n(value), n(numerator), n(denominator), n(ratio, Math.max(1, indicator.decimals))));
    }
  }
}
