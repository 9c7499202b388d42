import type { ChannelInput } from '@shared/contract';
import type { Plan, Target } from '@shared/domain/plan';

type TargetSaveInput = ChannelInput<'targets:save'>;
type TargetChanges = Partial<Omit<TargetSaveInput, 'id' | 'planId' | 'reason'>>;

function reasonOf(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? {} : { reason: trimmed };
}

/** `targets:save` for an existing target with some fields changed, every other field as stored. */
export function targetUpdateInput(target: Target, changes: TargetChanges, reason?: string): TargetSaveInput {
  return {
    id: target.id,
    planId: target.planId,
    indicatorId: target.indicatorId,
    unitId: target.unitId,
    comparator: target.comparator,
    value: target.value,
    max: target.max,
    changeMode: target.changeMode,
    baselineYear: target.baselineYear,
    baselineValue: target.baselineValue,
    sourceText: target.sourceText,
    phasingMode: target.phasingMode,
    milestones: target.milestones,
    note: target.note,
    ...changes,
    ...reasonOf(reason),
  };
}

/**
 * Allocations copy the whole-area target's form and phasing when they are saved (`targets:saveAllocations`), so after
 * the area target changes, its allocations are saved again with their own values to take the new form.
 */
export function resyncAllocationsInput(
  area: Pick<Target, 'planId' | 'indicatorId'>,
  allocations: readonly Pick<Target, 'unitId' | 'value' | 'max'>[],
  reason?: string,
): ChannelInput<'targets:saveAllocations'> {
  return {
    planId: area.planId,
    indicatorId: area.indicatorId,
    allocations: allocations.flatMap((a) =>
      a.unitId === null ? [] : [{ unitId: a.unitId, value: a.value, max: a.max }],
    ),
    ...reasonOf(reason),
  };
}

/** `plans:update` from a stored plan with some fields changed (the channel takes the whole header every time). */
export function planUpdateInput(
  plan: Plan,
  changes: Partial<Omit<ChannelInput<'plans:update'>, 'id'>> = {},
): ChannelInput<'plans:update'> {
  return {
    id: plan.id,
    number: plan.number,
    issuedOn: plan.issuedOn,
    place: plan.place,
    issuer: plan.issuer,
    title: plan.title,
    theme: plan.theme,
    year: plan.year,
    phases: plan.phases.map((p) => ({ ...p })),
    legalBases: [...plan.legalBases],
    signer: plan.signer,
    status: plan.status,
    movementIds: [...plan.movementIds],
    ...changes,
  };
}
