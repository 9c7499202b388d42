import { describe, expect, it } from 'vitest';
import type { IndicatorSeries } from '@shared/contract/dashboard';
import type { ClusterOverview, RoundView } from '@shared/domain/cluster-round';
import type { TargetEvaluation, UnitEvaluation } from '@shared/evaluation/evaluate-plan';
import { evaluationStatuses } from '@shared/evaluation/status';
import { clusterOf, roundStanding } from '@renderer/pages/dashboard/shape/cluster-standing';
import { buildHeatmap, heatmapTableRows } from '@renderer/pages/dashboard/shape/heatmap';
import { progressChart } from '@renderer/pages/dashboard/shape/progress-series';
import { contrastRatio, heatmapTones, toneColors, toneOf } from '@renderer/pages/dashboard/shape/status-scale';
import { fieldSummary, groupTargetRows, numberTargets, targetRow } from '@renderer/pages/dashboard/shape/target-rows';
import { unitBars } from '@renderer/pages/dashboard/shape/unit-bars';
import { unitDetail } from '@renderer/pages/dashboard/shape/unit-detail';
import { rankUnits } from '@renderer/pages/dashboard/shape/unit-ranking';
import { describeWarnings } from '@renderer/pages/dashboard/shape/warnings';

/** A unit's entry in a target's breakdown; without an allocation unless `target` is given. */
function unitEntry(unitId: number, name: string, fields: Partial<UnitEvaluation> = {}): UnitEvaluation {
  return {
    unitId,
    code: `U${unitId}`,
    name,
    ytd: null,
    target: null,
    max: null,
    annualLevel: null,
    percentOfPlan: null,
    completion: null,
    status: null,
    estimated: false,
    completeness: 'complete',
    achieved: null,
    ...fields,
  };
}

/** A whole-area target's evaluation, as the core returns it, with only the fields a test names filled in. */
function evaluation(targetId: number, indicator: string, fields: Partial<TargetEvaluation> = {}): TargetEvaluation {
  return {
    targetId,
    indicatorId: targetId,
    indicator,
    group: 'kinh_te',
    kind: 'flow',
    unit: null,
    areaOnly: false,
    decimals: 0,
    comparator: 'gte',
    target: null,
    max: null,
    changeMode: null,
    periodValue: null,
    ytd: null,
    numerator: null,
    denominator: null,
    latestQuarter: null,
    achieved: null,
    completeness: 'complete',
    estimated: false,
    baseline: null,
    annualLevel: null,
    expected: null,
    expectedShare: null,
    phasing: null,
    percentOfPlan: null,
    completion: null,
    notAggregable: null,
    samePeriodLastYear: null,
    samePeriodLastYearEstimated: false,
    changeFromLastYear: null,
    percentOfLastYear: null,
    projection: null,
    status: 'chua_co_so_lieu',
    unjudgedReason: null,
    units: [],
    unitsAchieved: null,
    notAggregableUnits: [],
    ...fields,
  };
}

// Mỹ Tú's rice at Quý II 2023, three communes with their own allocations (figures from the demo district).
const rice = evaluation(2, 'Sản lượng lúa', {
  unit: 'tấn',
  target: 320080,
  annualLevel: 320080,
  periodValue: 37942,
  ytd: 176121,
  expected: 178215.58530914018,
  percentOfPlan: 55.024056485878525,
  samePeriodLastYear: 169292,
  percentOfLastYear: 104.03385865841268,
  estimated: true,
  status: 'cham',
  units: [
    unitEntry(1, 'Thị trấn Huỳnh Hữu Nghĩa', {
      ytd: 6811,
      target: 12803,
      percentOfPlan: (6811 / 12803) * 100, // 53,198…
      status: 'cham',
      estimated: true,
    }),
    unitEntry(2, 'Xã Long Hưng', {
      ytd: 24470,
      target: 44811,
      percentOfPlan: (24470 / 44811) * 100, // 54,607…
      status: 'cham',
      estimated: true,
    }),
    unitEntry(9, 'Xã Thuận Hưng', {
      ytd: 22996,
      target: 38410,
      percentOfPlan: (22996 / 38410) * 100, // 59,870…
      status: 'dung_tien_do',
      estimated: true,
    }),
  ],
});

