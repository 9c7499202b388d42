import type { ChannelInput } from '@shared/contract';
import { isRatioKind, type Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import type { Unit } from '@shared/domain/unit';
import { numberText, readNumberText } from '@renderer/format/number-text';
import { viPlans } from '@renderer/i18n/vi-plans';

/** One unit's line in the allocation editor. */
export interface AllocationRow {
  unitId: number;
  unitName: string;
  /** Still holding an allocation although it no longer exists: shown so the secretary can clear it. */
  retired: boolean;
  valueText: string;
  maxText: string;
}

/** Every active unit in the core's order, then any ended unit that still holds an allocation. */
export function allocationRowsFrom(
  activeUnits: readonly Pick<Unit, 'id' | 'name'>[],
  allUnits: readonly Pick<Unit, 'id' | 'name'>[],
  allocations: readonly Pick<Target, 'unitId' | 'value' | 'max'>[],
): AllocationRow[] {
  const byUnit = new Map(allocations.map((a) => [a.unitId, a]));
  const row = (unit: Pick<Unit, 'id' | 'name'>, retired: boolean): AllocationRow => ({
    unitId: unit.id,
    unitName: unit.name,
    retired,
    valueText: numberText(byUnit.get(unit.id)?.value ?? null),
    maxText: numberText(byUnit.get(unit.id)?.max ?? null),
  });
  const active = new Set(activeUnits.map((u) => u.id));
  const ended = allUnits.filter((u) => !active.has(u.id) && byUnit.has(u.id));
  return [...activeUnits.map((u) => row(u, false)), ...ended.map((u) => row(u, true))];
}

/**
 * Whether unit allocations add up to the whole-area figure. Rates and averages do not (the area's rate is
 * Σ numerators ÷ Σ denominators), nor do changes measured in % or percentage points.
 */
export function allocationAdditivity(
  area: Pick<Target, 'comparator' | 'changeMode'>,
  indicator: Pick<Indicator, 'kind'>,
): 'additive' | 'rate' | 'change' {
  if (isRatioKind(indicator.kind)) return 'rate';
  const change = area.comparator === 'increase' || area.comparator === 'decrease';
  if (change && area.changeMode !== 'absolute') return 'change';
  return 'additive';
}

export type AllocationReading =
  | { ok: true; values: Map<number, { value: number | null; max: number | null }>; sum: number; filled: number }
  | { ok: false; problem: string };

/** Reads every box; the sum counts the "từ" values of the units that were given one. */
export function readAllocations(rows: readonly AllocationRow[], withMax: boolean): AllocationReading {
  const values = new Map<number, { value: number | null; max: number | null }>();
  let sum = 0;
  let filled = 0;
  for (const row of rows) {
    const value = readNumberText(row.valueText);
    if (!value.ok) return { ok: false, problem: `${row.unitName}: ${viPlans.common.invalidNumber(value.text)}` };
    const max = withMax ? readNumberText(row.maxText) : { ok: true as const, value: null };
    if (!max.ok) return { ok: false, problem: `${row.unitName}: ${viPlans.common.invalidNumber(max.text)}` };
    values.set(row.unitId, { value: value.value, max: value.value === null ? null : max.value });
    if (value.value !== null) {
      sum += value.value;
      filled += 1;
    }
  }
  // Decimal fractions add with binary noise (0,1 + 0,2); a figure never has more than 6 decimals.
  return { ok: true, values, sum: Math.round(sum * 1e6) / 1e6, filled };
}

/**
 * How the units' total compares with the whole-area target, in words: "Khớp…", "Tổng giao còn thiếu 1.200 tấn…".
 * @example allocationBalance(319000, 320080, 'tấn') === 'Tổng giao còn thiếu 1.080 tấn so với chỉ tiêu toàn địa bàn'
 */
export function allocationBalance(sum: number, areaValue: number, measureUnit: string | null): string {
  const difference = Math.round((sum - areaValue) * 1e6) / 1e6;
  const a = viPlans.allocation;
  if (difference === 0) return a.matches;
  const amount = `${numberText(Math.abs(difference))}${measureUnit ? ` ${measureUnit}` : ''}`;
  return difference < 0 ? a.short(amount) : a.over(amount);
}

/** The contract's payload: every listed unit, blank ones as null so their allocation is removed. */
export function allocationsInput(
  area: Pick<Target, 'planId' | 'indicatorId'>,
  values: ReadonlyMap<number, { value: number | null; max: number | null }>,
  reason: string,
): ChannelInput<'targets:saveAllocations'> {
  const trimmed = reason.trim();
  return {
    planId: area.planId,
    indicatorId: area.indicatorId,
    allocations: [...values].map(([unitId, v]) => ({ unitId, value: v.value, max: v.max })),
    ...(trimmed !== '' && { reason: trimmed }),
  };
}
