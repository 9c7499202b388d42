import type { ChannelParsedInput } from '@shared/contract';
import type { Target } from '@shared/domain/plan';
import { validateTargetDraft } from '@shared/domain/target-validation';
import { AppError } from '@shared/errors';
import { planMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { requireIndicator } from '../indicators/service';
import { requirePlan } from '../plans/service';
import { requireUnit } from '../units/service';

function requireTarget(ctx: CoreContext, id: number): Target {
  const target = ctx.repos.targets.byId(id);
  if (!target) throw new AppError('NOT_FOUND', planMessages.targetNotFound(id));
  return target;
}

function rethrowDuplicate(error: unknown): never {
  if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError('CONFLICT', planMessages.targetDuplicate, { cause: error });
  }
  throw error;
}

/** Adds or edits one target by hand; audited with the reason the secretary gives. */
export function saveTarget(ctx: CoreContext, input: ChannelParsedInput<'targets:save'>): Target {
  return ctx.db.transaction(() => {
    const { id, reason, ...draft } = input;
    const plan = requirePlan(ctx, draft.planId);
    const indicator = requireIndicator(ctx, draft.indicatorId);
    if (draft.unitId !== null) requireUnit(ctx, draft.unitId);
    const problem = validateTargetDraft(draft, indicator.kind);
    if (problem) throw new AppError('INVALID_INPUT', problem);
    const now = isoNow(ctx);
    try {
      if (id === undefined) {
        const fields = { ...draft, year: plan.year, position: ctx.repos.targets.nextPosition(plan.id) };
        const created = ctx.repos.targets.insert(fields, now);
        audit(ctx, 'target', created.id, null, created, reason);
        return created;
      }
      const before = requireTarget(ctx, id);
      const after = ctx.repos.targets.update(id, { ...draft, year: plan.year, position: before.position }, now);
      audit(ctx, 'target', id, before, after, reason);
      if (after.unitId === null) propagateFormToAllocations(ctx, after, reason, now);
      return after;
    } catch (error) {
      return rethrowDuplicate(error);
    }
  })();
}

/** Unit allocations share their whole-area target's form and phasing; changing one changes them in the same step. */
function propagateFormToAllocations(ctx: CoreContext, area: Target, reason: string | undefined, now: string): void {
  const allocations = ctx.repos.targets
    .byPlan(area.planId)
    .filter((t) => t.indicatorId === area.indicatorId && t.unitId !== null);
  for (const allocation of allocations) {
    const fields = {
      ...allocation,
      comparator: area.comparator,
      changeMode: area.changeMode,
      baselineYear: area.baselineYear,
      phasingMode: area.phasingMode,
      milestones: area.milestones,
      max: area.comparator === 'between' ? (allocation.max ?? area.max) : allocation.max,
    };
    if (JSON.stringify(fields) === JSON.stringify(allocation)) continue;
    const after = ctx.repos.targets.update(allocation.id, fields, now);
    audit(ctx, 'target', allocation.id, allocation, after, reason);
  }
}

export function deleteTarget(ctx: CoreContext, id: number, reason?: string): { deleted: number } {
  return ctx.db.transaction(() => {
    const before = requireTarget(ctx, id);
    // Deleting the whole-area target also removes its unit allocations: they only make sense under it.
    const allocations =
      before.unitId === null
        ? ctx.repos.targets
            .byPlan(before.planId)
            .filter((t) => t.indicatorId === before.indicatorId && t.unitId !== null)
        : [];
    for (const target of [...allocations, before]) {
      ctx.repos.targets.delete(target.id);
      audit(ctx, 'target', target.id, target, null, reason);
    }
    return { deleted: id };
  })();
}

/**
 * Sets each unit's share of a whole-area target (giao chỉ tiêu cho đơn vị). Allocations take the whole-area
 * target's comparator, change mode and phasing; a unit left empty loses its allocation. One transaction.
 */
export function saveAllocations(ctx: CoreContext, input: ChannelParsedInput<'targets:saveAllocations'>): Target[] {
  return ctx.db.transaction(() => {
    const plan = requirePlan(ctx, input.planId);
    const all = ctx.repos.targets.byPlan(plan.id).filter((t) => t.indicatorId === input.indicatorId);
    const area = all.find((t) => t.unitId === null);
    if (!area) throw new AppError('INVALID_INPUT', planMessages.allocationNeedsAreaTarget);
    const indicator = requireIndicator(ctx, input.indicatorId);
    const current = new Map(all.filter((t) => t.unitId !== null).map((t) => [t.unitId!, t]));
    const now = isoNow(ctx);
    for (const allocation of input.allocations) {
      const unit = requireUnit(ctx, allocation.unitId);
      const before = current.get(unit.id);
      current.delete(unit.id);
      if (allocation.value === null) {
        if (before) {
          ctx.repos.targets.delete(before.id);
          audit(ctx, 'target', before.id, before, null, input.reason);
        }
        continue;
      }
      const fields = {
        ...area,
        unitId: unit.id,
        value: allocation.value,
        max: area.comparator === 'between' || area.max !== null ? (allocation.max ?? area.max) : null,
        sourceText: null,
        note: null,
        position: area.position,
      };
      const problem = validateTargetDraft(fields, indicator.kind);
      if (problem) throw new AppError('INVALID_INPUT', `${unit.name}: ${problem}`);
      if (before) {
        const after = ctx.repos.targets.update(before.id, fields, now);
        audit(ctx, 'target', before.id, before, after, input.reason);
      } else {
        const created = ctx.repos.targets.insert(fields, now);
        audit(ctx, 'target', created.id, null, created, input.reason);
      }
    }
    return ctx.repos.targets.byPlan(plan.id).filter((t) => t.indicatorId === input.indicatorId && t.unitId !== null);
  })();
}
