import type { IndicatorGroup } from './target-form';

/**
 * How an indicator's values add up over quarters and over units (domain §4). Every indicator declares one,
 * because the year-to-date rice output is a sum but the year-to-date poverty rate is not.
 */
export const aggregationKinds = [
  'flow',
  'stock',
  'rate',
  'intensity',
  'unit_count',
  'area_only',
  'qualitative',
] as const;
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
  /** For rate and intensity: what is counted and over what ("Số hộ nghèo" / "Tổng số hộ"). */
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** A rate is numerator ÷ denominator × scale: 100 for %, 1000 for ‰, 1 for a plain ratio. */
  rateScale: number;
  direction: Direction;
  decimals: number;
  demo: boolean;
}

/** The kinds whose value is entered as a numerator and a denominator. */
export function isRatioKind(kind: AggregationKind): boolean {
  return kind === 'rate' || kind === 'intensity';
}
