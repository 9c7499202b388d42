import type { ChannelParsedInput } from '@shared/contract';
import type { PlanTask } from '@shared/domain/plan';
import { AppError } from '@shared/errors';
import { planMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { requirePlan } from '../plans/service';
import { requireUnit } from '../units/service';

export function listTasks(ctx: CoreContext, planId?: number): PlanTask[] {
  return planId === undefined ? ctx.repos.tasks.all() : ctx.repos.tasks.byPlan(planId);
}

export function saveTask(ctx: CoreContext, input: ChannelParsedInput<'tasks:save'>): PlanTask {
  return ctx.db.transaction(() => {
    const { id, ...fields } = input;
    if (fields.planId !== null) requirePlan(ctx, fields.planId);
    requireUnit(ctx, fields.unitId);
    if (fields.state === 'hoan_thanh' && fields.completedOn === null) {
      throw new AppError('INVALID_INPUT', planMessages.taskDoneNeedsDate);
    }
    if (id === undefined) {
      const created = ctx.repos.tasks.insert(fields, isoNow(ctx));
      audit(ctx, 'task', created.id, null, created);
      return created;
    }
    const before = ctx.repos.tasks.byId(id);
    if (!before) throw new AppError('NOT_FOUND', planMessages.taskNotFound(id));
    const after = ctx.repos.tasks.update(id, fields, isoNow(ctx));
    audit(ctx, 'task', id, before, after);
    return after;
  })();
}

export function deleteTask(ctx: CoreContext, id: number): { deleted: number } {
  return ctx.db.transaction(() => {
    const before = ctx.repos.tasks.byId(id);
    if (!before) throw new AppError('NOT_FOUND', planMessages.taskNotFound(id));
    ctx.repos.tasks.delete(id);
    audit(ctx, 'task', id, before, null);
    return { deleted: id };
  })();
}
