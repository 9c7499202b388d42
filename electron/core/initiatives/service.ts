import type { CommendationInput } from '@shared/contract/commendation';
import type { Initiative } from '@shared/commendation/registry';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { requirePerson, requireUnit } from '../people/service';

export function listInitiatives(ctx: CoreContext, year?: number): Initiative[] {
  const all = ctx.repos.initiatives.all();
  return year === undefined ? all : all.filter((i) => i.year === year);
}

export function saveInitiative(
  ctx: CoreContext,
  input: CommendationInput<'initiatives:save'> & { demo?: boolean },
): Initiative {
  return ctx.db.transaction(() => {
    for (const personId of input.authorIds) requirePerson(ctx, personId);
    if (input.unitId !== null) requireUnit(ctx, input.unitId);
    const { id, reason, demo, ...fields } = input;
    if (id === undefined) {
      const created = ctx.repos.initiatives.insert({ ...fields, demo: demo ?? false }, isoNow(ctx));
      audit(ctx, 'initiative', created.id, null, created, reason);
      return created;
    }
    const before = ctx.repos.initiatives.byId(id);
    if (!before) throw new AppError('NOT_FOUND', m.initiativeMissing(id));
    const after = ctx.repos.initiatives.update(id, fields, isoNow(ctx));
    audit(ctx, 'initiative', id, before, after, reason);
    return after;
  })();
}
