import type { QuarterTotal } from '@shared/evaluation/aggregate-units';
import { viFigures } from '@renderer/i18n/vi-figures';

/**
 * Why the units' figures make no whole-area total, naming the units, for the total cell's tooltip; null when they do.
 * @example notAggregableReason({ notAggregable: { reason: 'missing_denominator', unitIds: [21] }, … }, names) → 'Không tổng hợp được: … Thôn A …'
 */
export function notAggregableReason(
  total: QuarterTotal | null | undefined,
  names: ReadonlyMap<number | null, string>,
): string | null {
  const blocked = total?.notAggregable ?? null;
  if (blocked === null) return null;
  const units = blocked.unitIds.map((id) => names.get(id) ?? String(id)).join(', ');
  return blocked.reason === 'missing_denominator'
    ? viFigures.grid.missingDenominator(units)
    : viFigures.grid.notAdditive(units);
}
