import { describe, expect, it } from 'vitest';
import type { Figure } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter, ReportPeriod } from '@shared/domain/period';
import type { Target } from '@shared/domain/plan';
import { evaluateTarget, type TargetResult } from '@shared/evaluation/evaluate-target';
import { indexFigures } from '@shared/evaluation/figure-index';
import { figure, indicator, quarterly, target } from './builders';

function evaluate(t: Target, i: Indicator, figures: Figure[], period: ReportPeriod, year = 2023): TargetResult {
  return evaluateTarget(t, i, { index: indexFigures(figures), year, period });
}

/** A rate for the whole area at one quarter, from two communes' counts. */
function rateAt(indicatorId: number, year: number, quarter: Quarter, counts: [number, number][]): Figure[] {
  return counts.map(([numerator, denominator], i) =>
    figure(indicatorId, 11 + i, year, quarter, { numerator, denominator }),
  );
}

describe('gte: a flow to reach (rice, 320.080 tấn)', () => {
  const rice = indicator({ id: 1, kind: 'flow', measureUnit: 'tấn' });
  const plan = target({ indicatorId: 1, comparator: 'gte', value: 320080 });
  const rice2022 = quarterly(1, 11, 2022, [40000, 136000, 96000, 48000]);

  it('at year end exactly the plan is Đạt, above it Vượt, below it Không đạt', () => {
    const at = (q4: number) => evaluate(plan, rice, quarterly(1, 11, 2023, [40000, 140000, 95000, q4]), 'Y');
    expect(at(45080)).toMatchObject({ ytd: 320080, status: 'dat', percentOfPlan: 100 });
    expect(at(45081).status).toBe('vuot');
    const short = at(45000);
    expect(short.status).toBe('khong_dat');
    // 320.000 ÷ 320.080 = 99,9750%.
    expect(short.percentOfPlan).toBeCloseTo(99.975, 4);
  });

  it('mid-year it is on schedule when at or above the seasonal expectation, behind it otherwise', () => {
    const figures = [...rice2022, ...quarterly(1, 11, 2023, [42000, 138000])];
    const h1 = evaluate(plan, rice, figures, 'H1');
    // Expected 0,55 × 320.080 = 176.044; 180.000 is ahead.
    expect(h1.status).toBe('dung_tien_do');
    expect(h1.ytd).toBe(180000);
    // % KH năm: 180.000 ÷ 320.080 = 56,2359%.
    expect(h1.percentOfPlan).toBeCloseTo(56.2359, 4);
    // Projection 180.000 ÷ 0,55 = 327.272,73.
    expect(h1.projection).toBeCloseTo(327272.7273, 3);
    // Cùng kỳ 2022: 176.000; +4.000, 102,27%.
    expect(h1).toMatchObject({ samePeriodLastYear: 176000, changeFromLastYear: 4000 });
    expect(h1.percentOfLastYear).toBeCloseTo(102.2727, 4);
    const behind = evaluate(plan, rice, [...rice2022, ...quarterly(1, 11, 2023, [42000, 128000])], 'H1');
    // 170.000 < 176.044 although it is more than half of the plan (160.040): seasons matter.
    expect(behind.status).toBe('cham');
  });

  it('a flow that already passed its annual figure before year end is Vượt (flows only add up)', () => {
    const nineMonths = evaluate(plan, rice, quarterly(1, 11, 2023, [45000, 180000, 105000]), '9M');
    expect(nineMonths.status).toBe('vuot');
  });

  it('the quarter’s own value and the year to date differ for a quarterly report', () => {
    const q2 = evaluate(plan, rice, [...rice2022, ...quarterly(1, 11, 2023, [42000, 138000])], 'Q2');
    expect(q2.periodValue).toBe(138000);
    expect(q2.ytd).toBe(180000);
  });

  it('a year to date with Q2 missing is judged on what was reported and flagged partial', () => {
    const result = evaluate(plan, rice, [...rice2022, ...quarterly(1, 11, 2023, [42000, null, 96000])], '9M');
    expect(result.completeness).toBe('partial');
    expect(result.ytd).toBe(138000);
    expect(result.status).toBe('cham');
  });

  it('no figures at all is Chưa có số liệu, not Không đạt', () => {
    const result = evaluate(plan, rice, rice2022, 'Y');
    expect(result).toMatchObject({ status: 'chua_co_so_lieu', unjudgedReason: 'no_figures', ytd: null });
  });

  it('one estimated figure feeding the year to date marks the result estimated', () => {
    const figures = [...rice2022, ...quarterly(1, 11, 2023, [42000]), ...quarterly(1, 11, 2023, [null, 138000], 'uoc')];
    expect(evaluate(plan, rice, figures, 'H1').estimated).toBe(true);
    expect(evaluate(plan, rice, figures, 'Q1').estimated).toBe(false);
  });

  it('an estimated last year marks only the Cùng kỳ column', () => {
    const figures = [...quarterly(1, 11, 2022, [40000, 136000], 'uoc'), ...quarterly(1, 11, 2023, [42000, 138000])];
    const h1 = evaluate({ ...plan, phasingMode: 'linear' }, rice, figures, 'H1');
    expect(h1.samePeriodLastYearEstimated).toBe(true);
    expect(h1.estimated).toBe(false);
  });
});

