import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatPercent,
  formatPlanFigure,
  formatShare,
  withMeasure,
} from '@renderer/format/evaluation-cells';
import { parseDashboardRoute, targetDetailPath, unitDetailPath } from '@renderer/pages/dashboard/dashboard-routes';
import {
  lastEndedQuarter,
  latestReportedQuarter,
  noStoredFilters,
  parseStoredFilters,
  requestedFilters,
  settleFilters,
} from '@renderer/pages/dashboard/filters';

describe('Tổng quan routes', () => {
  it('reads the overview, a target and a unit from the hash path', () => {
    expect(parseDashboardRoute('/tong-quan')).toEqual({ kind: 'overview' });
    expect(parseDashboardRoute('/tong-quan/')).toEqual({ kind: 'overview' });
    expect(parseDashboardRoute(targetDetailPath(12))).toEqual({ kind: 'target', targetId: 12 });
    expect(parseDashboardRoute(unitDetailPath(5))).toEqual({ kind: 'unit', unitId: 5 });
  });

  it('refuses anything else rather than guessing', () => {
    expect(parseDashboardRoute('/tong-quan/chi-tieu/0')).toEqual({ kind: 'unknown' });
    expect(parseDashboardRoute('/tong-quan/don-vi/abc')).toEqual({ kind: 'unknown' });
    expect(parseDashboardRoute('/tong-quan/khac')).toEqual({ kind: 'unknown' });
  });
});

describe('the stored filters', () => {
  it('keep a valid choice between sessions', () => {
    expect(parseStoredFilters('{"year":2023,"period":"Q2","field":"kinh_te"}')).toEqual({
      year: 2023,
      period: 'Q2',
      field: 'kinh_te',
    });
  });

  it('drop what is no longer valid instead of trusting it', () => {
    expect(parseStoredFilters('{"year":"2023","period":"Q9","field":"the_thao"}')).toEqual(noStoredFilters);
    expect(parseStoredFilters('not json')).toEqual(noStoredFilters);
    expect(parseStoredFilters('null')).toEqual(noStoredFilters);
    expect(parseStoredFilters(null)).toEqual(noStoredFilters);
  });
});

describe('the first opening of Tổng quan', () => {
  it("asks about the last quarter that ended; in January that is last year's Quý IV", () => {
    expect(lastEndedQuarter(new Date(2023, 6, 5))).toEqual({ year: 2023, quarter: 2 });
    expect(lastEndedQuarter(new Date(2023, 8, 30))).toEqual({ year: 2023, quarter: 2 });
    expect(lastEndedQuarter(new Date(2024, 0, 10))).toEqual({ year: 2023, quarter: 4 });
  });

  it('asks for the whole year while the period is not settled, so the data can tell where the figures stop', () => {
    expect(requestedFilters(noStoredFilters, new Date(2025, 7, 1))).toEqual({ year: 2025, period: 'Y', field: 'all' });
    expect(requestedFilters({ year: 2023, period: 'Q2', field: 'all' }, new Date(2025, 7, 1))).toEqual({
      year: 2023,
      period: 'Q2',
      field: 'all',
    });
  });

  it('falls back from a year without a plan to the latest plan year before it', () => {
    const asked = { year: 2025, period: 'Y' as const, field: 'all' as const };
    expect(settleFilters(noStoredFilters, asked, [2024, 2023], null)).toEqual({ ...noStoredFilters, year: 2024 });
    // Only future plans: the earliest of them.
    expect(settleFilters(noStoredFilters, asked, [2027, 2026], null)).toEqual({ ...noStoredFilters, year: 2026 });
  });

  it("opens on the quarter of the latest figures: the demo district's 2023 stops at Quý II", () => {
    const stored = { ...noStoredFilters, year: 2023 };
    const asked = { year: 2023, period: 'Y' as const, field: 'all' as const };
    expect(settleFilters(stored, asked, [2023], 2)).toEqual({ year: 2023, period: 'Q2', field: 'all' });
    expect(settleFilters(stored, asked, [2023], null)).toEqual({ year: 2023, period: 'Q1', field: 'all' });
  });

  it('leaves a settled choice alone, and does nothing without any plan', () => {
    const chosen = { year: 2023, period: 'H1' as const, field: 'kinh_te' as const };
    expect(settleFilters(chosen, chosen, [2023], 2)).toBeNull();
    expect(settleFilters(noStoredFilters, { year: 2025, period: 'Y', field: 'all' }, [], null)).toBeNull();
  });

  it("reads where the latest figures are from the targets' last quarters", () => {
    expect(latestReportedQuarter([{ latestQuarter: 1 }, { latestQuarter: 2 }, { latestQuarter: null }])).toBe(2);
    expect(latestReportedQuarter([{ latestQuarter: null }])).toBeNull();
  });
});

describe('numbers on the dashboards', () => {
  it("print with the Vietnamese marks at the indicator's precision; nothing prints as a dash", () => {
    expect(formatAmount(754535, 0)).toBe('754.535');
    expect(formatAmount(389.16, 2)).toBe('389,16');
    expect(formatAmount(null, 0)).toBe('—');
    expect(formatPercent(102.21482758398056)).toBe('102,2%');
    expect(formatShare(0.1)).toBe('10%');
  });

  it('glue "%" to the number and put a space before other units', () => {
    expect(withMeasure('9,0', '%')).toBe('9,0%');
    expect(withMeasure('1.120', 'lao động')).toBe('1.120 lao động');
    expect(withMeasure('—', 'tấn')).toBe('—');
  });

  it('write every comparator of a plan figure', () => {
    const figure = { target: 90, max: 95, decimals: 0, changeMode: null };
    expect(formatPlanFigure({ ...figure, comparator: 'gt' })).toBe('> 90');
    expect(formatPlanFigure({ ...figure, comparator: 'lt' })).toBe('< 90');
    expect(formatPlanFigure({ ...figure, comparator: 'between' })).toBe('90 – 95');
    expect(formatPlanFigure({ ...figure, comparator: 'zero' })).toBe('0');
    expect(formatPlanFigure({ ...figure, comparator: 'text' })).toBe('Đạt');
    expect(formatPlanFigure({ ...figure, comparator: 'increase', max: 7, target: 5, changeMode: 'relative' })).toBe(
      'tăng 5 – 7%',
    );
  });
});
