import { describe, expect, it } from 'vitest';
import type { Figure } from '@shared/domain/figure';
import { AppError } from '@shared/errors';
import { countStatuses, evaluatePlan, figureYearsNeeded } from '@shared/evaluation/evaluate-plan';
import { indexFigures } from '@shared/evaluation/figure-index';
import { headlineSentence } from '@shared/i18n/vi-evaluation';
import { figure, indicator, quarterly, target, unit } from './builders';

const units = [
  unit(11, 'XA-LH', 'Xã Long Hưng'),
  unit(12, 'XA-HP', 'Xã Hưng Phú'),
  unit(13, 'TT-HHN', 'Thị trấn Huỳnh Hữu Nghĩa', 'thi_tran'),
  unit(14, 'PB-NV', 'Phòng Nội vụ', 'phong_ban'),
];

const indicators = [
  indicator({ id: 1, kind: 'flow', name: 'Sản lượng lúa', measureUnit: 'tấn' }),
  indicator({ id: 2, kind: 'rate', name: 'Tỷ lệ hộ nghèo', measureUnit: '%', direction: 'lower' }),
  indicator({ id: 3, kind: 'qualitative', name: 'Giữ vững ổn định chính trị', group: 'quoc_phong_an_ninh' }),
  indicator({ id: 4, kind: 'unit_count', name: 'Xã đạt chuẩn nông thôn mới', measureUnit: 'xã' }),
  indicator({ id: 5, kind: 'stock', name: 'Tổng đàn gia súc', measureUnit: 'con' }),
];

const targets = [
  target({ id: 101, indicatorId: 1, comparator: 'gte', value: 1000, position: 1, phasingMode: 'linear' }),
  target({ id: 111, indicatorId: 1, unitId: 11, comparator: 'gte', value: 600, position: 1, phasingMode: 'linear' }),
  target({ id: 112, indicatorId: 1, unitId: 12, comparator: 'gte', value: 400, position: 1, phasingMode: 'linear' }),
  target({
    id: 102,
    indicatorId: 2,
    comparator: 'decrease',
    value: 0.5,
    changeMode: 'points',
    baselineValue: 3.2,
    position: 2,
  }),
  target({ id: 103, indicatorId: 3, comparator: 'text', position: 3 }),
  target({ id: 104, indicatorId: 4, comparator: 'gte', value: 2, position: 4 }),
  // Listed last but first in the plan.
  target({ id: 105, indicatorId: 5, comparator: 'gte', value: 500, position: 0 }),
];

const figures: Figure[] = [
  ...quarterly(1, 11, 2023, [100, 300, 150, 100]), // 650 against 600
  ...quarterly(1, 12, 2023, [80, 200, 80, 40]), // 400 against 400
  ...quarterly(1, 13, 2023, [10, 20]), // a town with rice but no allocation
  figure(2, 11, 2023, 4, { numerator: 90, denominator: 3000 }), // 3%
  figure(2, 12, 2023, 4, { numerator: 45, denominator: 2000 }), // 2,25%
  figure(3, null, 2023, 4, { achieved: false }),
  figure(5, 11, 2023, 4, { value: 300 }),
  figure(5, 12, 2023, 4, { value: 250, status: 'uoc' }),
];

const yearEnd = () => evaluatePlan({ year: 2023, period: 'Y', indicators, targets, units, figures });