describe('a level to reach: herd size (stock) and new-rural communes (unit_count)', () => {
  const herd = indicator({ id: 2, kind: 'stock', measureUnit: 'con' });
  const plan = target({ indicatorId: 2, comparator: 'gte', value: 28560 });

  it('before year end a herd already at its annual size is Đạt or Vượt; below it is Chậm, expected being the target', () => {
    expect(evaluate(plan, herd, quarterly(2, 11, 2023, [28000, 28600]), 'H1').status).toBe('vuot');
    expect(evaluate(plan, herd, quarterly(2, 11, 2023, [28000, 28560]), 'H1').status).toBe('dat');
    const behind = evaluate(plan, herd, quarterly(2, 11, 2023, [28600, 28000]), 'H1');
    expect(behind).toMatchObject({ status: 'cham', expected: 28560, projection: 28000, ytd: 28000 });
    // 28.000 ÷ 28.560 = 98,04%.
    expect(behind.percentOfPlan).toBeCloseTo(98.0392, 4);
  });

  it('07 xã đạt chuẩn nông thôn mới counts the communes meeting it', () => {
    const newRural = indicator({ id: 3, kind: 'unit_count', measureUnit: 'xã' });
    const seven = target({ indicatorId: 3, comparator: 'gte', value: 7 });
    const communes = (count: number, quarter: Quarter) =>
      Array.from({ length: 9 }, (_, i) => figure(3, 11 + i, 2023, quarter, { achieved: i < count }));
    expect(evaluate(seven, newRural, communes(7, 4), 'Y')).toMatchObject({ ytd: 7, status: 'dat' });
    expect(evaluate(seven, newRural, communes(8, 4), 'Y').status).toBe('vuot');
    expect(evaluate(seven, newRural, communes(6, 4), 'Y').status).toBe('khong_dat');
    expect(evaluate(seven, newRural, communes(6, 2), 'H1')).toMatchObject({ status: 'cham', expected: 7 });
  });
});

describe('between: "Gia đình văn hóa đạt 90 – 95%"', () => {
  const families = indicator({ id: 4, kind: 'rate', direction: 'higher' });
  const plan = target({ indicatorId: 4, comparator: 'between', value: 90, max: 95 });
  const at = (i: Indicator, cultured: number) => evaluate(plan, i, rateAt(4, 2023, 4, [[cultured, 1000]]), 'Y');

  it('inside the range is Đạt; the plan percentage is against its lower end', () => {
    const inside = at(families, 920);
    expect(inside.status).toBe('dat');
    // 92 ÷ 90 = 102,22%.
    expect(inside.percentOfPlan).toBeCloseTo(102.2222, 4);
    expect(at(families, 950).status).toBe('dat');
  });

  it('beyond the better end by the indicator’s direction is Vượt; a band has no better end', () => {
    expect(at(families, 960).status).toBe('vuot');
    expect(at(families, 890).status).toBe('khong_dat');
    expect(at({ ...families, direction: 'band' }, 960).status).toBe('khong_dat');
    expect(at({ ...families, direction: 'lower' }, 890).status).toBe('vuot');
  });
});

