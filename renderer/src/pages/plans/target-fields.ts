import type { AggregationKind } from '@shared/domain/indicator';
import type { ChangeMode, PhasingMode } from '@shared/domain/plan';
import type { Comparator } from '@shared/domain/target-form';
import { validateTargetDraft } from '@shared/domain/target-validation';
import { readNumberText } from '@renderer/format/number-text';
import { viPlans } from '@renderer/i18n/vi-plans';
import { isChange, takesMax, takesValue } from './options';

/** The form of one target as typed: comparator, the numbers as text, and how a change is measured. */
export interface TargetFieldsValue {
  comparator: Comparator;
  valueText: string;
  maxText: string;
  changeMode: ChangeMode | null;
  baselineYear: number | null;
}

export interface TargetNumbers {
  value: number | null;
  max: number | null;
}

/**
 * Switching the form of a target clears what the new form cannot hold, so a hidden box never sends a stale number:
 * "không để phát sinh" is 0, qualitative targets have no number, only ranges and changes have an upper bound.
 */
export function withComparator<T extends TargetFieldsValue>(fields: T, comparator: Comparator): T {
  return {
    ...fields,
    comparator,
    valueText: comparator === 'zero' ? '0' : takesValue(comparator) ? fields.valueText : '',
    maxText: takesMax(comparator) ? fields.maxText : '',
    changeMode: isChange(comparator) ? fields.changeMode : null,
    baselineYear: isChange(comparator) ? fields.baselineYear : null,
  };
}

/**
 * The numbers of a target, read the Vietnamese way; only the boxes the comparator shows are read.
 * @example targetNumbers({ comparator: 'between', valueText: '90', maxText: '95', … }) → { ok: true, numbers: { value: 90, max: 95 } }
 */
export function targetNumbers(
  fields: TargetFieldsValue,
): { ok: true; numbers: TargetNumbers } | { ok: false; problem: string } {
  if (fields.comparator === 'zero') return { ok: true, numbers: { value: 0, max: null } };
  if (!takesValue(fields.comparator)) return { ok: true, numbers: { value: null, max: null } };
  const value = readNumberText(fields.valueText);
  if (!value.ok) return { ok: false, problem: viPlans.common.invalidNumber(value.text) };
  if (!takesMax(fields.comparator)) return { ok: true, numbers: { value: value.value, max: null } };
  const max = readNumberText(fields.maxText);
  if (!max.ok) return { ok: false, problem: viPlans.common.invalidNumber(max.text) };
  return { ok: true, numbers: { value: value.value, max: max.value } };
}

/** Why the typed target cannot be saved (unreadable number or `validateTargetDraft`), or null. */
export function targetFieldsProblem(
  fields: TargetFieldsValue,
  kind: AggregationKind | undefined,
  phasing: { phasingMode: PhasingMode; milestones: readonly [number, number, number, number] | null } = {
    phasingMode: 'seasonal',
    milestones: null,
  },
): string | null {
  const numbers = targetNumbers(fields);
  if (!numbers.ok) return numbers.problem;
  return validateTargetDraft(
    { ...numbers.numbers, comparator: fields.comparator, changeMode: fields.changeMode, ...phasing },
    kind,
  );
}

/** The target's stored form from what was typed; call only once `targetFieldsProblem` is null. */
export function targetFormFrom(fields: TargetFieldsValue): {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  changeMode: ChangeMode | null;
  baselineYear: number | null;
} {
  const numbers = targetNumbers(fields);
  if (!numbers.ok) throw new RangeError(numbers.problem);
  const change = isChange(fields.comparator);
  return {
    comparator: fields.comparator,
    value: numbers.numbers.value,
    max: numbers.numbers.max,
    changeMode: change ? fields.changeMode : null,
    baselineYear: change ? fields.baselineYear : null,
  };
}