// Communes meeting the new-rural standard: per unit a yes/no figure; the retired Xã Hưng Phú (id 3) still reported.
const newRural = evaluation(10, 'Xây dựng nông thôn mới – số xã đạt chuẩn', {
  kind: 'unit_count',
  unit: 'xã',
  target: 7,
  ytd: 6,
  periodValue: 6,
  percentOfPlan: (6 / 7) * 100,
  samePeriodLastYear: 6,
  percentOfLastYear: 100,
  status: 'cham',
  units: [
    unitEntry(1, 'Thị trấn Huỳnh Hữu Nghĩa', { ytd: 0, achieved: false }),
    unitEntry(3, 'Xã Hưng Phú', { ytd: 1, achieved: true }),
    unitEntry(9, 'Xã Thuận Hưng', { ytd: 1, achieved: true }),
  ],
});

// Malnutrition: a rate "dưới 9,4%", lower is better, no allocations.
const malnutrition = evaluation(14, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', {
  group: 'van_hoa_xa_hoi',
  kind: 'rate',
  unit: '%',
  decimals: 1,
  comparator: 'lte',
  target: 9.4,
  annualLevel: 9.4,
  expected: 9.4,
  ytd: 9.012318997190404,
  periodValue: 9.012318997190404,
  percentOfPlan: 104.30167865707436,
  samePeriodLastYear: 10.279243623570801,
  percentOfLastYear: 87.67492363469937,
  status: 'vuot',
  units: [
    unitEntry(1, 'Thị trấn Huỳnh Hữu Nghĩa', { ytd: 8.062093139709564 }),
    unitEntry(2, 'Xã Long Hưng', { ytd: 8.539799683711124 }),
    unitEntry(9, 'Xã Thuận Hưng', { ytd: 8.15147625160462 }),
  ],
});

// Budget revenue: judged Đạt / Không đạt by the council, whole area only.
const budget = evaluation(13, 'Tổng thu ngân sách Nhà nước', {
  kind: 'qualitative',
  comparator: 'achieve',
  achieved: true,
  estimated: true,
  status: 'dat',
});

// Order as the core sends them: plan order, which here puts a social target between economic ones.
const plan = [rice, malnutrition, newRural, budget];
const councilOrder = [{ id: 1 }, { id: 2 }, { id: 9 }];

