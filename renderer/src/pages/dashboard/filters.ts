import { isReportPeriod, type Quarter, type ReportPeriod } from '@shared/domain/period';
import { isIndicatorGroup } from '@shared/domain/target-form';
import type { FieldFilter } from './shape/target-rows';

/** What the dashboards show: a plan year, a report period and a field (or all fields). */
export interface DashboardFilters {
  year: number;
  period: ReportPeriod;
  field: FieldFilter;
}

/** The choice kept between sessions; null until it is known (chosen, or settled from the data on first opening). */
export interface StoredFilters {
  year: number | null;
  period: ReportPeriod | null;
  field: FieldFilter;
}

export const filtersStorageKey = 'thi-dua-desk.tong-quan.bo-loc';

export const noStoredFilters: StoredFilters = { year: null, period: null, field: 'all' };

/**
 * Reads the stored choice, keeping only what is still valid (a hand-edited or old value is dropped, not trusted).
 * @example parseStoredFilters('{"year":2023,"period":"Q2","field":"kinh_te"}') → { year: 2023, period: 'Q2', field: 'kinh_te' }
 * @example parseStoredFilters('{"year":"x","period":"Q9"}') → { year: null, period: null, field: 'all' }
 */
export function parseStoredFilters(raw: string | null): StoredFilters {
  if (raw === null) return noStoredFilters;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return noStoredFilters;
  }
  if (typeof value !== 'object' || value === null) return noStoredFilters;
  const { year, period, field } = value as Record<string, unknown>;
  return {
    year: typeof year === 'number' && Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : null,
    period: typeof period === 'string' && isReportPeriod(period) ? period : null,
    field: typeof field === 'string' && isIndicatorGroup(field) ? field : 'all',
  };
}

/**
 * The year asked for before the plan years are known: the one chosen, else the year of the last quarter that ended
 * (in January the council still reports on last year's fourth quarter).
 * @example lastEndedQuarter(new Date(2023, 6, 5)) → { year: 2023, quarter: 2 }
 * @example lastEndedQuarter(new Date(2024, 0, 10)) → { year: 2023, quarter: 4 }
 */
export function lastEndedQuarter(today: Date): { year: number; quarter: Quarter } {
  const current = Math.floor(today.getMonth() / 3) + 1;
  return current === 1
    ? { year: today.getFullYear() - 1, quarter: 4 }
    : { year: today.getFullYear(), quarter: (current - 1) as Quarter };
}

/**
 * The summary to ask for. An unsettled period asks for the whole year first: its evaluation tells which quarter the
 * latest figures belong to, and the dashboard then opens on that quarter.
 */
export function requestedFilters(stored: StoredFilters, today: Date): DashboardFilters {
  return { year: stored.year ?? lastEndedQuarter(today).year, period: stored.period ?? 'Y', field: stored.field };
}

/**
 * Settles the choice from a summary's answer, or returns null when there is nothing to change. A year without a plan
 * gives way to the latest plan year up to it (else the earliest plan year); a period not chosen yet becomes the
 * quarter of the latest figures of the year (Quý I when there are none).
 * @example settleFilters({ year: null, period: null, field: 'all' }, { year: 2025, period: 'Y', field: 'all' }, [2023], null) → { year: 2023, period: null, field: 'all' }
 * @example settleFilters({ year: 2023, period: null, field: 'all' }, { year: 2023, period: 'Y', field: 'all' }, [2023], 2) → { year: 2023, period: 'Q2', field: 'all' }
 */
export function settleFilters(
  stored: StoredFilters,
  requested: DashboardFilters,
  years: readonly number[],
  latestQuarter: Quarter | null,
): StoredFilters | null {
  if (years.length === 0) return null;
  if (!years.includes(requested.year)) {
    const earlier = years.filter((y) => y <= requested.year);
    const year = earlier.length > 0 ? Math.max(...earlier) : Math.min(...years);
    return { ...stored, year };
  }
  if (stored.period === null) return { ...stored, year: requested.year, period: `Q${latestQuarter ?? 1}` };
  if (stored.year === null) return { ...stored, year: requested.year };
  return null;
}

/**
 * The last quarter any target's year to date reaches: where the latest figures are.
 * @example latestReportedQuarter([{ latestQuarter: 1 }, { latestQuarter: 2 }, { latestQuarter: null }]) === 2
 */
export function latestReportedQuarter(targets: readonly { latestQuarter: Quarter | null }[]): Quarter | null {
  const quarters = targets.flatMap((t) => (t.latestQuarter === null ? [] : [t.latestQuarter]));
  return quarters.length === 0 ? null : (Math.max(...quarters) as Quarter);
}
