import type { Catalogue, CommendationInput } from '@shared/contract/commendation';
import { rulesInForce, type AwardRule } from '@shared/commendation/rules';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import { isoNow, localToday, type CoreContext } from '../context';
import { baseSalaryKey } from './base-salary-repository';
import { audit } from '../audit/audit-helpers';

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
