import type { IndicatorSeries } from '@shared/contract/dashboard';
import { periodShortLabels, type Quarter } from '@shared/domain/period';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { formatAmount, markEstimated } from '@renderer/format/evaluation-cells';
import { viDashboard } from '@renderer/i18n/vi-dashboard';

const quarterPeriods = { 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4' } as const;

export interface ProgressRow {
  quarter: Quarter;
  /** "Quý I" … "Quý IV". */
  label: string;
  /** The year to date at the end of the quarter; null after the report period being viewed. */
  actual: number | null;
  estimated: boolean;
  expected: number | null;
  annualLevel: number | null;
  lastYear: number | null;
  /** The same numbers as the table view and the chart's labels print them. */
  actualText: string;
  expectedText: string;
  annualLevelText: string;
  lastYearText: string;
  /** The quarter lies after the period being viewed: no actual is drawn for it. */
  afterPeriod: boolean;
  /** Direct labels on the chart: the actual at each point; the annual level once, at its right end (Quý IV). */
  actualLabel: string | null;
  annualLevelLabel: string | null;
}

export interface ProgressChartData {
  rows: ProgressRow[];
  /** Levels (stocks, rates) are expected at the annual level all year: the expected line would hide under it. */
  showExpected: boolean;
  /** Nothing numeric to draw (qualitative targets). */
  hasNumbers: boolean;
  /** Cumulative flows and counts start at zero, so their axis does; levels zoom to where the values are. */
  axisFromZero: boolean;
}

type SeriesTarget = Pick<TargetEvaluation, 'decimals' | 'kind'>;

/**
 * The chart of one target through the year: its cumulative actual up to the quarter being viewed (later quarters
 * would only repeat the last figure), the expected path, the annual level and last year's same period.
 * @example progressChart(riceSeries, rice, 2).rows.map((r) => r.actual) → [138179, 176121, null, null]
 */
export function progressChart(
  series: IndicatorSeries,
  target: SeriesTarget,
  throughQuarter: Quarter,
): ProgressChartData {
  const rows = series.points.map((point): ProgressRow => {
    const afterPeriod = point.quarter > throughQuarter;
    const actual = afterPeriod ? null : point.ytd;
    const estimated = !afterPeriod && actual !== null && point.estimated;
    return {
      quarter: point.quarter,
      label: periodShortLabels[quarterPeriods[point.quarter]],
      actual,
      estimated,
      expected: point.expected,
      annualLevel: point.annualLevel,
      lastYear: point.lastYear,
      actualText: markEstimated(formatAmount(actual, target.decimals), estimated),
      expectedText: formatAmount(point.expected, target.decimals),
      annualLevelText: formatAmount(point.annualLevel, target.decimals),
      lastYearText: formatAmount(point.lastYear, target.decimals),
      afterPeriod,
      actualLabel: actual === null ? null : markEstimated(formatAmount(actual, target.decimals), estimated),
      annualLevelLabel:
        point.quarter === 4 && point.annualLevel !== null
          ? `${viDashboard.target.series.annualLevel}: ${formatAmount(point.annualLevel, target.decimals)}`
          : null,
    };
  });
  const numbers = rows.flatMap((r) => [r.actual, r.expected, r.annualLevel, r.lastYear]);
  return {
    rows,
    showExpected: rows.some((r) => r.expected !== null && r.expected !== r.annualLevel),
    hasNumbers: numbers.some((n) => n !== null),
    axisFromZero: target.kind === 'flow' || target.kind === 'unit_count',
  };
}