describe('decrease in percentage points: "Tỷ lệ hộ nghèo giảm 0,5 điểm %" from 3,2%', () => {
  const poverty = indicator({ id: 5, kind: 'rate', direction: 'lower' });
  const plan = target({ indicatorId: 5, comparator: 'decrease', value: 0.5, changeMode: 'points', baselineValue: 3.2 });
  const poorAtQ4 = (poor: number, year = 2023) =>
    rateAt(5, year, 4, [
      [poor - 54, 3000],
      [54, 2000],
    ]);

  // % KH is lũy kế ÷ KH năm, the KH năm of a reduction being the level it leads to (2,7%); how much of the planned
  // reduction was achieved is the separate "mức hoàn thành" (issue 13: the old % KH mixed the two).
  it('is met when baseline − actual ≥ 0,5: 2,7% is Đạt (100% KH); 2,6% is Vượt (2,6 ÷ 2,7 = 96,3% KH, 120% of the reduction)', () => {
    // 135 ÷ 5.000 = 2,7%: a reduction of exactly 0,5 points (3,2 − 2,7 = 0,5000000000000004 in floating point).
    const met = evaluate(plan, poverty, poorAtQ4(135), 'Y');
    expect(met.ytd).toBeCloseTo(2.7, 12);
    expect(met.status).toBe('dat');
    expect(met.percentOfPlan).toBeCloseTo(100, 9);
    expect(met.completion).toBeCloseTo(100, 9);
    expect(met.annualLevel).toBeCloseTo(2.7, 12);
    // 130 ÷ 5.000 = 2,6%: 2,6 ÷ 2,7 = 96,30% KH; 0,6 points ÷ 0,5 planned = 120% of the reduction.
    const beyond = evaluate(plan, poverty, poorAtQ4(130), 'Y');
    expect(beyond.status).toBe('vuot');
    expect(beyond.percentOfPlan).toBeCloseTo((2.6 / 2.7) * 100, 9);
    expect(beyond.completion).toBeCloseTo(120, 9);
  });

  it('2,9% is a 0,3-point reduction: 2,9 ÷ 2,7 = 107,4% KH, 60% of the reduction, Không đạt (Chậm before year end)', () => {
    const missed = evaluate(plan, poverty, poorAtQ4(145), 'Y');
    expect(missed.status).toBe('khong_dat');
    expect(missed.percentOfPlan).toBeCloseTo((2.9 / 2.7) * 100, 9);
    expect(missed.completion).toBeCloseTo(60, 9);
    const midYear = evaluate(
      plan,
      poverty,
      rateAt(5, 2023, 2, [
        [91, 3000],
        [54, 2000],
      ]),
      'H1',
    );
    expect(midYear.status).toBe('cham');
  });

  it('without a baseline value, the baseline is last year’s rate computed from the figures', () => {
    const fromFigures = { ...plan, baselineValue: null };
    // 2022 Q4: 160 ÷ 5.000 = 3,2%.
    const result = evaluate(fromFigures, poverty, [...poorAtQ4(160, 2022), ...poorAtQ4(130)], 'Y');
    expect(result.baseline).toBeCloseTo(3.2, 12);
    expect(result.status).toBe('vuot');
  });

  it('a named baseline year is read instead of the year before', () => {
    const from2020 = { ...plan, baselineValue: null, baselineYear: 2020 };
    // 2020: 175 ÷ 5.000 = 3,5% → the plan means at most 3,0%; 2022 (3,2%) is ignored.
    const result = evaluate(from2020, poverty, [...poorAtQ4(175, 2020), ...poorAtQ4(160, 2022), ...poorAtQ4(145)], 'Y');
    expect(result.baseline).toBeCloseTo(3.5, 12);
    expect(result.annualLevel).toBeCloseTo(3.0, 12);
    expect(result.status).toBe('vuot');
  });

  it('with no baseline at all it cannot be judged', () => {
    const result = evaluate({ ...plan, baselineValue: null }, poverty, poorAtQ4(130), 'Y');
    expect(result).toMatchObject({ status: 'chua_co_so_lieu', unjudgedReason: 'no_baseline', percentOfPlan: null });
    expect(result.ytd).toBeCloseTo(2.6, 12);
  });

  it('a baseline computed from estimated figures marks the result estimated', () => {
    const estimated2022 = poorAtQ4(160, 2022).map((f) => ({ ...f, status: 'uoc' as const }));
    const result = evaluate({ ...plan, baselineValue: null }, poverty, [...estimated2022, ...poorAtQ4(130)], 'Y');
    expect(result.estimated).toBe(true);
  });
});

