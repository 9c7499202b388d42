import type { CommendationInput } from '@shared/contract/commendation';
import type { Exemplar } from '@shared/commendation/registry';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { requirePerson, requireUnit } from '../people/service';

export function saveExemplar(
  ctx: CoreContext,
  input: CommendationInput<'exemplars:save'> & { demo?: boolean },
): Exemplar {
  return ctx.db.transaction(() => {
    if (input.personId !== null) requirePerson(ctx, input.personId);
    if (input.unitId !== null) requireUnit(ctx, input.unitId);
    const created = ctx.repos.exemplars.insert({ ...input, demo: input.demo ?? false }, isoNow(ctx));
    audit(ctx, 'exemplar', created.id, null, created);
    return created;
  })();
}
