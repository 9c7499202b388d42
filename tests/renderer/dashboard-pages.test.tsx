import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/contract';
import type { DashboardSummary, IndicatorSeries } from '@shared/contract/dashboard';
import { earlyWarnings } from '@shared/dashboard/early-warnings';
import type { Figure } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { ReportPeriod } from '@shared/domain/period';
import type { Target } from '@shared/domain/plan';
import { evaluatePlan } from '@shared/evaluation/evaluate-plan';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { filtersStorageKey } from '@renderer/pages/dashboard/filters';
import { createFakeApi, unit } from './support/fake-api';

/**
 * A two-commune district for 2023 with figures up to Quý II, evaluated by the real `evaluatePlan`, so the page shows
 * what the core would send:
 * - rice (flow, linear phasing): 1.000 t for the year, so 500 t expected by 30/6; the communes sent 350 + 250 = 600 t
 *   → Đúng tiến độ; Xã Long Hưng 350 of its 600 t (58,3%), Xã Thuận Hưng 250 of 400 t (62,5%);
 * - cattle (stock): 1.000 head wanted, 500 + 300 = 800 now → Chậm, 20% behind the expected 1.000 (an early warning);
 * - budget revenue (judged Đạt / Không đạt): nothing recorded → Chưa có số liệu.
 * Headline: 1 of 3 on track, 1 without figures.
 */
const units = [unit(1, 'Xã Long Hưng', 'xa'), unit(2, 'Xã Thuận Hưng', 'xa')];

function indicator(id: number, name: string, kind: Indicator['kind'], measureUnit: string | null): Indicator {
  return {
    id,
    name,
    group: 'kinh_te',
    measureUnit,
    kind,
    areaOnly: false,
    numeratorLabel: null,
    denominatorLabel: null,
    rateScale: 100,
    direction: 'higher',
    decimals: 0,
    demo: false,
  };
}

function target(id: number, indicatorId: number, fields: Partial<Target>): Target {
  return {
    id,
    planId: 1,
    indicatorId,
    unitId: null,
    year: 2023,
    comparator: 'gte',
    value: null,
    max: null,
    changeMode: null,
    baselineYear: null,
    baselineValue: null,
    sourceText: null,
    phasingMode: 'linear',
    milestones: null,
    position: id,
    note: null,
    ...fields,
  };
}

function figure(indicatorId: number, unitId: number, quarter: 1 | 2, value: number): Figure {
  return {
    indicatorId,
    unitId,
    year: 2023,
    quarter,
    value,
    numerator: null,
    denominator: null,
    achieved: null,
    status: 'uoc',
    note: null,
  };
}

const indicators = [
  indicator(1, 'Sản lượng lúa', 'flow', 'tấn'),
  indicator(2, 'Tổng đàn gia súc', 'stock', 'con'),
  indicator(3, 'Tổng thu ngân sách Nhà nước', 'qualitative', null),
];
const targets = [
  target(1, 1, { value: 1000 }),
  target(11, 1, { unitId: 1, value: 600 }),
  target(12, 1, { unitId: 2, value: 400 }),
  target(2, 2, { value: 1000 }),
  target(3, 3, { comparator: 'achieve' }),
];
const figures = [
  figure(1, 1, 1, 150),
  figure(1, 1, 2, 200),
  figure(1, 2, 1, 100),
  figure(1, 2, 2, 150),
  figure(2, 1, 2, 500),
  figure(2, 2, 2, 300),
];

function summary(year: number, period: ReportPeriod): DashboardSummary {
  const evaluation = evaluatePlan({
    year,
    period,
    indicators,
    targets: year === 2023 ? targets : [],
    units,
    figures,
  });
  return { evaluation, warnings: earlyWarnings(evaluation, [], 0.1), years: [2023], units, behindMargin: 0.1 };
}

function series(year: number, targetId: number): IndicatorSeries {
  const periods = ['Q1', 'H1', '9M', 'Y'] as const;
  return {
    targetId,
    points: periods.map((period, i) => {
      const t = summary(year, period).evaluation.targets.find((x) => x.targetId === targetId)!;
      return {
        quarter: (i + 1) as 1 | 2 | 3 | 4,
        period,
        ytd: t.ytd,
        estimated: t.estimated,
        expected: t.expected,
        annualLevel: t.annualLevel,
        lastYear: t.samePeriodLastYear,
      };
    }),
  };
}

