import { AppError } from '@shared/errors';
import type { ChannelParsedInput } from '@shared/contract';
import { compareUnits, isUnitActiveOn, type Unit } from '@shared/domain/unit';
import { suggestUnitCode } from '@shared/domain/vietnamese-text';
import { unitMessages } from '@shared/i18n/vi-errors';
import { isoNow, localToday, type CoreContext } from '../context';

export function listUnits(ctx: CoreContext, input: ChannelParsedInput<'units:list'>): Unit[] {
  const today = localToday(ctx);
  return ctx.repos.units
    .all()
    .filter((unit) => input.includeRetired || isUnitActiveOn(unit, today))
    .sort(compareUnits);
}

export function requireUnit(ctx: CoreContext, id: number): Unit {
  const unit = ctx.repos.units.byId(id);
  if (!unit) throw new AppError('NOT_FOUND', unitMessages.notFound(id));
  return unit;
}

function uniqueCode(ctx: CoreContext, wanted: string | undefined, name: string): string {
  if (wanted !== undefined) {
    if (ctx.repos.units.byCode(wanted)) throw new AppError('CONFLICT', unitMessages.codeTaken(wanted));
    return wanted;
  }
  const base = suggestUnitCode(name);
  let code = base;
  for (let n = 2; ctx.repos.units.byCode(code); n++) code = `${base}-${n}`;
  return code;
}

type NewUnit = Omit<ChannelParsedInput<'units:create'>, 'code'> & { code?: string | undefined; demo?: boolean };

/** Inserts and audits; callers own the transaction. */
function insertUnit(ctx: CoreContext, input: NewUnit, reason?: string): Unit {
  const now = isoNow(ctx);
  const unit = ctx.repos.units.insert(
    {
      code: uniqueCode(ctx, input.code, input.name),
      name: input.name,
      kind: input.kind,
      parentId: input.parentId,
      validFrom: input.validFrom,
      note: input.note,
      demo: input.demo ?? false,
    },
    now,
  );
  ctx.repos.audit.record({
    at: now,
    actor: ctx.actor,
    entity: 'unit',
    entityId: unit.id,
    action: 'insert',
    before: null,
    after: unit,
    reason,
  });
  return unit;
}

export function createUnit(ctx: CoreContext, input: NewUnit): Unit {
  if (input.parentId !== null) requireUnit(ctx, input.parentId);
  return ctx.db.transaction(() => insertUnit(ctx, input))();
}

export function renameUnit(ctx: CoreContext, input: ChannelParsedInput<'units:rename'>): Unit {
  return ctx.db.transaction(() => {
    const before = requireUnit(ctx, input.id);
    const now = isoNow(ctx);
    ctx.repos.units.rename(input.id, input.name, now);
    const after = requireUnit(ctx, input.id);
    ctx.repos.audit.record({
      at: now,
      actor: ctx.actor,
      entity: 'unit',
      entityId: input.id,
      action: 'update',
      before,
      after,
      reason: input.reason,
    });
    return after;
  })();
}

function endUnit(
  ctx: CoreContext,
  unit: Unit,
  date: string,
  mergedIntoId: number | null,
  reason?: string,
  dissolved = false,
): Unit {
  if (unit.validTo !== null) throw new AppError('CONFLICT', unitMessages.alreadyRetired(unit.name));
  if (unit.validFrom !== null && date <= unit.validFrom)
    throw new AppError('INVALID_INPUT', unitMessages.retireBeforeStart(unit.name));
  const now = isoNow(ctx);
  ctx.repos.units.end(unit.id, date, mergedIntoId, dissolved, now);
  const after = requireUnit(ctx, unit.id);
  ctx.repos.audit.record({
    at: now,
    actor: ctx.actor,
    entity: 'unit',
    entityId: unit.id,
    action: 'update',
    before: unit,
    after,
    reason,
  });
  return after;
}

/**
 * Retiring keeps the unit and its history; it only stops appearing in current lists from `validTo` on. A unit
 * dissolved in a restructuring says so: it is not awarded from then on (TT 15/2025).
 */
export function retireUnit(ctx: CoreContext, input: ChannelParsedInput<'units:retire'>): Unit {
  return ctx.db.transaction(() =>
    endUnit(ctx, requireUnit(ctx, input.id), input.validTo, null, input.reason, input.dissolved),
  )();
}

/**
 * Merging ends each source unit on `date` and points it at the unit that absorbs it (an existing one, or a new one
 * that starts on `date`), so old figures keep their old names and can still be added up under the new unit.
 */
export function mergeUnits(ctx: CoreContext, input: ChannelParsedInput<'units:merge'>): Unit {
  return ctx.db.transaction(() => {
    const sources = input.sourceIds.map((id) => requireUnit(ctx, id));
    const target =
      input.intoId !== undefined
        ? requireUnit(ctx, input.intoId)
        : insertUnit(ctx, { ...input.newUnit!, parentId: null, validFrom: input.date, note: null }, input.reason);
    if (sources.some((s) => s.id === target.id)) throw new AppError('INVALID_INPUT', unitMessages.mergeIntoItself);
    for (const source of sources) endUnit(ctx, source, input.date, target.id, input.reason);
    return target;
  })();
}
