import type { CommendationInput } from '@shared/contract/commendation';
import type { ChannelParsedInput } from '@shared/contract';
import type { Person, Sanction } from '@shared/commendation/registry';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';

export function requirePerson(ctx: CoreContext, id: number): Person {
  const person = ctx.repos.people.byId(id);
  if (!person) throw new AppError('NOT_FOUND', m.personMissing(id));
  return person;
}

/** The unit a person, an initiative or an exemplar belongs to. */
export function requireUnit(ctx: CoreContext, id: number) {
  const unit = ctx.repos.units.byId(id);
  if (!unit) throw new AppError('NOT_FOUND', m.unitMissing(id));
  return unit;
}

export function listPeople(ctx: CoreContext, input: CommendationInput<'people:list'>): Person[] {
  const found = input.query ? ctx.repos.people.search(input.query) : ctx.repos.people.all();
  return input.unitId === undefined ? found : found.filter((p) => p.unitId === input.unitId);
}

export function savePerson(ctx: CoreContext, input: CommendationInput<'people:save'> & { demo?: boolean }): Person {
  return ctx.db.transaction(() => {
    requireUnit(ctx, input.unitId);
    const fields = {
      fullName: input.fullName,
      position: input.position,
      unitId: input.unitId,
      birthDate: input.birthDate,
      gender: input.gender,
      statGroup: input.statGroup,
    };
    if (input.id === undefined) {
      const created = ctx.repos.people.insert({ ...fields, demo: input.demo ?? false }, isoNow(ctx));
      audit(ctx, 'person', created.id, null, created, input.reason);
      return created;
    }
    const before = requirePerson(ctx, input.id);
    const after = ctx.repos.people.update(input.id, fields, isoNow(ctx));
    audit(ctx, 'person', input.id, before, after, input.reason);
    return after;
  })();
}

/** Sanctions of a person or a collective, newest first; all of them without a filter. */
export function listSanctions(ctx: CoreContext, input: ChannelParsedInput<'people:sanctions'>): Sanction[] {
  return ctx.repos.sanctions
    .all()
    .filter(
      (s) =>
        (input.personId === undefined || s.personId === input.personId) &&
        (input.unitId === undefined || s.unitId === input.unitId),
    );
}

function requireSanction(ctx: CoreContext, id: number): Sanction {
  const sanction = ctx.repos.sanctions.byId(id);
  if (!sanction) throw new AppError('NOT_FOUND', m.sanctionMissing(id));
  return sanction;
}

/** Records or corrects a discipline, investigation, inspection or complaint; who it concerns never changes. */
export function saveSanction(
  ctx: CoreContext,
  input: ChannelParsedInput<'people:saveSanction'> & { demo?: boolean },
): Sanction {
  return ctx.db.transaction(() => {
    if (input.personId !== null) requirePerson(ctx, input.personId);
    if (input.unitId !== null) requireUnit(ctx, input.unitId);
    const fields = {
      kind: input.kind,
      fromDate: input.fromDate,
      toDate: input.toDate,
      document: input.document,
      note: input.note,
    };
    if (input.id === undefined) {
      const created = ctx.repos.sanctions.insert(
        { ...fields, personId: input.personId, unitId: input.unitId, demo: input.demo ?? false },
        isoNow(ctx),
      );
      audit(ctx, 'sanction', created.id, null, created, input.reason);
      return created;
    }
    const before = requireSanction(ctx, input.id);
    if (before.personId !== input.personId || before.unitId !== input.unitId) {
      throw new AppError('INVALID_INPUT', m.sanctionSubjectFixed);
    }
    const after = ctx.repos.sanctions.update(input.id, fields, isoNow(ctx));
    audit(ctx, 'sanction', input.id, before, after, input.reason);
    return after;
  })();
}

export function deleteSanction(ctx: CoreContext, input: ChannelParsedInput<'people:deleteSanction'>) {
  return ctx.db.transaction(() => {
    const before = requireSanction(ctx, input.id);
    ctx.repos.sanctions.delete(input.id);
    audit(ctx, 'sanction', input.id, before, null, input.reason);
    return { deleted: true as const };
  })();
}
