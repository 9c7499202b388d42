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

/** Names compared as the secretary reads them: case, spacing and Unicode composition aside. */
function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return key(a) === key(b);
}

/** Two current units with one name cannot be told apart on any list or document: refused, naming the one there. */
function refuseDuplicateName(ctx: CoreContext, name: string, exceptId?: number): void {
  const twin = ctx.repos.units
    .all()
    .find((unit) => unit.id !== exceptId && unit.validTo === null && sameName(unit.name, name));
  if (twin) throw new AppError('CONFLICT', unitMessages.nameTaken(twin.name, twin.code));
}

export function createUnit(ctx: CoreContext, input: NewUnit): Unit {
  if (input.parentId !== null) requireUnit(ctx, input.parentId);
  return ctx.db.transaction(() => {
    refuseDuplicateName(ctx, input.name);
    return insertUnit(ctx, input);
  })();
}

/**
 * A unit created by mistake is deleted outright, with an audit line; one that anything refers to (figures, targets,
 * awards, clusters, a merge, a parent) is refused by the database's own foreign keys, so no rule list can miss a link.
 */
export function deleteUnit(ctx: CoreContext, input: ChannelParsedInput<'units:delete'>): { deleted: number } {
  return ctx.db.transaction(() => {
    const unit = requireUnit(ctx, input.id);
    try {
      ctx.repos.units.delete(unit.id);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('CONFLICT', unitMessages.inUse(unit.name));
      }
      throw error;
    }
    ctx.repos.audit.record({
      at: isoNow(ctx),
      actor: ctx.actor,
      entity: 'unit',
      entityId: unit.id,
      action: 'delete',
      before: unit,
      after: null,
      reason: input.reason,
    });
    return { deleted: unit.id };
  })();
}

export function renameUnit(ctx: CoreContext, input: ChannelParsedInput<'units:rename'>): Unit {
  return ctx.db.transaction(() => {
    const before = requireUnit(ctx, input.id);
    refuseDuplicateName(ctx, input.name, input.id);
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