describe('increase relative to a base year: "Giá trị sản xuất tăng 10% so với năm 2022"', () => {
  const output = indicator({ id: 6, kind: 'flow', measureUnit: 'tỷ đồng' });
  const plan = target({
    indicatorId: 6,
    comparator: 'increase',
    value: 10,
    changeMode: 'relative',
    baselineYear: 2022,
  });
  const year2022 = quarterly(6, 11, 2022, [200, 300, 250, 250]);
  const year2023 = (q4: number) => [...year2022, ...quarterly(6, 11, 2023, [240, 300, 260, q4])];

  it('at year end % KH is 1.080 ÷ KH năm 1.100 = 98,2% (8% of the planned 10% growth), Không đạt; 10% Đạt; 12% Vượt', () => {
    const eight = evaluate(plan, output, year2023(280), 'Y');
    expect(eight.ytd).toBe(1080);
    expect(eight.annualLevel).toBeCloseTo(1100, 9);
    expect(eight.percentOfPlan).toBeCloseTo((1080 / 1100) * 100, 9);
    expect(eight.completion).toBeCloseTo(80, 9);
    expect(eight.status).toBe('khong_dat');
    expect(evaluate(plan, output, year2023(300), 'Y').status).toBe('dat');
    expect(evaluate(plan, output, year2023(320), 'Y').status).toBe('vuot');
  });

  it('mid-year the half-year is compared with the baseline’s seasonal share, not with the whole of 2022', () => {
    // 2022 H1 = 500 of 1.000 (share 0,5): expected 0,5 × 1.100 = 550; 540 is 40 ÷ 50 = 80% of the planned growth,
    // and 540 ÷ 1.100 = 49,1% of the year's plan (% KH).
    const h1 = evaluate(plan, output, [...year2022, ...quarterly(6, 11, 2023, [240, 300])], 'H1');
    expect(h1.expected).toBeCloseTo(550, 9);
    expect(h1.percentOfPlan).toBeCloseTo((540 / 1100) * 100, 9);
    expect(h1.completion).toBeCloseTo(80, 9);
    expect(h1.status).toBe('cham');
    const ahead = evaluate(plan, output, [...year2022, ...quarterly(6, 11, 2023, [250, 310])], 'H1');
    expect(ahead.status).toBe('dung_tien_do');
    expect(ahead.percentOfPlan).toBeCloseTo((560 / 1100) * 100, 9);
    expect(ahead.completion).toBeCloseTo(120, 9);
  });

  it('a change target without its change mode cannot be judged', () => {
    const result = evaluate({ ...plan, changeMode: null }, output, year2023(300), 'Y');
    expect(result).toMatchObject({ status: 'chua_co_so_lieu', unjudgedReason: 'no_target_value' });
  });
});

describe('increase within a range: "tổng đàn tăng 5–7%" from 1.000 con', () => {
  const herd = indicator({ id: 7, kind: 'stock' });
  const plan = target({
    indicatorId: 7,
    comparator: 'increase',
    value: 5,
    max: 7,
    changeMode: 'relative',
    baselineValue: 1000,
  });
  const at = (head: number) => evaluate(plan, herd, quarterly(7, 11, 2023, [null, null, null, head]), 'Y');

  it('5–7% is Đạt, above 7% Vượt, under 5% Không đạt', () => {
    expect(at(1060)).toMatchObject({ status: 'dat' });
    // % KH: 1.060 ÷ 1.050 (the level of the range's lower end); 6% ÷ 5% = 120% of the planned growth.
    expect(at(1060).percentOfPlan).toBeCloseTo((1060 / 1050) * 100, 9);
    expect(at(1060).completion).toBeCloseTo(120, 9);
    expect(at(1070).status).toBe('dat');
    expect(at(1080).status).toBe('vuot');
    expect(at(1040).status).toBe('khong_dat');
  });
});

describe('caps: lte, lt and gt', () => {
  const rate = indicator({ id: 8, kind: 'rate', direction: 'lower' });
  const at = (t: Target, numerator: number, period: ReportPeriod = 'Y') =>
    evaluate(t, rate, rateAt(8, 2023, period === 'Y' ? 4 : 2, [[numerator, 1000]]), period);

  it('"bằng hoặc dưới 6%": 6% is Đạt, 5% Vượt (5 ÷ 6 = 83,3% KH; completion 6 ÷ 5 = 120%), 6,5% Không đạt', () => {
    const lte = target({ indicatorId: 8, comparator: 'lte', value: 6 });
    expect(at(lte, 60).status).toBe('dat');
    expect(at(lte, 50).status).toBe('vuot');
    expect(at(lte, 50).percentOfPlan).toBeCloseTo((5 / 6) * 100, 9);
    expect(at(lte, 50).completion).toBeCloseTo(120, 9);
    expect(at(lte, 65).status).toBe('khong_dat');
    expect(at(lte, 65, 'H1').status).toBe('cham');
  });

  it('"dưới 9,4%": under it is Đạt (a strict bound has no Vượt), 9,4% itself is Không đạt', () => {
    const lt = target({ indicatorId: 8, comparator: 'lt', value: 9.4 });
    expect(at(lt, 80).status).toBe('dat');
    expect(at(lt, 94).status).toBe('khong_dat');
  });

  it('"tiêm chủng trên 98%": 98% is Không đạt, 98,5% Đạt', () => {
    const coverage = { ...rate, direction: 'higher' as const };
    const gt = target({ indicatorId: 8, comparator: 'gt', value: 98 });
    expect(evaluate(gt, coverage, rateAt(8, 2023, 4, [[980, 1000]]), 'Y').status).toBe('khong_dat');
    expect(evaluate(gt, coverage, rateAt(8, 2023, 4, [[985, 1000]]), 'Y').status).toBe('dat');
  });
});

