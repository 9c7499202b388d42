import type { ChannelParsedInput } from '@shared/contract';
import type { PlanDetail, PlanSummary } from '@shared/contract/plans';
import type { Plan, PlanWithSource } from '@shared/domain/plan';
import { AppError } from '@shared/errors';
import { catalogMessages, planMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';

export function requirePlan(ctx: CoreContext, id: number): PlanWithSource {
  const plan = ctx.repos.plans.byId(id);
  if (!plan) throw new AppError('NOT_FOUND', planMessages.notFound(id));
  return plan;
}

export function listPlans(ctx: CoreContext, year?: number): PlanSummary[] {
  return ctx.repos.plans
    .all()
    .filter((p) => year === undefined || p.year === year)
    .map((p) => ({ ...p, targetCount: ctx.repos.targets.byPlan(p.id).filter((t) => t.unitId === null).length }));
}

export function getPlanDetail(ctx: CoreContext, id: number): PlanDetail {
  const plan = requirePlan(ctx, id);
  const targets = ctx.repos.targets.byPlan(id);
  const indicatorIds = new Set(targets.map((t) => t.indicatorId));
  return {
    plan,
    targets,
    indicators: ctx.repos.indicators.all().filter((i) => indicatorIds.has(i.id)),
    tasks: ctx.repos.tasks.byPlan(id),
  };
}

/** Each linked movement must exist: a bad id is the secretary's to fix, not an internal error. */
export function requireMovements(ctx: CoreContext, movementIds: readonly number[]): void {
  for (const id of movementIds) {
    if (!ctx.repos.movements.byId(id)) throw new AppError('NOT_FOUND', catalogMessages.movementNotFound(id));
  }
}

export function updatePlan(ctx: CoreContext, input: ChannelParsedInput<'plans:update'>): Plan {
  return ctx.db.transaction(() => {
    const before = requirePlan(ctx, input.id);
    const { id, movementIds, ...fields } = input;
    requireMovements(ctx, movementIds);
    ctx.repos.plans.update(id, fields, isoNow(ctx));
    ctx.repos.plans.replaceMovements(id, movementIds);
    const after = requirePlan(ctx, id);
    audit(ctx, 'plan', id, { ...before, sourceText: undefined }, { ...after, sourceText: undefined });
    return after;
  })();
}

export function deletePlan(ctx: CoreContext, id: number, reason?: string): { deleted: number } {
  return ctx.db.transaction(() => {
    const before = requirePlan(ctx, id);
    for (const target of ctx.repos.targets.byPlan(id)) audit(ctx, 'target', target.id, target, null, reason);
    // Tasks outlive their plan (ON DELETE SET NULL): record that they lost the link.
    for (const task of ctx.repos.tasks.byPlan(id)) audit(ctx, 'task', task.id, task, { ...task, planId: null }, reason);
    ctx.repos.plans.delete(id);
    audit(ctx, 'plan', id, { ...before, sourceText: undefined }, null, reason);
    return { deleted: id };
  })();
}
