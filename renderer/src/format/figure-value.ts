import type { Figure, FigureStatus } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import { viFigures } from '../i18n/vi-figures';
import { formatNumber } from './number-format';

type Measure = Pick<Figure, 'value' | 'numerator' | 'denominator' | 'achieved'>;
type IndicatorFormat = Pick<Indicator, 'kind' | 'decimals' | 'rateScale' | 'measureUnit'>;

const number = formatNumber;
const optional = (value: number | null) => (value === null ? '…' : number(value));

/** Đạt / Chưa đạt. */
export function formatAchieved(achieved: boolean): string {
  return achieved ? viFigures.achieved.yes : viFigures.achieved.no;
}

/**
 * A figure's own measure as a cell shows it: the exact number typed (no rounding, so nothing entered is hidden),
 * "tử số / mẫu số", or Đạt / Chưa đạt. Empty string for no figure.
 * @example formatMeasure(rice, { value: 12345.5, … }) === '12.345,5'
 * @example formatMeasure(malnutrition, { numerator: 45, denominator: 1230, … }) === '45 / 1.230'
 * @example formatMeasure(poverty, { value: 4.5, denominator: 200, … }) === '4,5% / 200'
 */
export function formatMeasure(indicator: Pick<Indicator, 'kind'>, measure: Measure): string {
  switch (indicator.kind) {
    case 'rate':
      if (measure.value !== null) {
        const rate = `${number(measure.value)}%`;
        if (measure.numerator !== null)
          return `${rate} = ${number(measure.numerator)} / ${optional(measure.denominator)}`;
        return measure.denominator === null ? rate : `${rate} / ${number(measure.denominator)}`;
      }
      if (measure.numerator === null && measure.denominator === null) return '';
      return `${optional(measure.numerator)} / ${optional(measure.denominator)}`;
    case 'intensity':
      if (measure.numerator === null && measure.denominator === null) return '';
      return `${optional(measure.numerator)} / ${optional(measure.denominator)}`;
    case 'unit_count':
    case 'qualitative':
      return measure.achieved === null ? '' : formatAchieved(measure.achieved);
    default:
      return measure.value === null ? '' : number(measure.value);
  }
}

/**
 * The ratio of a rate or intensity figure in the indicator's unit, rounded to its decimals.
 * @example formatRatio(malnutrition, 45, 1230) === '3,7%'
 */
export function formatRatio(indicator: IndicatorFormat, numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  return formatLevel(indicator, (numerator / denominator) * indicator.rateScale);
}

/**
 * A computed level (a total, a ratio, a year to date) at the indicator's precision (or the decimals the figures
 * beside it are shown with, see `shownDecimals`), with "%" glued on for rates.
 * @example formatLevel(malnutrition, 3.658) === '3,7%'
 */
export function formatLevel(indicator: IndicatorFormat, value: number, decimals = indicator.decimals): string {
  const text = number(value, indicator.kind === 'unit_count' ? 0 : decimals);
  return indicator.kind === 'rate' && indicator.measureUnit === '%' ? `${text}%` : text;
}

export function formatStatus(status: FigureStatus): string {
  return viFigures.status[status];
}

/**
 * A stored figure (as the audit log keeps it) in one line: its measure, and whether it is an estimate.
 * @example formatFigureRecord(rice, { value: 1234.5, status: 'uoc', … }) === '1.234,5 (ước)'
 */
export function formatFigureRecord(indicator: IndicatorFormat | undefined, figure: Partial<Figure>): string {
  const measure: Measure = {
    value: figure.value ?? null,
    numerator: figure.numerator ?? null,
    denominator: figure.denominator ?? null,
    achieved: figure.achieved ?? null,
  };
  const kind: Indicator['kind'] =
    indicator?.kind ??
    (measure.achieved !== null
      ? 'qualitative'
      : measure.numerator !== null || measure.denominator !== null
        ? 'rate'
        : 'flow');
  let text = formatMeasure({ kind }, measure) || '—';
  if (indicator && (kind === 'rate' || kind === 'intensity') && measure.numerator !== null && measure.denominator) {
    const ratio = formatRatio(indicator, measure.numerator, measure.denominator);
    if (ratio !== null) text += ` (= ${ratio})`;
  }
  return figure.status ? `${text} · ${formatStatus(figure.status)}` : text;
}
