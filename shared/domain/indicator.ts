import type { IndicatorGroup } from './target-form';

/**
 * How an indicator's values add up over quarters and over units (domain §4). Every indicator declares one,
 * because the year-to-date rice output is a sum but the year-to-date poverty rate is not.
 * - flow: an amount of the period (rice output, revenue): quarters add up, units add up;
 * - stock: a count at a date (herd, farmed area): the latest quarter; units add up at that date;
 * - level: a share, an average, a per-capita figure or a growth speed ("nông nghiệp chiếm 38,5%", "thu nhập bình
 *   quân đầu người"): the latest quarter; units do not add up, so the whole area is entered as such;
 * - rate: numerator ÷ denominator (poverty rate): the latest quarter; whole area Σ numerators ÷ Σ denominators, or
 *   the rate entered directly;
 * - intensity: output ÷ area (tạ/ha): Σ numerators ÷ Σ denominators over quarters and units;
 * - unit_count: how many units meet a yes/no standard;
 * - qualitative: Đạt / Không đạt as judged by the council.
 * Whether the figures come from the units or only from the whole area is a separate choice (`areaOnly`).
 */
export const aggregationKinds = ['flow', 'stock', 'level', 'rate', 'intensity', 'unit_count', 'qualitative'] as const;
export type AggregationKind = (typeof aggregationKinds)[number];

export const directions = ['higher', 'lower', 'band'] as const;
/** higher: more is better (output); lower: less is better (poverty rate); band: within a range (structure shares). */
export type Direction = (typeof directions)[number];

export interface Indicator {
  id: number;
  name: string;
  group: IndicatorGroup;
  /** Đơn vị tính: "tấn", "%", "con", "xã". */
  measureUnit: string | null;
  kind: AggregationKind;
  /**
   * "Chỉ toàn địa bàn": figures are entered for the whole area only (industrial output value, the economy's
   * structure), never per unit. The kind still says how its quarters add up.
   */
  areaOnly: boolean;
  /** For rate and intensity: what is counted and over what ("Số hộ nghèo" / "Tổng số hộ"). */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** A rate is numerator ÷ denominator × scale: 100 for %, 1000 for ‰, 1 for a plain ratio. */
  rateScale: number;
  direction: Direction;
  decimals: number;
  demo: boolean;
}

/** The kinds whose value can be entered as a numerator and a denominator. */
export function isRatioKind(kind: AggregationKind): boolean {
  return kind === 'rate' || kind === 'intensity';
}

/**
 * How a period's value is read from its quarters:
 * - sum: the quarters add up (flow);
 * - latest: the latest quarter with figures stands for the period (stock, level, rate, unit_count, qualitative);
 * - ratio_of_sums: Σ numerators ÷ Σ denominators of the quarters (intensity).
 */
export type QuarterRule = 'sum' | 'latest' | 'ratio_of_sums';

/**
 * @example quarterRuleOf('flow') === 'sum'
 * @example quarterRuleOf('level') === 'latest'
 */
export function quarterRuleOf(kind: AggregationKind): QuarterRule {
  if (kind === 'flow') return 'sum';
  if (kind === 'intensity') return 'ratio_of_sums';
  return 'latest';
}

/**
 * How the whole area's value is read from the units in one quarter:
 * - sum: the units add up (flow, stock);
 * - ratio_of_sums: Σ numerators ÷ Σ denominators (rate, intensity), a rate entered directly for the whole area
 *   taking precedence;
 * - count: the units that meet the standard (unit_count);
 * - entered: only a whole-area entry counts (level; qualitative; every area-only indicator).
 * @example areaRuleOf({ kind: 'level', areaOnly: false }) === 'entered'
 */
export type AreaRule = 'sum' | 'ratio_of_sums' | 'count' | 'entered';

export function areaRuleOf(indicator: Pick<Indicator, 'kind' | 'areaOnly'>): AreaRule {
  if (indicator.areaOnly) return 'entered';
  switch (indicator.kind) {
    case 'flow':
    case 'stock':
      return 'sum';
    case 'rate':
    case 'intensity':
      return 'ratio_of_sums';
    case 'unit_count':
      return 'count';
    case 'level':
    case 'qualitative':
      return 'entered';
  }
}

/**
 * Whether the secretary types the whole-area figure herself: always for area-only indicators; for a rate or a level
 * (the official whole-area rate, the economy's structure) and for the council's own Đạt / Không đạt. Flows, stocks,
 * intensities and unit counts are always added up from the units.
 * @example isAreaEntered({ kind: 'rate', areaOnly: false }) === true
 */
export function isAreaEntered(indicator: Pick<Indicator, 'kind' | 'areaOnly'>): boolean {
  return (
    indicator.areaOnly || indicator.kind === 'rate' || indicator.kind === 'level' || indicator.kind === 'qualitative'
  );
}

/** Whether units report this indicator at all (area-only indicators are entered for the whole area only). */
export function isUnitEntered(indicator: Pick<Indicator, 'areaOnly'>): boolean {
  return !indicator.areaOnly;
}

/**
 * A per-cent rate (rateScale 100) or per-mille one (1000): a value above the scale is more than everyone.
 * @example rateCeiling({ kind: 'rate', rateScale: 100 }) === 100
 */
export function rateCeiling(indicator: Pick<Indicator, 'kind' | 'rateScale'>): number | null {
  return indicator.kind === 'rate' && (indicator.rateScale === 100 || indicator.rateScale === 1000)
    ? indicator.rateScale
    : null;
}
