import type { Figure } from '@shared/domain/figure';
import type { AggregationKind } from '@shared/domain/indicator';
import { tryParseVietnameseNumber } from '@shared/domain/vietnamese-number';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { formatNumber } from '@renderer/format/number-format';
import { viFigures } from '@renderer/i18n/vi-figures';

/** The measure fields of a figure: which ones a cell fills depends on its indicator's kind. */
export type Measure = Pick<Figure, 'value' | 'numerator' | 'denominator' | 'achieved'>;

export const emptyMeasure: Measure = { value: null, numerator: null, denominator: null, achieved: null };

/** How a cell is typed: one number, "tử số / mẫu số", a rate ("4,5%" or "tử số / mẫu số"), or Đạt / Chưa đạt. */
export type CellInputKind = 'number' | 'ratio' | 'rate' | 'achieved';

export function cellInputKind(kind: AggregationKind): CellInputKind {
  if (kind === 'rate') return 'rate';
  if (kind === 'intensity') return 'ratio';
  if (kind === 'unit_count' || kind === 'qualitative') return 'achieved';
  return 'number';
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const spaces = /[\s\u00a0\u202f]/g;
// "1 234,5": Excel and Word in some locales group thousands with (non-breaking) spaces.
const spaceGrouped = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$/;
// "1234.5", "0.75", "12.3456": one dot that cannot be a Vietnamese thousands mark, because a thousands group has
// exactly three digits after it ("1.234" stays one thousand two hundred and thirty-four).
const plainDecimal = /^[+-]?\d+\.(?:\d{1,2}|\d{4,})$/;
// "1,234.5", "12,345,678.25": English grouping followed by a decimal point; Vietnamese never puts a comma before a dot.
const englishGrouped = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/;

/**
 * Reads a number typed or pasted into a cell. Vietnamese first (`1.234,5`, `320.080`, `12,5%`); then, only where the
 * text cannot be a Vietnamese number, the plain form Excel copies from an English-locale sheet: `1234.5`, `0.75`,
 * `1,234.5`. `1.234` is always one thousand two hundred and thirty-four. A blank cell is null (no figure).
 * @example parseNumberText('1.234,5') → { ok: true, value: 1234.5 }
 * @example parseNumberText('1234.5') → { ok: true, value: 1234.5 }
 * @example parseNumberText('1.2.3,4,5').ok === false
 */
export function parseNumberText(text: string): ParseResult<number | null> {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return { ok: true, value: null };
  const vietnamese = tryParseVietnameseNumber(trimmed);
  if (vietnamese !== null) return { ok: true, value: vietnamese };
  const withoutPercent = trimmed.replace(/\s*%$/, '');
  if (spaceGrouped.test(withoutPercent)) {
    const value = tryParseVietnameseNumber(withoutPercent.replace(spaces, ''));
    if (value !== null) return { ok: true, value };
  }
  if (plainDecimal.test(withoutPercent)) return finite(Number(withoutPercent), trimmed);
  if (englishGrouped.test(withoutPercent)) return finite(Number(withoutPercent.replace(/,/g, '')), trimmed);
  return { ok: false, message: viFigures.parse.notANumber(trimmed) };
}

function finite(value: number, text: string): ParseResult<number | null> {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: viFigures.parse.notANumber(text) };
}

/**
 * Reads "tử số / mẫu số" (also with spaces, or a semicolon). A single number is taken as the numerator, so the
 * check can say which part is missing.
 * @example parseRatioText('45 / 1.230') → { ok: true, value: { numerator: 45, denominator: 1230 } }
 */
export function parseRatioText(text: string): ParseResult<{ numerator: number | null; denominator: number | null }> {
  const parts = text.split(/[/;]/);
  if (parts.length > 2) return { ok: false, message: viFigures.parse.notARatio(text.trim()) };
  const numerator = parseNumberText(parts[0] ?? '');
  const denominator = parseNumberText(parts[1] ?? '');
  if (!numerator.ok) return numerator;
  if (!denominator.ok) return denominator;
  return { ok: true, value: { numerator: numerator.value, denominator: denominator.value } };
}

/** The three parts of a rate cell as typed: the rate, the numerator, the denominator (each possibly blank). */
export interface RateParts {
  rate: string;
  numerator: string;
  denominator: string;
}

/**
 * Splits a rate cell's text into its parts. A number with "%" is the rate; a lone number is the rate too (a thôn's
 * report says "4,5"); "a / b" is numerator and denominator; "4,5% / 200" is the rate with its denominator (so units
 * can be weighed); "4,5% = 9 / 200" all three.
 * @example splitRateText('4,5% / 200') → { rate: '4,5', numerator: '', denominator: '200' }
 * @example splitRateText('9 / 200') → { rate: '', numerator: '9', denominator: '200' }
 */
