/** One version of the base salary (lương cơ sở), đồng per month, from `effectiveFrom`, with the decree that set it. */
export interface BaseSalaryVersion {
  effectiveFrom: string;
  amount: number;
  /** "Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2"; empty for an amount the secretary entered without one. */
  legalBasis: string;
  /** False: the value was read only from secondary sources (shown as "chưa đối chiếu văn bản gốc"). */
  confirmed: boolean;
}

/** How prize money is rounded: up to the next 10.000 đ (NĐ 98 Điều 53, NĐ 152 Điều 49), to the nearest, or not. */
export const prizeRoundings = ['ceil10000', 'nearest10000', 'none'] as const;
export type PrizeRounding = (typeof prizeRoundings)[number];

/** The prize rules of a decree, in force from `effectiveFrom` until the next one. */
export interface AwardRegime {
  effectiveFrom: string;
  name: string;
  legalBasis: string;
  rounding: PrizeRounding;
  confirmed: boolean;
}

/** The latest version not after an ISO date, or null before the first. */
function inForce<T extends { effectiveFrom: string }>(versions: readonly T[], isoDate: string): T | null {
  let found: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= isoDate && (found === null || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found;
}

/**
 * The base salary in force on an ISO date: the latest version not after it; null before the first.
 * @example baseSalaryOn([{ effectiveFrom: '2024-07-01', amount: 2340000, … }, { effectiveFrom: '2026-07-01', amount: 2530000, … }], '2026-06-30') === 2340000
 */
export function baseSalaryOn(versions: readonly BaseSalaryVersion[], isoDate: string): number | null {
  return inForce(versions, isoDate)?.amount ?? null;
}

/** The prize regime in force on a decision date; null before the first (amounts are then not rounded). */
export function regimeOn(regimes: readonly AwardRegime[], isoDate: string): AwardRegime | null {
  return inForce(regimes, isoDate);
}

/** A multiple to hundredths, as an integer: multiples have at most two decimals (0,3; 1,5; 4,5; 0,15). */
const hundredths = (multiple: number) => Math.round(multiple * 100);

/**
 * Prize money: the multiple × the base salary, in exact integer arithmetic (0,3 × 2.340.000 is exactly 702.000,
 * never 701.999,99…), then rounded as the regime says: "làm tròn số lên hàng chục nghìn đồng" is up to the next
 * 10.000 đ (NĐ 152/2025 Điều 49 khoản 2).
 * @example prizeAmount(0.3, 2340000, 'ceil10000') === 710000
 * @example prizeAmount(1.5, 2530000, 'ceil10000') === 3800000
 * @example prizeAmount(0.3, 2340000, 'none') === 702000
 */
export function prizeAmount(multiple: number, baseSalary: number, rounding: PrizeRounding): number {
  // In hundredths of a đồng: an exact integer well below 2^53.
  const raw = hundredths(multiple) * Math.round(baseSalary);
  const step = 10_000 * 100;
  switch (rounding) {
    case 'none':
      return Math.round(raw / 100);
    case 'nearest10000':
      return Math.round(raw / step) * 10_000;
    case 'ceil10000':
      return (Math.floor(raw / step) + (raw % step === 0 ? 0 : 1)) * 10_000;
  }
}

/** The product before rounding, shown beside the rounded amount ("0,3 × 2.340.000 = 702.000 → 710.000"). */
export function prizeBeforeRounding(multiple: number, baseSalary: number): number {
  return prizeAmount(multiple, baseSalary, 'none');
}
