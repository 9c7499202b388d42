import type { Indicator } from './indicator';

/** Beyond this a typed figure is floating-point noise, not a decimal the secretary wrote. */
const maxShownDecimals = 4;

/**
 * How many decimals a number was written with (up to four).
 * @example decimalsIn(425.5) === 1
 * @example decimalsIn(320080) === 0
 * @example decimalsIn(0.1 + 0.2) === 1 // floating-point noise is not a decimal
 */
export function decimalsIn(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  for (let decimals = 1; decimals < maxShownDecimals; decimals += 1) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return maxShownDecimals;
}

const perCapita = /đầu người|bình quân|trung bình/i;

/**
 * The fewest decimals an indicator shows by its kind and unit: rates, per-mille, percentages and per-capita or
 * average figures at least one (a poverty rate of 2,65% is not "3%", an income of 14,8 triệu is not "15"); others
 * none.
 * @example minimumDecimals({ kind: 'rate', measureUnit: '%', name: 'Tỷ lệ hộ nghèo' }) === 1
 * @example minimumDecimals({ kind: 'level', measureUnit: 'triệu đồng', name: 'Thu nhập bình quân đầu người' }) === 1
 */
export function minimumDecimals(indicator: Pick<Indicator, 'kind' | 'measureUnit' | 'name'>): number {
  if (indicator.kind === 'rate' || indicator.kind === 'intensity') return 1;
  const unit = indicator.measureUnit?.trim() ?? '';
  if (unit === '%' || unit === '‰') return 1;
  if (indicator.kind === 'level' && perCapita.test(indicator.name)) return 1;
  return 0;
}

/**
 * The decimals an indicator's figures are shown with everywhere (entry grid totals, dashboards, report, exports):
 * its own setting, at least {@link minimumDecimals}, and at least as many as any figure or plan value behind the
 * shown numbers was written with, so that a total always adds up to exactly the parts shown beside it (units
 * 100,5 + 325 print as 425,5, never as 426 next to parts adding to 425,5).
 * @example shownDecimals({ kind: 'flow', decimals: 0, measureUnit: 'tấn', name: 'Sản lượng' }, [100.5, 325]) === 1
 */
export function shownDecimals(
  indicator: Pick<Indicator, 'kind' | 'measureUnit' | 'name' | 'decimals'>,
  values: Iterable<number | null>,
): number {
  let decimals = Math.max(indicator.decimals, minimumDecimals(indicator));
  for (const value of values) if (value !== null) decimals = Math.max(decimals, decimalsIn(value));
  return Math.min(decimals, Math.max(indicator.decimals, maxShownDecimals));
}
