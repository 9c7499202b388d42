import type { PlanSummary } from '@shared/contract/plans';

/**
 * The years that have plans, newest first, for the year filter.
 * @example planYears([{ year: 2022 }, { year: 2023 }, { year: 2022 }]) → [2023, 2022]
 */
export function planYears(plans: readonly Pick<PlanSummary, 'year'>[]): number[] {
  return [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
}

/** Plans of one year, or all of them when no year is chosen; the core's order (newest first) is kept. */
export function plansOfYear<P extends Pick<PlanSummary, 'year'>>(plans: readonly P[], year: number | null): P[] {
  return year === null ? [...plans] : plans.filter((p) => p.year === year);
}
