import { z } from 'zod';
import type { EarlyWarning } from '../dashboard/early-warnings';
import { reportPeriods, type ReportPeriod } from '../domain/period';
import type { Unit } from '../domain/unit';
import type { PlanEvaluation } from '../evaluation/evaluate-plan';
import { defineChannel } from './define';
import { idSchema, yearSchema } from './schemas';

export interface DashboardSummary {
  evaluation: PlanEvaluation;
  warnings: EarlyWarning[];
  /** Years that have a plan, newest first. */
  years: number[];
  /** Units active at the end of the period, in council order. */
  units: Unit[];
  /** The margin (share of the expected value) beyond which a target is flagged as behind. */
  behindMargin: number;
}

/** One point per quarter of a target's chart: the cumulative actual, the expected path and last year. */
export interface IndicatorSeriesPoint {
  quarter: 1 | 2 | 3 | 4;
  period: ReportPeriod;
  ytd: number | null;
  estimated: boolean;
  expected: number | null;
  annualLevel: number | null;
  lastYear: number | null;
}

export interface IndicatorSeries {
  targetId: number;
  points: IndicatorSeriesPoint[];
}

export const dashboardChannels = {
  'dashboard:summary': defineChannel<DashboardSummary>()(
    z.object({ year: yearSchema, period: z.enum(reportPeriods) }).strict(),
  ),
  'dashboard:series': defineChannel<IndicatorSeries>()(z.object({ year: yearSchema, targetId: idSchema }).strict()),
};
