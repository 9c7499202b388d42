import type { ChannelParsedInput } from '../../../shared/contract';
import type { Indicator } from '../../../shared/domain/indicator';
import type { Movement } from '../../../shared/domain/plan';
import { indicatorGroups } from '../../../shared/domain/target-form';
import { AppError } from '../../../shared/errors';
import { catalogMessages } from '../../../shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from './audit-helpers';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function listIndicators(ctx: CoreContext): Indicator[] {
  return ctx.repos.indicators
    .all()
    .sort(
      (a, b) => indicatorGroups.indexOf(a.group) - indicatorGroups.indexOf(b.group) || collator.compare(a.name, b.name),
    );
}

export function requireIndicator(ctx: CoreContext, id: number): Indicator {
  const indicator = ctx.repos.indicators.byId(id);
  if (!indicator) throw new AppError('NOT_FOUND', catalogMessages.indicatorNotFound(id));
  return indicator;
}

type IndicatorInput = Omit<ChannelParsedInput<'indicators:save'>, 'id'>;

/** Inserts or returns the catalogue entry with the same name and unit; callers own the transaction. */
export function findOrCreateIndicator(ctx: CoreContext, fields: IndicatorInput, demo = false): Indicator {
  const existing = ctx.repos.indicators.byNameAndUnit(fields.name, fields.measureUnit);
  if (existing) return existing;
  const created = ctx.repos.indicators.insert({ ...fields, demo }, isoNow(ctx));
  audit(ctx, 'indicator', created.id, null, created);
  return created;
}

export function saveIndicator(ctx: CoreContext, input: ChannelParsedInput<'indicators:save'>): Indicator {
  return ctx.db.transaction(() => {
    const { id, ...fields } = input;
    const clash = ctx.repos.indicators.byNameAndUnit(fields.name, fields.measureUnit);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', catalogMessages.indicatorExists(fields.name));
    if (id === undefined) {
      const created = ctx.repos.indicators.insert({ ...fields, demo: false }, isoNow(ctx));
      audit(ctx, 'indicator', created.id, null, created);
      return created;
    }
    const before = requireIndicator(ctx, id);
    ctx.repos.indicators.update(id, fields, isoNow(ctx));
    const after = requireIndicator(ctx, id);
    audit(ctx, 'indicator', id, before, after);
    return after;
  })();
}

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
