import type { DashboardSummary, IndicatorSeries } from '@shared/contract/dashboard';
import { earlyWarnings } from '@shared/dashboard/early-warnings';
import type { Figure } from '@shared/domain/figure';
import { periodEndDate, quarterToDate, type ReportPeriod } from '@shared/domain/period';
import { evaluatePlan, figureYearsNeeded, type PlanEvaluation } from '@shared/evaluation/evaluate-plan';
import { indexFigures } from '@shared/evaluation/figure-index';
import { AppError } from '@shared/errors';
import { planMessages } from '@shared/i18n/vi-errors';
import type { CoreContext } from '../context';
import { unitsActiveAt } from '../figures/service';
import { cachedEvaluation } from './evaluation-cache';

/** The years that have a plan, newest first: what the dashboards' year filter offers. */
export function plannedYears(ctx: CoreContext): number[] {
  return [...new Set(ctx.repos.plans.all().map((p) => p.year))].sort((a, b) => b - a);
}

/**
 * Figures of exactly what an evaluation reads: the current year only up to the period's last quarter (the
 * year to date), the other years (same period last year, seasonal profile, baselines) whole.
 */
export function figuresForEvaluation(
  ctx: CoreContext,
  year: number,
  targets: readonly { baselineYear: number | null }[],
  upToQuarter: 1 | 2 | 3 | 4 = 4,
): Figure[] {
  return figureYearsNeeded(year, targets).flatMap((y) =>
    y === year ? ctx.repos.figures.byYearToQuarter(y, upToQuarter) : ctx.repos.figures.byYear(y),
  );
}

/**
 * The one evaluation of a year's targets at a report period, which the dashboards, the printed report and the CLI
 * all show. Every unit is passed (retired and merged ones too) so their past figures keep their names. Kept until a
 * write changes what it read (`evaluation-cache.ts`): a province's evaluation reads ~150k figures.
 */
export function evaluateYear(ctx: CoreContext, year: number, period: ReportPeriod): PlanEvaluation {
  return cachedEvaluation(ctx.db, year, period, () => {
    const targets = ctx.repos.targets.byYear(year);
    const evaluation = evaluatePlan({
      year,
      period,
      indicators: ctx.repos.indicators.all(),
      targets,
      units: ctx.repos.units.all(),
      figures: figuresForEvaluation(ctx, year, targets, quarterToDate(period)),
    });
    return { evaluation, yearsRead: figureYearsNeeded(year, targets) };
  });
}

const behindMarginKey = 'dashboard.behindMargin';
const defaultBehindMargin = 0.1;

export function dashboardSummary(ctx: CoreContext, year: number, period: ReportPeriod): DashboardSummary {
  const evaluation = evaluateYear(ctx, year, period);
  const lastQuarter = quarterToDate(period);
  const units = unitsActiveAt(ctx, periodEndDate(year, period));
  const reported = ctx.repos.figures.unitsReporting(year, lastQuarter);
  // Only units that report figures are expected to: territorial units and those the plan allocates targets to.
  const allocated = new Set(ctx.repos.targets.byYear(year).map((t) => t.unitId));
  const silent = units.filter(
    (u) =>
      (u.kind === 'xa' || u.kind === 'phuong' || u.kind === 'thi_tran' || allocated.has(u.id)) && !reported.has(u.id),
  );
  const behindMargin = ctx.repos.settings.get<number>(behindMarginKey) ?? defaultBehindMargin;
  return {
    evaluation,
    warnings: earlyWarnings(evaluation, silent, behindMargin),
    years: plannedYears(ctx),
    units,
    behindMargin,
  };
}

const periodOfQuarter: readonly ReportPeriod[] = ['Q1', 'H1', '9M', 'Y'];

/** The chart of one target: where the year to date stood at the end of each quarter, against the expected path. */
export function indicatorSeries(ctx: CoreContext, year: number, targetId: number): IndicatorSeries {
  const target = ctx.repos.targets.byId(targetId);
  if (!target || target.year !== year) throw new AppError('NOT_FOUND', planMessages.targetNotFound(targetId));
  const targets = ctx.repos.targets
    .byYear(year)
    .filter((t) => t.planId === target.planId && t.indicatorId === target.indicatorId);
  const input = {
    year,
    indicators: ctx.repos.indicators.all().filter((i) => i.id === target.indicatorId),
    targets,
    units: ctx.repos.units.all(),
    figures: indexFigures(figuresForEvaluation(ctx, year, targets)),
  };
  return {
    targetId,
    points: periodOfQuarter.map((period, i) => {
      const result = evaluatePlan({ ...input, period }).targets.find((t) => t.targetId === targetId)!;
      // A quarter with no figures yet has no year to date, even if earlier quarters carry one forward.
      const reached = result.latestQuarter !== null && result.latestQuarter >= i + 1;
      return {
        quarter: (i + 1) as 1 | 2 | 3 | 4,
        period,
        ytd: reached ? result.ytd : null,
        estimated: result.estimated,
        expected: result.expected,
        annualLevel: result.annualLevel,
        lastYear: result.samePeriodLastYear,
      };
    }),
  };
}
