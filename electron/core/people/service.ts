import type { CommendationInput } from '@shared/contract/commendation';
import type { Person } from '@shared/commendation/registry';
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
