import type { ChannelParsedInput } from '@shared/contract';
import type { Movement } from '@shared/domain/plan';
import { AppError } from '@shared/errors';
import { catalogMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';

export function listMovements(ctx: CoreContext): Movement[] {
  return ctx.repos.movements.all();
}

export function saveMovement(ctx: CoreContext, input: ChannelParsedInput<'movements:save'>): Movement {
  return ctx.db.transaction(() => {
    const { id, ...fields } = input;
    if (fields.endYear !== null && fields.endYear < fields.startYear) {
      throw new AppError('INVALID_INPUT', catalogMessages.movementYears);
    }
    if (id === undefined) {
      const created = ctx.repos.movements.insert({ ...fields, demo: false }, isoNow(ctx));
      audit(ctx, 'movement', created.id, null, created);
      return created;
    }
    const before = ctx.repos.movements.byId(id);
    if (!before) throw new AppError('NOT_FOUND', catalogMessages.movementNotFound(id));
    const after = ctx.repos.movements.update(id, fields, isoNow(ctx));
    audit(ctx, 'movement', id, before, after);
    return after;
  })();
}

export function deleteMovement(ctx: CoreContext, id: number): { deleted: number } {
  return ctx.db.transaction(() => {
    const before = ctx.repos.movements.byId(id);
    if (!before) throw new AppError('NOT_FOUND', catalogMessages.movementNotFound(id));
    ctx.repos.movements.delete(id);
    audit(ctx, 'movement', id, before, null);
    return { deleted: id };
  })();
}
