import { describe, expect, it } from 'vitest';
import { rotateLeadership, parseRoundKey } from '@shared/domain/cluster';
import { computeCriterionPoints } from '@shared/scoring/computed';
import { tableMaxima, validateCriteria, type CriterionDraft, type CriterionRow } from '@shared/scoring/criteria';
import { layerTotals, pointsProblem } from '@shared/scoring/points';
import { rankUnits, type RankingEntry } from '@shared/scoring/ranking';

const row = (id: number, level: number, code: string, kind: CriterionRow['kind'], maxPoints: number): CriterionRow => ({
  id,
  level,
  code,
  title: `Tiêu chí ${code}`,
  kind,
  maxPoints,
  link: null,
});

/** 1.000 = 950 content (600 + 350) + 50 bonus, and up to 30 deducted. */
const table: CriterionRow[] = [
  row(1, 1, 'I', 'noi_dung', 950),
  row(2, 2, '1', 'noi_dung', 600),
  row(3, 2, '2', 'noi_dung', 350),
  row(4, 1, 'II', 'thuong', 50),
  row(5, 2, '3', 'thuong', 50),
  row(6, 1, 'III', 'tru', 30),
  row(7, 2, '4', 'tru', 30),
];

describe('scoring table', () => {
  it('reads its scale from the top rows: 1.000 = 950 content + 50 bonus, deductions apart', () => {
    expect(tableMaxima(table)).toEqual({ content: 950, bonus: 50, deduction: 30, total: 1000 });
  });

  it('accepts a table whose groups add up', () => {
    expect(() => validateCriteria(table)).not.toThrow();
  });

  it('refuses a group whose children do not add up to its maximum, naming the group', () => {
    const broken: CriterionDraft[] = table.map((r) => (r.id === 3 ? { ...r, maxPoints: 340 } : r));
    expect(() => validateCriteria(broken)).toThrow('Tổng điểm tối đa các tiêu chí con của "I" là 940');
  });

  it('refuses a child of another kind than its group and a level that jumps', () => {
    expect(() => validateCriteria(table.map((r) => (r.id === 5 ? { ...r, kind: 'noi_dung' } : r)))).toThrow(
      'cùng loại',
    );
    expect(() => validateCriteria([row(1, 1, 'I', 'noi_dung', 10), row(2, 3, '1', 'noi_dung', 10)])).toThrow(
      'lùi vào quá một cấp',
    );
  });
});

describe('totals with bonus and deductions', () => {
  it('adds content and bonus and subtracts deductions, leaving group rows out', () => {
    const totals = layerTotals(
      table,
      new Map([
        [2, 580],
        [3, 330.5],
        [5, 40],
        [7, -10],
      ]),
    );
    expect(totals).toEqual({ content: 910.5, bonus: 40, deduction: -10, total: 940.5, scored: 4, leaves: 4 });
  });

  it('counts an unscored criterion as nothing and says how many are scored', () => {
    const totals = layerTotals(
      table,
      new Map([
        [2, 0.1],
        [3, 0.2],
      ]),
    );
    expect(totals.total).toBe(0.3);
    expect(totals.scored).toBe(2);
  });
});

describe('maxima enforced', () => {
  it('refuses a score above the maximum, naming the unit and the criterion', () => {
    expect(pointsProblem('Xã Long Hưng', table[1]!, 601)).toBe(
      'Xã Long Hưng: điểm tiêu chí 1 "Tiêu chí 1" là 601, vượt điểm tối đa 600.',
    );
  });

  it('refuses a negative score on content and bonus', () => {
    expect(pointsProblem('Xã A', table[4]!, -1)).toMatch(/^Xã A: .*không được âm/);
  });

  it('takes deductions as negative numbers within their maximum', () => {
    expect(pointsProblem('Xã A', table[6]!, -30)).toBeNull();
    expect(pointsProblem('Xã A', table[6]!, 0)).toBeNull();
    expect(pointsProblem('Xã A', table[6]!, 5)).toMatch(/phải ghi số âm/);
    expect(pointsProblem('Xã A', table[6]!, -31)).toMatch(/vượt mức trừ tối đa −30/);
  });
});