export function splitRateText(text: string): RateParts {
  const [left = '', right] = text.split('=', 2);
  if (right !== undefined) {
    const [numerator = '', denominator = ''] = right.split(/[/;]/);
    return { rate: left.replace('%', '').trim(), numerator: numerator.trim(), denominator: denominator.trim() };
  }
  const [first = '', second] = text.split(/[/;]/);
  if (second === undefined || /%/.test(first)) {
    return { rate: first.replace('%', '').trim(), numerator: '', denominator: (second ?? '').trim() };
  }
  return { rate: '', numerator: first.trim(), denominator: second.trim() };
}

/** The text of a rate cell from its parts, as `splitRateText` reads it back. */
export function joinRateText(parts: RateParts): string {
  const rate = parts.rate.trim();
  const numerator = parts.numerator.trim();
  const denominator = parts.denominator.trim();
  if (rate !== '' && numerator !== '') return `${rate}% = ${numerator} / ${denominator}`;
  if (rate !== '') return denominator === '' ? `${rate}%` : `${rate}% / ${denominator}`;
  return numerator === '' && denominator === '' ? '' : `${numerator} / ${denominator}`;
}

/**
 * Reads a rate cell (see `splitRateText`).
 * @example parseRateText('4,5%') → { ok: true, value: { value: 4.5, numerator: null, denominator: null } }
 */
export function parseRateText(
  text: string,
): ParseResult<{ value: number | null; numerator: number | null; denominator: number | null }> {
  if (text.split('=').length > 2 || text.split(/[/;]/).length > 2) {
    return { ok: false, message: viFigures.parse.notARate(text.trim()) };
  }
  const parts = splitRateText(text);
  const value = parseNumberText(parts.rate);
  const numerator = parseNumberText(parts.numerator);
  const denominator = parseNumberText(parts.denominator);
  if (!value.ok) return value;
  if (!numerator.ok) return numerator;
  if (!denominator.ok) return denominator;
  return { ok: true, value: { value: value.value, numerator: numerator.value, denominator: denominator.value } };
}

const achievedWords = new Set(['dat', 'd', 'x', '1', 'co', 'true', 'yes', 'vuot', 'dat va vuot']);
const notAchievedWords = new Set(['chua dat', 'khong dat', 'cd', 'kd', 'c', 'k', '0', 'khong', 'chua', 'false', 'no']);

/**
 * Reads Đạt / Chưa đạt, with or without diacritics, or the marks clerks use in Excel ("x", "1", "0").
 * @example parseAchievedText('chưa đạt') → { ok: true, value: false }
 */
export function parseAchievedText(text: string): ParseResult<boolean | null> {
  const folded = foldVietnamese(text).trim().replace(/\s+/g, ' ');
  if (folded === '') return { ok: true, value: null };
  if (achievedWords.has(folded)) return { ok: true, value: true };
  if (notAchievedWords.has(folded)) return { ok: true, value: false };
  return { ok: false, message: viFigures.parse.notAchieved(text.trim()) };
}

/** What a cell's text means for an indicator of this kind: a measure, or why it cannot be read. */
export function parseCellText(kind: AggregationKind, text: string): ParseResult<Measure> {
  switch (cellInputKind(kind)) {
    case 'number': {
      const parsed = parseNumberText(text);
      return parsed.ok ? { ok: true, value: { ...emptyMeasure, value: parsed.value } } : parsed;
    }
    case 'ratio': {
      const parsed = parseRatioText(text);
      return parsed.ok ? { ok: true, value: { ...emptyMeasure, ...parsed.value } } : parsed;
    }
    case 'rate': {
      const parsed = parseRateText(text);
      return parsed.ok ? { ok: true, value: { ...emptyMeasure, ...parsed.value } } : parsed;
    }
    case 'achieved': {
      const parsed = parseAchievedText(text);
      return parsed.ok ? { ok: true, value: { ...emptyMeasure, achieved: parsed.value } } : parsed;
    }
  }
}

const formatOptional = (value: number | null) => (value === null ? '' : formatNumber(value));

/**
 * A measure as the secretary types it, so that reading it back gives the same measure (editor prefill, copy).
 * @example formatCellText('rate', { numerator: 45, denominator: 1230, … }) === '45 / 1.230'
 * @example formatCellText('rate', { value: 4.5, denominator: 200, … }) === '4,5% / 200'
 */
export function formatCellText(kind: AggregationKind, measure: Measure): string {
  switch (cellInputKind(kind)) {
    case 'number':
      return formatOptional(measure.value);
    case 'ratio':
      if (measure.numerator === null && measure.denominator === null) return '';
      return `${formatOptional(measure.numerator)} / ${formatOptional(measure.denominator)}`;
    case 'rate':
      return joinRateText({
        rate: formatOptional(measure.value),
        numerator: formatOptional(measure.numerator),
        denominator: formatOptional(measure.denominator),
      });
    case 'achieved':
      return measure.achieved === null ? '' : measure.achieved ? viFigures.achieved.yes : viFigures.achieved.no;
  }
}
