/** One version of the base salary (lương cơ sở), đồng per month, from `effectiveFrom`. */
export interface BaseSalaryVersion {
  effectiveFrom: string;
  amount: number;
}

/**
 * The base salary in force on an ISO date: the latest version not after it; null before the first.
 * @example baseSalaryOn([{ effectiveFrom: '2019-07-01', amount: 1490000 }, { effectiveFrom: '2023-07-01', amount: 1800000 }], '2023-06-30') === 1490000
 */
export function baseSalaryOn(versions: readonly BaseSalaryVersion[], isoDate: string): number | null {
  let found: BaseSalaryVersion | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= isoDate && (found === null || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found?.amount ?? null;
}

/**
 * Prize money: the title's multiple × the base salary, rounded to the nearest đồng (multiples have at most
 * two decimals, so amounts are exact in practice).
 * @example prizeAmount(0.3, 1800000) === 540000
 */
export function prizeAmount(multiple: number, baseSalary: number): number {
  return Math.round(multiple * baseSalary);
}