describe('criteria computed from target results', () => {
  const proRata = { indicatorId: 1, rule: 'ty_le' as const, zeroBelowPercent: 50 };
  it('gives full points when the target is met, with the explanation', () => {
    expect(computeCriterionPoints(proRata, 20, 'Sản lượng lúa', { completion: 103, status: 'vuot' })).toEqual({
      points: 20,
      explanation: 'Sản lượng lúa đạt 103% kế hoạch → 20/20 điểm',
    });
  });

  it('gives points pro rata below the plan and zero under the floor', () => {
    expect(computeCriterionPoints(proRata, 20, 'Lúa', { completion: 80, status: 'khong_dat' }).points).toBe(16);
    expect(computeCriterionPoints(proRata, 20, 'Lúa', { completion: 49.9, status: 'khong_dat' })).toEqual({
      points: 0,
      explanation: 'Lúa đạt 49,9% kế hoạch, dưới mức 50% → 0/20 điểm',
    });
  });

  it('gives zero for a missed target under the all-or-nothing rule', () => {
    const rule = { indicatorId: 1, rule: 'dat_du_diem' as const, zeroBelowPercent: null };
    expect(computeCriterionPoints(rule, 20, 'Lúa', { completion: 99, status: 'khong_dat' }).points).toBe(0);
  });

  it('leaves the criterion to be scored by hand when the unit has no allocation or no figures', () => {
    expect(computeCriterionPoints(proRata, 20, 'Lúa', undefined).points).toBeNull();
    expect(
      computeCriterionPoints(proRata, 20, 'Lúa', { completion: null, status: 'chua_co_so_lieu' }).points,
    ).toBeNull();
  });
});

describe('ranking with ties', () => {
  const entry = (unitId: number, name: string, finalTotal: number | null, targetsExceeded = 0): RankingEntry => ({
    unitId,
    name,
    finalTotal,
    finalContent: finalTotal ?? 0,
    targetsExceeded,
    targetsMet: targetsExceeded,
  });

  it('ranks by final score, highest first, unscored units last', () => {
    const ranked = rankUnits([entry(1, 'Xã A', 800), entry(2, 'Xã B', null), entry(3, 'Xã C', 900)], []);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, 'Xã C'],
      [2, 'Xã A'],
      [3, 'Xã B'],
    ]);
  });

  it('breaks a tie by more targets exceeded, then by name in Vietnamese order (Đ after D)', () => {
    const ranked = rankUnits(
      [entry(1, 'Xã Đại Hải', 900, 2), entry(2, 'Xã Dương Hòa', 900, 2), entry(3, 'Xã An Ninh', 900, 1)],
      ['nhieu_chi_tieu_vuot'],
    );
    expect(ranked.map((r) => [r.name, r.tieBrokenBy])).toEqual([
      ['Xã Dương Hòa', null],
      ['Xã Đại Hải', 'ten'],
      ['Xã An Ninh', 'nhieu_chi_tieu_vuot'],
    ]);
  });

  it('with no tie rule, a tie is broken by name only', () => {
    const ranked = rankUnits([entry(1, 'Xã B', 900, 5), entry(2, 'Xã A', 900, 0)], []);
    expect(ranked.map((r) => r.name)).toEqual(['Xã A', 'Xã B']);
  });
});

describe('clusters', () => {
  it('rotates the leadership to the next member, wrapping round, the deputy after it', () => {
    expect(rotateLeadership([1, 2, 3], 1)).toEqual({ leaderUnitId: 2, deputyUnitId: 3 });
    expect(rotateLeadership([1, 2, 3], 3)).toEqual({ leaderUnitId: 1, deputyUnitId: 2 });
    expect(rotateLeadership([1, 2, 3], null)).toEqual({ leaderUnitId: 1, deputyUnitId: 2 });
  });

  it('reads round keys', () => {
    expect(parseRoundKey('2023-Y')).toEqual({ year: 2023, period: 'Y' });
    expect(parseRoundKey('2023-h1')).toEqual({ year: 2023, period: 'H1' });
    expect(parseRoundKey('2023-Q2')).toBeNull();
  });
});
