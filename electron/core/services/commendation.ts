import type { Catalogue, CommendationInput } from '../../../shared/contract/commendation';
import type { Exemplar, Initiative, Person } from '../../../shared/commendation/registry';
import { rulesInForce, type AwardRule } from '../../../shared/commendation/rules';
import { AppError } from '../../../shared/errors';
import { commendationMessages as m } from '../../../shared/i18n/vi-commendation';
import { isoNow, localToday, type CoreContext } from '../context';
import { baseSalaryKey } from '../repositories/awards-base-salary';
import { audit } from './audit-helpers';

/** The catalogue of titles, the base salary and the rules, with what is in force on `onDate` (today by default). */
export function catalogue(ctx: CoreContext, onDate = localToday(ctx)): Catalogue {
  const rules = ctx.repos.awardRules.all();
  const inForce = [
    ...rulesInForce(rules, onDate, 'H1').filter((r) => r.appliesTo === 'H1'),
    ...rulesInForce(rules, onDate, 'Y'),
  ];
  return {
    titles: ctx.repos.awardTitles.all(onDate),
    versions: ctx.repos.awardTitles.versions(),
    baseSalaries: ctx.repos.baseSalaries.all(),
    rules,
    rulesInForce: inForce.sort((a, b) => a.key.localeCompare(b.key)),
  };
}

export function saveTitleVersion(
  ctx: CoreContext,
  input: CommendationInput<'commendation:saveTitleVersion'>,
): Catalogue {
  ctx.db.transaction(() => {
    const title = ctx.repos.awardTitles.byId(input.titleId, input.effectiveFrom);
    if (!title) throw new AppError('NOT_FOUND', m.titleMissing(String(input.titleId)));
    const version = {
      titleId: input.titleId,
      effectiveFrom: input.effectiveFrom,
      authority: input.authority,
      prizeMultiple: input.prizeMultiple,
    };
    const before = ctx.repos.awardTitles
      .versions()
      .find((v) => v.titleId === input.titleId && v.effectiveFrom === input.effectiveFrom);
    ctx.repos.awardTitles.saveVersion(version, isoNow(ctx));
    audit(ctx, 'award_title_version', `${title.code}@${input.effectiveFrom}`, before ?? null, version, input.reason);
  })();
  return catalogue(ctx);
}

export function saveBaseSalary(ctx: CoreContext, input: CommendationInput<'commendation:saveBaseSalary'>): Catalogue {
  ctx.db.transaction(() => {
    const before = ctx.repos.baseSalaries.all().find((v) => v.effectiveFrom === input.effectiveFrom);
    ctx.repos.settings.set(baseSalaryKey, input.amount, isoNow(ctx), input.effectiveFrom);
    audit(
      ctx,
      'setting',
      `${baseSalaryKey}@${input.effectiveFrom}`,
      before?.amount ?? null,
      input.amount,
      input.reason,
    );
  })();
  return catalogue(ctx);
}

/** A new version of a rule from its date; earlier versions stay and still apply to earlier proposals. */
export function saveRule(ctx: CoreContext, input: CommendationInput<'commendation:saveRule'>): Catalogue {
  ctx.db.transaction(() => {
    if (!ctx.repos.awardTitles.byCode(input.titleCode))
      throw new AppError('NOT_FOUND', m.titleMissing(input.titleCode));
    const { reason, ...fields } = input;
    const rule: AwardRule = fields;
    const before = ctx.repos.awardRules.all().find((r) => r.key === rule.key && r.effectiveFrom === rule.effectiveFrom);
    ctx.repos.awardRules.save(rule, isoNow(ctx));
    audit(ctx, 'award_rule', `${rule.key}@${rule.effectiveFrom}`, before ?? null, rule, reason);
  })();
  return catalogue(ctx);
}

export function requirePerson(ctx: CoreContext, id: number): Person {
  const person = ctx.repos.people.byId(id);
  if (!person) throw new AppError('NOT_FOUND', m.personMissing(id));
  return person;
}

function requireUnit(ctx: CoreContext, id: number) {
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