/** The app at a route, with the dashboard channels answered from the district above. */
function renderDashboard(route: string) {
  const fake = createFakeApi({ units });
  const asked: Array<{ year: number; period: ReportPeriod }> = [];
  window.api = {
    ...fake.api,
    'dashboard:summary': async (input) => {
      asked.push(input);
      return { ok: true, value: summary(input.year, input.period) } satisfies Result<DashboardSummary>;
    },
    'dashboard:series': async (input) => ({ ok: true, value: series(input.year, input.targetId) }),
    // Xã Long Hưng leads the district's only cluster, which has not been scored yet.
    'clusters:list': async ({ year }) => ({
      ok: true,
      value: {
        year,
        years: [2023],
        clusters: [
          {
            id: 1,
            year: 2023,
            name: 'Cụm thi đua số 1',
            kind: 'cum',
            members: units.map((u) => ({ unitId: u.id, code: u.code, name: u.name, kind: u.kind })),
            leaderUnitId: 1,
            deputyUnitId: 2,
            note: null,
            demo: false,
            criteriaCount: 0,
            maxima: { content: 950, bonus: 50, deduction: 50, total: 1000 },
            rounds: [],
          },
        ],
      },
    }),
  };
  window.history.replaceState(null, '', `#${route}`);
  render(<App queryClient={createQueryClient()} />);
  return asked;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

describe('Tổng quan', () => {
  it('opens on the latest plan year at the quarter of its latest figures, and keeps that choice', async () => {
    const asked = renderDashboard('/tong-quan');

    // Asked for this year's whole year (no plan), then 2023's whole year, which shows figures up to Quý II.
    await waitFor(() => expect(document.querySelector('[data-period-key="2023-Q2"]')).not.toBeNull(), {
      timeout: 5000,
    });
    expect(screen.getByTestId('dashboard-headline').textContent).toBe(
      '1/3 chỉ tiêu đạt và vượt tiến độ (1 chỉ tiêu chưa có số liệu)',
    );
    expect(asked.slice(1)).toEqual([
      { year: 2023, period: 'Y' },
      { year: 2023, period: 'Q2' },
    ]);
    expect(asked[0]!.period).toBe('Y');
    expect(JSON.parse(window.localStorage.getItem(filtersStorageKey)!)).toEqual({
      year: 2023,
      period: 'Q2',
      field: 'all',
    });
    expect(screen.getByText('Kết quả thực hiện chỉ tiêu thi đua Quý II năm 2023')).toBeTruthy();
  });

  it('shows the headline in large type and one labelled tag per status with its count', async () => {
    window.localStorage.setItem(filtersStorageKey, JSON.stringify({ year: 2023, period: 'Q2', field: 'all' }));
    renderDashboard('/tong-quan');

    await screen.findByTestId('dashboard-headline', {}, { timeout: 5000 });
    const onTrack = screen.getByTestId('status-count-dung_tien_do');
    expect(onTrack.textContent).toBe('Đúng tiến độ1');
    expect(onTrack.querySelector('[role="img"]')).not.toBeNull();
    expect(screen.getByTestId('status-count-cham').textContent).toBe('Chậm1');
    expect(screen.getByTestId('status-count-chua_co_so_lieu').textContent).toBe('Chưa có số liệu1');
    expect(screen.getByRole('listitem', { name: 'Vượt: 0 chỉ tiêu' })).toBeTruthy();

    const table = screen.getByRole('region', { name: 'Bảng kết quả chỉ tiêu' });
    const riceRow = within(table).getByRole('link', { name: 'Sản lượng lúa' }).closest('tr')!;
    const cells = within(riceRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      '1',
      'Sản lượng lúa',
      'tấn',
      '1.000',
      '350',
      '600 (ước)',
      '60,0%',
      '—',
      '—',
      'Đúng tiến độ',
    ]);

    const warnings = screen.getByRole('region', { name: 'Cảnh báo sớm' });
    expect(warnings.textContent).toContain(
      'Tổng đàn gia súc: chậm 20% so với tiến độ (lũy kế 800 con, cần đạt 1.000 con)',
    );
  });

  it("shows a target's quarters as a table with the chart's numbers, and drills down to a unit from the ranking", async () => {
    window.localStorage.setItem(filtersStorageKey, JSON.stringify({ year: 2023, period: 'Q2', field: 'all' }));
    renderDashboard('/tong-quan/chi-tieu/1');

    expect(await screen.findByRole('heading', { name: 'Sản lượng lúa' }, { timeout: 5000 })).toBeTruthy();
    await screen.findByTestId('progress-chart');
    fireEvent.click(screen.getAllByText('Bảng số liệu')[0]!);
    const table = await screen.findByTestId('progress-table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['Quý I', '250 (ước)', '250', '1.000', '—', ''],
      ['Quý II', '600 (ước)', '500', '1.000', '—', ''],
      ['Quý III', '—', '750', '1.000', '—', 'sau kỳ báo cáo đang xem'],
      ['Quý IV', '—', '1.000', '1.000', '—', 'sau kỳ báo cáo đang xem'],
    ]);

    const ranking = screen.getByTestId('unit-ranking');
    const ranked = within(ranking)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(ranked.map((r) => r.slice(0, 5))).toEqual([
      ['1', 'Xã Thuận Hưng', '250 (ước)', '400', '62,5%'],
      ['2', 'Xã Long Hưng', '350 (ước)', '600', '58,3%'],
    ]);

    fireEvent.click(within(ranking).getByRole('link', { name: 'Xã Long Hưng' }));
    expect(await screen.findByRole('heading', { name: 'Xã Long Hưng' })).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe('#/tong-quan/don-vi/1'));
    expect((await screen.findByTestId('cluster-name')).textContent).toBe('Cụm thi đua số 1 · cụm trưởng (Cụm thi đua)');
    expect(screen.getByText('Chưa có đợt chấm điểm nào của năm 2023.')).toBeTruthy();
    const unitTable = screen.getByTestId('unit-targets');
    const riceRow = within(unitTable).getByRole('link', { name: 'Sản lượng lúa' }).closest('tr')!;
    expect(
      within(riceRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'Sản lượng lúa', 'tấn', '600', '350 (ước)', '58,3%', 'Đúng tiến độ', '2/2']);
  });
});