// The stated rule (equalityTolerance): "=" is met within ±0,5 of the indicator's unit, 0,5 percentage points here.
// It replaces "half a unit of the last shown decimal", under which 38,3% against "chiếm 38,5%" was Không đạt.
describe('eq: "Nông nghiệp chiếm 38,5%" is met from 38,0% to 39,0%', () => {
  const share = indicator({ id: 9, kind: 'rate', direction: 'band', decimals: 1 });
  const plan = target({ indicatorId: 9, comparator: 'eq', value: 38.5 });
  const at = (i: Indicator, basisPoints: number) =>
    evaluate(plan, i, rateAt(9, 2023, 4, [[basisPoints, 10000]]), 'Y').status;

  it('is Đạt within ±0,5 points (38,0–39,0), Không đạt outside', () => {
    expect(at(share, 3830)).toBe('dat');
    expect(at(share, 3800)).toBe('dat');
    expect(at(share, 3900)).toBe('dat');
    expect(at(share, 3799)).toBe('khong_dat');
    expect(at(share, 3901)).toBe('khong_dat');
  });

  it('is Vượt above it when more is better', () => {
    expect(at({ ...share, direction: 'higher' }, 3901)).toBe('vuot');
    expect(at({ ...share, direction: 'higher' }, 3799)).toBe('khong_dat');
  });
});

describe('zero: "Không để phát sinh hộ nghèo mới"', () => {
  const newPoor = indicator({ id: 10, kind: 'flow', direction: 'lower' });
  const plan = target({ indicatorId: 10, comparator: 'zero' });

  it('no new poor household is Đạt, mid-year and at year end; % KH means nothing', () => {
    expect(evaluate(plan, newPoor, quarterly(10, 11, 2023, [0, 0]), 'H1')).toMatchObject({
      status: 'dat',
      percentOfPlan: null,
    });
    expect(evaluate(plan, newPoor, quarterly(10, 11, 2023, [0, 0, 0, 0]), 'Y').status).toBe('dat');
  });

  it('any new poor household is Chậm before year end and Không đạt at year end', () => {
    expect(evaluate(plan, newPoor, quarterly(10, 11, 2023, [0, 2]), 'H1').status).toBe('cham');
    expect(evaluate(plan, newPoor, quarterly(10, 11, 2023, [0, 2, 0, 0]), 'Y').status).toBe('khong_dat');
  });

  it('no report is not the same as zero', () => {
    expect(evaluate(plan, newPoor, [], 'Y').status).toBe('chua_co_so_lieu');
  });
});

describe('qualitative: "Giữ vững ổn định chính trị"', () => {
  const stability = indicator({ id: 11, kind: 'qualitative' });
  const plan = target({ indicatorId: 11, comparator: 'text' });
  const judged = (achieved: boolean, quarter: Quarter) => [figure(11, null, 2023, quarter, { achieved })];

  it('Đạt when the council recorded Đạt; Không đạt is Chậm before year end and Không đạt at year end', () => {
    expect(evaluate(plan, stability, judged(true, 2), 'H1')).toMatchObject({
      status: 'dat',
      achieved: true,
      percentOfPlan: null,
    });
    expect(evaluate(plan, stability, judged(false, 2), 'H1').status).toBe('cham');
    expect(evaluate(plan, stability, judged(false, 4), 'Y').status).toBe('khong_dat');
    expect(evaluate(plan, stability, [], 'Y')).toMatchObject({
      status: 'chua_co_so_lieu',
      unjudgedReason: 'no_figures',
    });
  });

  it('"Tổng thu ngân sách đạt và vượt chỉ tiêu trên giao" on a numeric indicator is judged on the recorded Đạt', () => {
    const budget = indicator({ id: 12, kind: 'flow', measureUnit: 'tỷ đồng' });
    const achieve = target({ indicatorId: 12, comparator: 'achieve' });
    const figures = [
      ...quarterly(12, 11, 2023, [50, 60]),
      figure(12, null, 2023, 2, { achieved: true, status: 'uoc' }),
    ];
    const result = evaluate(achieve, budget, figures, 'H1');
    expect(result).toMatchObject({ status: 'dat', ytd: 110, estimated: true, percentOfPlan: null });
  });
});
