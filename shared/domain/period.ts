import { AppError } from '../errors';

/** A quarter of the year, as figures are reported (see `Figure.quarter`). */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * The periods a council reports on within a year: the four quarters, the mid-year review (6 tháng),
 * nine months and the year. H1, 9M and Y are cumulative from 1 January.
 */
export const reportPeriods = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];

/** A report period of a given year; written `2023-Q2`, `2023-H1`, `2023-9M`, `2023-Y`. */
export interface PeriodKey {
  year: number;
  period: ReportPeriod;
}

/** Short column headings, as in a report table ("Quý II", "6 tháng"). */
export const periodShortLabels: Readonly<Record<ReportPeriod, string>> = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
  H1: '6 tháng',
  '9M': '9 tháng',
  Y: 'Năm',
};

const periodQuarterLists: Readonly<Record<ReportPeriod, readonly Quarter[]>> = {
  Q1: [1],
  Q2: [2],
  Q3: [3],
  Q4: [4],
  H1: [1, 2],
  '9M': [1, 2, 3],
  Y: [1, 2, 3, 4],
};

const quarterEndDates: Readonly<Record<Quarter, string>> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

/** Years outside this span are typing mistakes, not plans (the app's records start long after 1900). */
const minYear = 1900;
const maxYear = 2999;
const periodKeyPattern = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/;

/**
 * Narrows a string to a report period (exact codes only).
 * @example isReportPeriod('H1') === true
 */
export function isReportPeriod(value: string): value is ReportPeriod {
  return (reportPeriods as readonly string[]).includes(value);
}

/**
 * Reads a period key. Surrounding spaces and lower-case letters are accepted ("2023-q2"), since keys are typed on
 * the command line; anything else throws AppError INVALID_INPUT with a Vietnamese message.
 * @example parsePeriodKey('2023-H1') → { year: 2023, period: 'H1' }
 */
export function parsePeriodKey(text: string): PeriodKey {
  const match = typeof text === 'string' ? periodKeyPattern.exec(text.trim().toUpperCase()) : null;
  const year = match ? Number(match[1]) : NaN;
  const period = match?.[2];
  if (period === undefined || !isReportPeriod(period) || year < minYear || year > maxYear) {
    throw new AppError('INVALID_INPUT', invalidPeriodKeyMessage(text));
  }
  return { year, period };
}

function invalidPeriodKeyMessage(text: unknown): string {
  // The text may be anything (it is fuzzed); show a short, printable excerpt only.
  const shown = (typeof text === 'string' ? text : typeof text).replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '?').slice(0, 40);
  return (
    `Kỳ báo cáo "${shown}" không hợp lệ. Viết theo dạng năm-kỳ: 2023-Q1 … 2023-Q4 (quý), ` +
    `2023-H1 (6 tháng), 2023-9M (9 tháng) hoặc 2023-Y (năm).`
  );
}

/**
 * Writes a period key.
 * @example formatPeriodKey({ year: 2023, period: '9M' }) === '2023-9M'
 */
export function formatPeriodKey(key: PeriodKey): string {
  return `${key.year}-${key.period}`;
}

/**
 * The quarters whose figures make up the period's own value ("TH quý" for a quarter, the cumulative value for
 * H1, 9M and Y).
 * @example periodQuarters('H1') → [1, 2]
 */
export function periodQuarters(period: ReportPeriod): readonly Quarter[] {
  return periodQuarterLists[period];
}

/**
 * The last quarter the period reaches: the year to date runs from Q1 to it.
 * @example quarterToDate('9M') === 3
 */
export function quarterToDate(period: ReportPeriod): Quarter {
  const quarters = periodQuarterLists[period];
  return quarters[quarters.length - 1]!;
}

/**
 * The quarters from 1 January to the end of the period ("Lũy kế").
 * @example quartersToDate('Q3') → [1, 2, 3]
 */
export function quartersToDate(period: ReportPeriod): readonly Quarter[] {
  return periodQuarterLists[yearToDatePeriods[quarterToDate(period)]];
}

const yearToDatePeriods: Readonly<Record<Quarter, ReportPeriod>> = { 1: 'Q1', 2: 'H1', 3: '9M', 4: 'Y' };

/**
 * The same period one year earlier ("cùng kỳ").
 * @example samePeriodLastYear({ year: 2023, period: 'H1' }) → { year: 2022, period: 'H1' }
 */
export function samePeriodLastYear(key: PeriodKey): PeriodKey {
  return { year: key.year - 1, period: key.period };
}

/**
 * The last day of the period, ISO.
 * @example periodEndDate(2023, 'H1') === '2023-06-30'
 */
export function periodEndDate(year: number, period: ReportPeriod): string {
  return `${String(year).padStart(4, '0')}-${quarterEndDates[quarterToDate(period)]}`;
}

/**
 * The period as a report names it.
 * @example periodLabel('Q2', 2023) === 'Quý II năm 2023'
 * @example periodLabel('H1', 2023) === '6 tháng đầu năm 2023'
 */
export function periodLabel(period: ReportPeriod, year: number): string {
  switch (period) {
    case 'H1':
      return `6 tháng đầu năm ${year}`;
    case '9M':
      return `9 tháng năm ${year}`;
    case 'Y':
      return `năm ${year}`;
    default:
      return `${periodShortLabels[period]} năm ${year}`;
  }
}

/**
 * Whether the period reaches 31 December. The fourth-quarter report is a year-end report too: its year to date is
 * the whole year, so targets are judged final (Đạt / Không đạt) rather than on progress.
 * @example isYearEnd('Q4') === true
 * @example isYearEnd('9M') === false
 */
export function isYearEnd(period: ReportPeriod): boolean {
  return quarterToDate(period) === 4;
}
