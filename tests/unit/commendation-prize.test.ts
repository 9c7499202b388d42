import { describe, expect, it } from 'vitest';
import { amountInWords } from '@shared/commendation/amount-in-words';
import { baseSalaryOn, prizeAmount, regimeOn, type AwardRegime } from '@shared/commendation/prize';

// Expected values are the decree's arithmetic (NĐ 152/2025 Điều 49: multiple × lương cơ sở, "làm tròn số lên hàng
// chục nghìn đồng"), worked by hand in coord/research/law-2026.md §1.3, never taken from the code's output.
describe('prize money: multiple × base salary, rounded up to the next 10.000 đ', () => {
  it('LĐTT 0,3 × 2.340.000 = 702.000 rounds up to 710.000 (and is 702.000 unrounded)', () => {
    expect(prizeAmount(0.3, 2_340_000, 'ceil10000')).toBe(710_000);
    expect(prizeAmount(0.3, 2_340_000, 'none')).toBe(702_000);
  });
  it('an exact multiple of 10.000 stays as it is: CSTĐCS 1,0 × 2.340.000 = 2.340.000; 0,3 × 2.000.000 = 600.000', () => {
    expect(prizeAmount(1, 2_340_000, 'ceil10000')).toBe(2_340_000);
    expect(prizeAmount(0.3, 2_000_000, 'ceil10000')).toBe(600_000);
    expect(prizeAmount(0.3, 1_800_000, 'ceil10000')).toBe(540_000);
  });
  it('the table of §1.3 at 2.530.000: 0,3 → 760.000; 0,8 → 2.030.000; 1,5 → 3.800.000; 3,5 → 8.860.000; 4,5 → 11.390.000', () => {
    expect(prizeAmount(0.3, 2_530_000, 'ceil10000')).toBe(760_000);
    expect(prizeAmount(0.6, 2_530_000, 'ceil10000')).toBe(1_520_000);
    expect(prizeAmount(0.8, 2_530_000, 'ceil10000')).toBe(2_030_000);
    expect(prizeAmount(1.5, 2_530_000, 'ceil10000')).toBe(3_800_000);
    expect(prizeAmount(3.5, 2_530_000, 'ceil10000')).toBe(8_860_000);
    expect(prizeAmount(4.5, 2_530_000, 'ceil10000')).toBe(11_390_000);
    expect(prizeAmount(12, 2_530_000, 'ceil10000')).toBe(30_360_000);
  });
  it('nearest rounding, for a province that rounds both ways: 702.000 → 700.000, 3.795.000 → 3.800.000', () => {
    expect(prizeAmount(0.3, 2_340_000, 'nearest10000')).toBe(700_000);
    expect(prizeAmount(1.5, 2_530_000, 'nearest10000')).toBe(3_800_000);
  });
  it('a multiple with two decimals is exact: Giấy khen of a commune chairman 0,15 × 1.490.000 = 223.500 → 230.000', () => {
    expect(prizeAmount(0.15, 1_490_000, 'none')).toBe(223_500);
    expect(prizeAmount(0.15, 1_490_000, 'ceil10000')).toBe(230_000);
  });
});

describe('base salary and decree by the decision date', () => {
  const salaries = [
    { effectiveFrom: '2023-07-01', amount: 1_800_000, legalBasis: '', confirmed: true },
    { effectiveFrom: '2024-07-01', amount: 2_340_000, legalBasis: '', confirmed: true },
    { effectiveFrom: '2026-07-01', amount: 2_530_000, legalBasis: '', confirmed: true },
  ];
  it('30/6/2026 reads 2.340.000 and 1/7/2026 reads 2.530.000', () => {
    expect(baseSalaryOn(salaries, '2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOn(salaries, '2026-07-01')).toBe(2_530_000);
    expect(baseSalaryOn(salaries, '2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn(salaries, '2023-06-30')).toBeNull();
  });
  it('the decree in force: NĐ 98 until 30/6/2025, NĐ 152 from 1/7/2025', () => {
    const regimes: AwardRegime[] = [
      { effectiveFrom: '2024-01-01', name: 'NĐ 98', legalBasis: '', rounding: 'ceil10000', confirmed: true },
      { effectiveFrom: '2025-07-01', name: 'NĐ 152', legalBasis: '', rounding: 'ceil10000', confirmed: true },
    ];
    expect(regimeOn(regimes, '2025-06-30')?.name).toBe('NĐ 98');
    expect(regimeOn(regimes, '2025-07-01')?.name).toBe('NĐ 152');
    expect(regimeOn(regimes, '2023-12-31')).toBeNull();
  });
});

describe('amounts in words, as decisions write "Bằng chữ"', () => {
  it.each([
    [1_800_000, 'Một triệu tám trăm nghìn đồng'],
    [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
    [2_530_000, 'Hai triệu năm trăm ba mươi nghìn đồng'],
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [760_000, 'Bảy trăm sáu mươi nghìn đồng'],
    [3_800_000, 'Ba triệu tám trăm nghìn đồng'],
    [2_030_000, 'Hai triệu không trăm ba mươi nghìn đồng'],
    [1_520_000, 'Một triệu năm trăm hai mươi nghìn đồng'],
    [105_000, 'Một trăm lẻ năm nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [11_390_000, 'Mười một triệu ba trăm chín mươi nghìn đồng'],
    [0, 'Không đồng'],
  ])('%i đ → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });
  it('refuses a negative or fractional amount', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});