describe('evaluating a plan', () => {
  it('lists the whole-area targets in the plan’s order with what the CLI prints', () => {
    const result = yearEnd();
    expect(result.targets.map((t) => t.targetId)).toEqual([105, 101, 102, 103, 104]);
    expect(result.periodKey).toBe('2023-Y');
    const rice = result.targets[1]!;
    expect(rice).toMatchObject({
      targetId: 101,
      indicatorId: 1,
      indicator: 'Sản lượng lúa',
      group: 'kinh_te',
      kind: 'flow',
      unit: 'tấn',
      comparator: 'gte',
      target: 1000,
      max: null,
      periodValue: 1080,
      ytd: 1080,
      percentOfPlan: 108,
      expected: 1000,
      samePeriodLastYear: null,
      status: 'vuot',
      estimated: false,
    });
  });

  it('gives each unit with an allocation or with figures its row, territorial units first, alphabetically', () => {
    const rice = yearEnd().targets[1]!;
    expect(rice.units.map((u) => [u.code, u.ytd, u.target, u.status])).toEqual([
      ['TT-HHN', 30, null, null],
      ['XA-HP', 400, 400, 'dat'],
      ['XA-LH', 650, 600, 'vuot'],
    ]);
    expect(rice.units[0]).toMatchObject({ unitId: 13, name: 'Thị trấn Huỳnh Hữu Nghĩa', completeness: 'partial' });
  });

  it('the district poverty rate in the plan is the communes’ Σ poor ÷ Σ households', () => {
    const poverty = yearEnd().targets[2]!;
    // (90 + 45) ÷ (3.000 + 2.000) = 2,7%, a reduction of exactly 0,5 points from 3,2%: Đạt.
    // The mean of the communes' rates, (3 + 2,25) ÷ 2 = 2,625%, would wrongly make it Vượt.
    expect(poverty.ytd).toBeCloseTo(2.7, 12);
    expect(poverty.status).toBe('dat');
    expect(poverty.units.map((u) => [u.code, u.ytd])).toEqual([
      ['XA-HP', expect.closeTo(2.25, 12)],
      ['XA-LH', expect.closeTo(3, 12)],
    ]);
  });

  it('an estimated commune herd marks the district herd estimated', () => {
    const herd = yearEnd().targets[0]!;
    expect(herd).toMatchObject({ ytd: 550, status: 'vuot', estimated: true });
    expect(herd.units.find((u) => u.unitId === 11)?.estimated).toBe(false);
  });

  it('counts statuses; Y of "X/Y" is every target, and targets without figures are named', () => {
    const result = yearEnd();
    expect(result.targets.map((t) => t.status)).toEqual(['vuot', 'vuot', 'dat', 'khong_dat', 'chua_co_so_lieu']);
    expect(result.counts).toEqual({
      vuot: 2,
      dat: 1,
      dung_tien_do: 0,
      cham: 0,
      khong_dat: 1,
      chua_co_so_lieu: 1,
      total: 5,
      withData: 4,
      metOrAhead: 3,
    });
    expect(result.headline).toBe('3/5 chỉ tiêu đạt và vượt (1 chỉ tiêu chưa có số liệu)');
  });

  it('before year end targets on schedule count as met and the sentence says "tiến độ"', () => {
    const h1 = evaluatePlan({ year: 2023, period: 'H1', indicators, targets, units, figures });
    const rice = h1.targets[1]!;
    // Linear: 0,5 × 1.000 = 500 expected; 100 + 300 + 80 + 200 + 10 + 20 = 710.
    expect(rice).toMatchObject({ ytd: 710, expected: 500, status: 'dung_tien_do' });
    expect(h1.counts.metOrAhead).toBe(1);
    expect(h1.headline).toBe('1/5 chỉ tiêu đạt và vượt tiến độ (4 chỉ tiêu chưa có số liệu)');
  });

  it('accepts figures already indexed', () => {
    const indexed = evaluatePlan({
      year: 2023,
      period: 'Y',
      indicators,
      targets,
      units,
      figures: indexFigures(figures),
    });
    expect(indexed.counts).toEqual(yearEnd().counts);
  });

  it('refuses a target whose indicator was not loaded, with a Vietnamese message', () => {
    const run = () => evaluatePlan({ year: 2023, period: 'Y', indicators: [], targets, units, figures });
    expect(run).toThrow(AppError);
    expect(run).toThrow(/Không tìm thấy chỉ số \(mã số 5\)/);
  });
});

describe('summary helpers', () => {
  it('headline: "23/26 chỉ tiêu đạt và vượt" at year end', () => {
    const counts = countStatuses([...Array(20).fill('dat'), ...Array(3).fill('vuot'), ...Array(3).fill('khong_dat')]);
    expect(counts).toMatchObject({ total: 26, metOrAhead: 23, withData: 26 });
    expect(headlineSentence(counts, true)).toBe('23/26 chỉ tiêu đạt và vượt');
  });

  it('loads the year, the year before and each named baseline year', () => {
    expect(figureYearsNeeded(2023, [{ baselineYear: 2020 }, { baselineYear: null }, { baselineYear: 2022 }])).toEqual([
      2020, 2022, 2023,
    ]);
  });
});
