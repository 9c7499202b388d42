import type { AwardHistory } from '@shared/contract/awards';
import type { AwardRecord, AwardStatRow, Person } from '@shared/commendation/registry';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import type { CoreContext } from '../context';
import { requirePerson } from '../people/service';

/** Every title and form of a person, or of a collective, by year with its decision, and their initiatives. */
export function awardHistory(ctx: CoreContext, ref: { personId: number | null; unitId: number | null }): AwardHistory {
  if (ref.personId !== null) {
    const person = requirePerson(ctx, ref.personId);
    return {
      subject: { kind: 'person', id: person.id, name: person.fullName, unitName: person.unitName },
      awards: ctx.repos.awards.byPerson(person.id),
      initiatives: ctx.repos.initiatives.all().filter((i) => i.authorIds.includes(person.id)),
    };
  }
  const unit = ctx.repos.units.byId(ref.unitId!);
  if (!unit) throw new AppError('NOT_FOUND', m.unitMissing(ref.unitId!));
  return {
    subject: { kind: 'unit', id: unit.id, name: unit.name, unitName: unit.name },
    awards: ctx.repos.awards.byUnit(unit.id),
    initiatives: ctx.repos.initiatives.all().filter((i) => i.unitId === unit.id),
  };
}

/** People by name, accents and case ignored ("Nguyen Van A" finds "Nguyễn Văn A"), with their awards. */
export function searchAwards(ctx: CoreContext, query: string): Array<{ person: Person; awards: AwardRecord[] }> {
  return ctx.repos.people.search(query).map((person) => ({ person, awards: ctx.repos.awards.byPerson(person.id) }));
}

/** Counts and prize money by year, title and unit (people count in their unit): for the report's section 4. */
export function awardStats(ctx: CoreContext, year?: number): AwardStatRow[] {
  return ctx.repos.awards.stats(year ?? null);
}