describe('the targets table (STT · Chỉ tiêu · ĐVT · KH năm · TH kỳ · Lũy kế · % KH · Cùng kỳ · % so cùng kỳ · Đánh giá)', () => {
  it('groups targets by field in report order and numbers them 1… across fields, as the printed report does', () => {
    const groups = groupTargetRows(plan, 'all');

    expect(groups.map((g) => [g.numeral, g.label])).toEqual([
      ['I', 'Kinh tế'],
      ['II', 'Văn hóa – xã hội'],
    ]);
    expect(groups[0]!.rows.map((r) => [r.stt, r.indicator])).toEqual([
      [1, 'Sản lượng lúa'],
      [2, 'Xây dựng nông thôn mới – số xã đạt chuẩn'],
      [3, 'Tổng thu ngân sách Nhà nước'],
    ]);
    expect(groups[1]!.rows.map((r) => [r.stt, r.indicator])).toEqual([[4, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng']]);
  });

  it("keeps a target's STT and its field's numeral when one field is chosen", () => {
    const groups = groupTargetRows(plan, 'van_hoa_xa_hoi');

    expect(groups).toHaveLength(1);
    expect(groups[0]!.numeral).toBe('II');
    expect(groups[0]!.rows.map((r) => r.stt)).toEqual([4]);
  });

  it("numbers the parts among the plan's own fields: Kinh tế and Quốc phòng – an ninh are I and II", () => {
    const defence = evaluation(30, 'Tuyển quân', { group: 'quoc_phong_an_ninh' });
    expect(groupTargetRows([rice, defence], 'all').map((g) => g.numeral)).toEqual(['I', 'II']);
  });

  it('prints rice the Vietnamese way, with "(ước)" after a year to date that rests on estimates', () => {
    expect(targetRow(rice, 1)).toMatchObject({
      unit: 'tấn',
      plan: '320.080',
      periodValue: '37.942',
      ytd: '176.121 (ước)',
      percentOfPlan: '55,0%',
      samePeriodLastYear: '169.292',
      percentOfLastYear: '104,0%',
      status: 'cham',
      incomplete: false,
    });
  });

  it('flags a year to date that misses some quarter or unit, so a year-end "Không đạt" is read with care', () => {
    const yearEnd = evaluation(2, 'Sản lượng lúa', { ...rice, completeness: 'partial', status: 'khong_dat' });
    expect(targetRow(yearEnd, 1).incomplete).toBe(true);
  });

  it('shows "dưới 9,4%" as ≤ 9,4 at one decimal, so the bare number is not mistaken for a floor', () => {
    expect(targetRow(malnutrition, 4)).toMatchObject({
      plan: '≤ 9,4',
      ytd: '9,0',
      percentOfPlan: '104,3%',
      samePeriodLastYear: '10,3',
      percentOfLastYear: '87,7%',
    });
  });

  it('shows a council-judged target as Đạt, with dashes where it has no number', () => {
    expect(targetRow(budget, 3)).toMatchObject({
      plan: 'Đạt',
      periodValue: 'Đạt',
      ytd: 'Đạt (ước)',
      percentOfPlan: '—',
      samePeriodLastYear: '—',
    });
  });

  it("writes change targets in the plan's words", () => {
    const growth = evaluation(40, 'Giá trị sản xuất', { comparator: 'increase', target: 10, changeMode: 'relative' });
    const poverty = evaluation(41, 'Tỷ lệ hộ nghèo', {
      comparator: 'decrease',
      target: 0.2,
      max: 0.5,
      changeMode: 'points',
      decimals: 2,
    });
    expect(targetRow(growth, 1).plan).toBe('tăng 10%');
    expect(targetRow(poverty, 2).plan).toBe('giảm 0,2 – 0,5 điểm %');
  });

  it('writes a change target with its baseline as the level it leads to, so % KH reads back against it', () => {
    // 160.000 × 1,1 = 176.000; lũy kế 87.581 ÷ 176.000 = 49,8% (issue 13: the row used to show 94,8%).
    const growth = evaluation(40, 'Giá trị sản xuất', {
      comparator: 'increase',
      target: 10,
      changeMode: 'relative',
      baseline: 160000,
      annualLevel: 176000,
      ytd: 87581,
      percentOfPlan: (87581 / 176000) * 100,
    });
    expect(targetRow(growth, 1)).toMatchObject({ plan: '176.000 (tăng 10%)', ytd: '87.581', percentOfPlan: '49,8%' });
  });

  it('says when the whole area cannot be added up, and why; counts a qualitative target unit by unit', () => {
    const poverty = evaluation(41, 'Tỷ lệ hộ nghèo', {
      kind: 'rate',
      notAggregable: { reason: 'missing_denominator', unitIds: [1, 2] },
      notAggregableUnits: ['Thôn A', 'Thôn B'],
    });
    expect(targetRow(poverty, 1)).toMatchObject({
      ytd: 'Không tổng hợp được',
      ytdNote:
        'Tỷ lệ hộ nghèo: chưa tổng hợp được số toàn địa bàn vì các đơn vị chỉ báo tỷ lệ, chưa có mẫu số (Thôn A, Thôn B).',
    });
    const security = evaluation(42, 'Giữ vững an ninh trật tự', {
      kind: 'qualitative',
      comparator: 'achieve',
      unitsAchieved: { achieved: 3, total: 4 },
      percentOfPlan: 75,
    });
    expect(targetRow(security, 2)).toMatchObject({ ytd: '3/4 đơn vị đạt', percentOfPlan: '75,0%' });
  });

  it("sums a field's statuses into its own sentence: Kinh tế has 1 of 3 on track", () => {
    const { counts, sentence } = fieldSummary(plan, 'kinh_te', false);
    expect(counts).toMatchObject({ cham: 2, dat: 1, total: 3, metOrAhead: 1 });
    expect(sentence).toBe('1/3 chỉ tiêu đạt và vượt tiến độ');
  });
});

describe('the units × targets heatmap', () => {
  const heatmap = buildHeatmap(plan, councilOrder, numberTargets(plan));

  it('has a column for each target broken down by unit, in report order; the whole-area-only target has none', () => {
    expect(heatmap.columns.map((c) => [c.stt, c.indicator])).toEqual([
      [1, 'Sản lượng lúa'],
      [2, 'Xây dựng nông thôn mới – số xã đạt chuẩn'],
      [4, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng'],
    ]);
  });

  it('lists units in council order, a unit the council list no longer holds last', () => {
    expect(heatmap.rows.map((r) => r.name)).toEqual([
      'Thị trấn Huỳnh Hữu Nghĩa',
      'Xã Long Hưng',
      'Xã Thuận Hưng',
      'Xã Hưng Phú',
    ]);
  });

  it("prints % of the unit's own target and colours by its status; other cells print the figure uncoloured", () => {
    const town = heatmap.rows[0]!.cells;
    expect(town.map((c) => [c.text, c.tone])).toEqual([
      ['53,2%', 'cham'],
      ['Chưa đạt', 'no_target'],
      ['8,1', 'no_target'],
    ]);
    expect(town[0]!.estimated).toBe(true);
    expect(heatmap.rows[2]!.cells[0]).toMatchObject({ text: '59,9%', tone: 'dung_tien_do', ownTarget: '38.410' });
  });

  it('leaves a blank grey cell where a unit has neither figures nor an allocation', () => {
    const longHung = heatmap.rows[1]!.cells;
    expect(longHung[1]).toMatchObject({ text: '', tone: 'no_data', status: null });
    const hungPhu = heatmap.rows[3]!.cells;
    expect(hungPhu.map((c) => c.tone)).toEqual(['no_data', 'no_target', 'no_data']);
  });

  it('reads as a table with the same numbers, one row per unit and target with figures', () => {
    const rows = heatmapTableRows(heatmap);
    expect(rows).toHaveLength(3 + 2 + 3 + 1);
    expect(rows[0]).toMatchObject({
      unitName: 'Thị trấn Huỳnh Hữu Nghĩa',
      unitRowSpan: 3,
      indicator: '1. Sản lượng lúa',
      ytd: '6.811 (ước)',
      ownTarget: '12.803',
      percent: '53,2%',
      status: 'cham',
    });
    expect(rows[1]!.unitRowSpan).toBe(0);
    expect(rows.find((r) => r.unitName === 'Xã Long Hưng')!.unitRowSpan).toBe(2);
  });
});

describe('the status colour scale', () => {
  it('gives every tone readable text: contrast at least 4,5:1 (WCAG AA)', () => {
    for (const tone of heatmapTones) {
      expect(contrastRatio(toneColors[tone].text, toneColors[tone].background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('paints each status differently', () => {
    const backgrounds = new Set(evaluationStatuses.map((s) => toneColors[s].background));
    expect(backgrounds.size).toBe(evaluationStatuses.length);
  });

  it('tones a cell by status when the unit has its own target, else by whether it has a figure', () => {
    expect(toneOf('vuot', true)).toBe('vuot');
    expect(toneOf(null, true)).toBe('no_target');
    expect(toneOf(null, false)).toBe('no_data');
  });
});

describe('the progress chart of one target', () => {
  // dashboard:series for Mỹ Tú's rice in 2023: figures up to Quý II; Q3 and Q4 repeat the half-year sum.
  const series: IndicatorSeries = {
    targetId: 2,
    points: [
      {
        quarter: 1,
        period: 'Q1',
        ytd: 138179,
        estimated: false,
        expected: 139823.20766445325,
        annualLevel: 320080,
        lastYear: 132822,
      },
      {
        quarter: 2,
        period: 'H1',
        ytd: 176121,
        estimated: true,
        expected: 178215.58530914018,
        annualLevel: 320080,
        lastYear: 169292,
      },
      {
        quarter: 3,
        period: '9M',
        ytd: 176121,
        estimated: true,
        expected: 271975.3087784038,
        annualLevel: 320080,
        lastYear: 258357,
      },
      {
        quarter: 4,
        period: 'Y',
        ytd: 176121,
        estimated: true,
        expected: 320080,
        annualLevel: 320080,
        lastYear: 304053,
      },
    ],
  };

  it('draws the actual only up to the quarter being viewed, marking the estimated point', () => {
    const chart = progressChart(series, rice, 2);
    expect(chart.rows.map((r) => [r.label, r.actual, r.estimated])).toEqual([
      ['Quý I', 138179, false],
      ['Quý II', 176121, true],
      ['Quý III', null, false],
      ['Quý IV', null, false],
    ]);
    expect(chart.rows.map((r) => r.actualText)).toEqual(['138.179', '176.121 (ước)', '—', '—']);
    expect(chart.rows.map((r) => r.afterPeriod)).toEqual([false, false, true, true]);
  });

  it('keeps the expected path, the annual level and last year for the whole year, rounded as the table prints them', () => {
    const chart = progressChart(series, rice, 2);
    expect(chart.rows.map((r) => r.expectedText)).toEqual(['139.823', '178.216', '271.975', '320.080']);
    expect(chart.rows.map((r) => r.lastYearText)).toEqual(['132.822', '169.292', '258.357', '304.053']);
    expect(chart.rows.map((r) => r.annualLevelLabel)).toEqual([null, null, null, 'Kế hoạch năm: 320.080']);
    expect(chart).toMatchObject({ showExpected: true, hasNumbers: true, axisFromZero: true });
  });

  it('hides the expected line of a level (it equals the annual level) and zooms its axis', () => {
    const level: IndicatorSeries = {
      targetId: 14,
      points: ([1, 2, 3, 4] as const).map((quarter) => ({
        quarter,
        period: (['Q1', 'H1', '9M', 'Y'] as const)[quarter - 1]!,
        ytd: 9.012318997190404,
        estimated: quarter > 1,
        expected: 9.4,
        annualLevel: 9.4,
        lastYear: 10.279243623570801,
      })),
    };
    const chart = progressChart(level, malnutrition, 4);
    expect(chart).toMatchObject({ showExpected: false, axisFromZero: false });
    expect(chart.rows.map((r) => r.actualText)).toEqual(['9,0', '9,0 (ước)', '9,0 (ước)', '9,0 (ước)']);
  });

  it('starts the axis of a count of communes at zero', () => {
    expect(progressChart(series, newRural, 2).axisFromZero).toBe(true);
  });

  it('has nothing to draw for a council-judged target', () => {
    const empty: IndicatorSeries = {
      targetId: 13,
      points: ([1, 2, 3, 4] as const).map((quarter) => ({
        quarter,
        period: 'Q1',
        ytd: null,
        estimated: false,
        expected: null,
        annualLevel: null,
        lastYear: null,
      })),
    };
    expect(progressChart(empty, budget, 2).hasNumbers).toBe(false);
  });
});

describe('the units bar chart', () => {
  it("draws each unit's year to date with its own target as a marker and a direct label", () => {
    const bars = unitBars(rice);
    expect(bars.rows.map((r) => [r.name, r.value, r.marker, r.label])).toEqual([
      ['Thị trấn Huỳnh Hữu Nghĩa', 6811, 12803, '6.811 (53,2%)'],
      ['Xã Long Hưng', 24470, 44811, '24.470 (54,6%)'],
      ['Xã Thuận Hưng', 22996, 38410, '22.996 (59,9%)'],
    ]);
    expect(bars).toMatchObject({ chartable: true, hasMarkers: true, yesNo: false });
    expect(bars.rows[0]!.valueText).toBe('6.811 (ước)');
  });

  it('puts no marker on a change allocation ("tăng 10%" is not a level on the axis) but names it in the table', () => {
    const growth = evaluation(40, 'Giá trị sản xuất', {
      comparator: 'increase',
      changeMode: 'relative',
      units: [unitEntry(1, 'Xã A', { ytd: 120, target: 10, status: 'dat', percentOfPlan: 100 })],
    });
    const bar = unitBars(growth).rows[0]!;
    expect(bar.marker).toBeNull();
    expect(bar.ownTargetText).toBe('tăng 10%');
  });

  it('lists communes meeting a standard as Đạt / Chưa đạt instead of 0/1 bars', () => {
    const bars = unitBars(newRural);
    expect(bars).toMatchObject({ chartable: false, yesNo: true });
    expect(bars.rows.map((r) => r.valueText)).toEqual(['Chưa đạt', 'Đạt', 'Đạt']);
  });
});

describe('the ranking of units', () => {
  it("ranks by % of each unit's own target, highest first", () => {
    const ranking = rankUnits(rice);
    expect(ranking.basis).toBe('percent');
    expect(ranking.rows.map((r) => [r.rank, r.name, r.percentText])).toEqual([
      [1, 'Xã Thuận Hưng', '59,9%'],
      [2, 'Xã Long Hưng', '54,6%'],
      [3, 'Thị trấn Huỳnh Hữu Nghĩa', '53,2%'],
    ]);
    expect(ranking.rankedCount).toBe(3);
    expect(ranking.hasOwnTargets).toBe(true);
  });

  it('gives units that print the same % the same rank, and the next unit the rank after both', () => {
    const tied = evaluation(50, 'Giải quyết việc làm mới', {
      units: [
        unitEntry(1, 'A', { ytd: 550.4, target: 1000, percentOfPlan: 55.04 }),
        unitEntry(2, 'B', { ytd: 551.2, target: 1000, percentOfPlan: 55.12 }),
        unitEntry(3, 'C', { ytd: 550.1, target: 1000, percentOfPlan: 55.01 }),
        unitEntry(4, 'D', { ytd: 40 }),
      ],
    });
    // 55,12 → "55,1%"; 55,04 and 55,01 both print "55,0%".
    expect(rankUnits(tied).rows.map((r) => [r.rank, r.name])).toEqual([
      [1, 'B'],
      [2, 'A'],
      [2, 'C'],
      [null, 'D'],
    ]);
    expect(rankUnits(tied).rankedCount).toBe(3);
  });

  it('ranks a lower-is-better rate without allocations by value, lowest first', () => {
    const ranking = rankUnits(malnutrition);
    expect(ranking.basis).toBe('value_lower');
    // No unit has a target of its own: the table leaves out the own-target, % and status columns.
    expect(ranking.hasOwnTargets).toBe(false);
    expect(ranking.rows.map((r) => [r.rank, r.name, r.valueText])).toEqual([
      [1, 'Thị trấn Huỳnh Hữu Nghĩa', '8,1'],
      [2, 'Xã Thuận Hưng', '8,2'],
      [3, 'Xã Long Hưng', '8,5'],
    ]);
  });

  it('puts communes meeting the standard first, without rank numbers', () => {
    const ranking = rankUnits(newRural);
    expect(ranking.basis).toBe('achieved');
    expect(ranking.rows.map((r) => [r.rank, r.name])).toEqual([
      [null, 'Xã Hưng Phú'],
      [null, 'Xã Thuận Hưng'],
      [null, 'Thị trấn Huỳnh Hữu Nghĩa'],
    ]);
  });

  it('does not rank a range target, keeping council order', () => {
    const band = evaluation(60, 'Tỷ trọng nông nghiệp', {
      comparator: 'between',
      units: [unitEntry(2, 'B', { ytd: 40 }), unitEntry(1, 'A', { ytd: 30 })],
    });
    const ranking = rankUnits(band);
    expect(ranking.basis).toBe('none');
    expect(ranking.rows.map((r) => [r.rank, r.name])).toEqual([
      [null, 'B'],
      [null, 'A'],
    ]);
  });
});

describe("a unit's page", () => {
  it('lists every target where Xã Thuận Hưng has an allocation or figures, with its own target, % and rank', () => {
    const detail = unitDetail(plan, 9);
    expect(detail.name).toBe('Xã Thuận Hưng');
    expect(detail.groups.map((g) => g.label)).toEqual(['Kinh tế', 'Văn hóa – xã hội']);
    expect(detail.groups[0]!.rows).toEqual([
      {
        targetId: 2,
        stt: 1,
        indicator: 'Sản lượng lúa',
        unit: 'tấn',
        ownTarget: '38.410',
        ytd: '22.996 (ước)',
        percent: '59,9%',
        status: 'dung_tien_do',
        rank: '1/3',
      },
      {
        targetId: 10,
        stt: 2,
        indicator: 'Xây dựng nông thôn mới – số xã đạt chuẩn',
        unit: 'xã',
        ownTarget: '—',
        ytd: 'Đạt',
        percent: '—',
        status: null,
        rank: '—',
      },
    ]);
    expect(detail.groups[1]!.rows[0]).toMatchObject({ ytd: '8,2', status: null, rank: '2/3' });
    expect(detail.ownCounts).toMatchObject({ dung_tien_do: 1, total: 1 });
  });

  it('finds nothing for a unit no target lists', () => {
    expect(unitDetail(plan, 77)).toMatchObject({ name: null, groups: [] });
  });
});

describe('early warnings', () => {
  const shrimp = evaluation(8, 'Sản lượng tôm nước lợ', { unit: 'tấn' });
  const warnings = [
    {
      kind: 'behind' as const,
      targetId: 8,
      indicator: 'Sản lượng tôm nước lợ',
      ytd: 209,
      expected: 361.441647597254,
      gap: 0.42176005064893957,
    },
    { kind: 'no_figures' as const, unitId: 8, code: 'XA-PM', name: 'Xã Phú Mỹ' },
  ];

  it('says how far behind a target is, with its figures in its unit', () => {
    const list = describeWarnings(warnings, [shrimp, ...plan], 'all');
    expect(list.behind).toEqual([
      { targetId: 8, stt: 1, indicator: 'Sản lượng tôm nước lợ', gap: '42,2%', ytd: '209 tấn', expected: '361 tấn' },
    ]);
    expect(list.silent).toEqual([{ unitId: 8, name: 'Xã Phú Mỹ' }]);
  });

  it("keeps only the chosen field's targets, and always the units without figures", () => {
    const list = describeWarnings(warnings, [shrimp, ...plan], 'van_hoa_xa_hoi');
    expect(list.behind).toEqual([]);
    expect(list.silent).toHaveLength(1);
  });
});

describe('a unit listed only in a later field', () => {
  it('keeps the field numeral of the whole plan: Văn hóa – xã hội stays II', () => {
    const onlySocial = evaluation(14, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', {
      ...malnutrition,
      units: [unitEntry(5, 'Xã Mỹ Tú', { ytd: 10.3 })],
    });
    expect(unitDetail([rice, onlySocial], 5).groups.map((g) => g.numeral)).toEqual(['II']);
  });
});

describe("a unit's cluster", () => {
  const member = (unitId: number, name: string) => ({ unitId, code: `U${unitId}`, name, kind: 'xa' as const });
  const clusters: ClusterOverview[] = [
    {
      id: 1,
      year: 2023,
      name: 'Cụm thi đua số 1',
      kind: 'cum',
      members: [member(1, 'Thị trấn Huỳnh Hữu Nghĩa'), member(2, 'Xã Long Hưng')],
      leaderUnitId: 1,
      deputyUnitId: 2,
      note: null,
      demo: true,
      criteriaCount: 14,
      maxima: { content: 950, bonus: 50, deduction: 50, total: 1000 },
      rounds: [
        { id: 7, period: 'Y', key: '2023-Y' },
        { id: 6, period: 'H1', key: '2023-H1' },
      ],
    },
  ];
  const totals = (total: number, scored: number) => ({
    content: total,
    bonus: 0,
    deduction: 0,
    total,
    scored,
    leaves: 14,
  });
  const card = (unitId: number, rank: number, total: number, scored = 14) =>
    ({ unitId, rank, final: totals(total, scored) }) as RoundView['units'][number];

  it("names the cluster, the unit's role in it, and its rounds with sơ kết before tổng kết", () => {
    expect(clusterOf(clusters, 2)).toEqual({
      clusterId: 1,
      name: 'Cụm thi đua số 1',
      kind: 'cum',
      role: 'deputy',
      rounds: [
        { id: 6, period: 'H1' },
        { id: 7, period: 'Y' },
      ],
    });
    expect(clusterOf(clusters, 1)!.role).toBe('leader');
    expect(clusterOf(clusters, 9)).toBeNull();
  });

  it("reads the unit's rank and final points from a round, and says when it has no scores yet", () => {
    const round = { units: [card(1, 1, 783.8), card(2, 2, 662.905)] };
    expect(roundStanding(round, 2)).toEqual({ scored: true, rank: 2, of: 2, points: '662,91' });
    expect(roundStanding({ units: [card(2, 1, 0, 0)] }, 2)).toEqual({ scored: false });
    expect(roundStanding(round, 9)).toBeNull();
  });
});
