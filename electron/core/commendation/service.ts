import type { Catalogue, CommendationInput } from '@shared/contract/commendation';
import type { AwardAuthority } from '@shared/commendation/catalogue';
import { principlesInForce, type AwardPrinciple } from '@shared/commendation/principles';
import type { AwardRegime, BaseSalaryVersion } from '@shared/commendation/prize';
import { rulesInForce, type AwardRule } from '@shared/commendation/rules';
import { AppError } from '@shared/errors';
import { commendationMessages as m } from '@shared/i18n/vi-commendation';
import { isoNow, localToday, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { getCouncilLevel } from '../settings/service';

/**
 * The catalogue of titles, the base salary, the decrees, the rules and the principles, with what is in force on
 * `onDate` (today by default) and each title's authority for the council's level.
 */
export function catalogue(ctx: CoreContext, onDate = localToday(ctx)): Catalogue {
  const rules = ctx.repos.awardRules.all();
  const inForce = [
    ...rulesInForce(rules, onDate, 'H1').filter((r) => r.appliesTo === 'H1'),
    ...rulesInForce(rules, onDate, 'Y'),
  ];
  const principles = ctx.repos.awardPrinciples.all();
  const level = getCouncilLevel(ctx);
  return {
    councilLevel: level,
    titles: ctx.repos.awardTitles.all(onDate, level),
    versions: ctx.repos.awardTitles.versions(),
    authorities: ctx.repos.awardAuthorities.all(),
    baseSalaries: ctx.repos.baseSalaries.all(),
    regimes: ctx.repos.awardRegimes.all(),
    rules,
    rulesInForce: inForce.sort((a, b) => a.key.localeCompare(b.key)),
    principles,
    principlesInForce: principlesInForce(principles, onDate),
  };
}

function requireTitleId(ctx: CoreContext, titleId: number) {
  const title = ctx.repos.awardTitles.byId(titleId);
  if (!title) throw new AppError('NOT_FOUND', m.titleMissing(String(titleId)));
  return title;
}

/** A prize multiple from a date, with its citation; earlier versions stay for earlier decisions. */
export function saveTitleVersion(
  ctx: CoreContext,
  input: CommendationInput<'commendation:saveTitleVersion'>,
): Catalogue {
  ctx.db.transaction(() => {
    const title = requireTitleId(ctx, input.titleId);
    const version = {
      titleId: input.titleId,
      effectiveFrom: input.effectiveFrom,
      prizeMultiple: input.prizeMultiple,
      legalBasis: input.legalBasis,
      confirmed: input.confirmed,
    };
    const before = ctx.repos.awardTitles
      .versions()
      .find((v) => v.titleId === input.titleId && v.effectiveFrom === input.effectiveFrom);
    ctx.repos.awardTitles.saveVersion(version, isoNow(ctx));
    audit(ctx, 'award_title_version', `${title.code}@${input.effectiveFrom}`, before ?? null, version, input.reason);
  })();
  return catalogue(ctx);
}

/** Who decides a title at a level from a date: the council itself, or a higher body it proposes to. */
export function saveAuthority(ctx: CoreContext, input: CommendationInput<'commendation:saveAuthority'>): Catalogue {
  ctx.db.transaction(() => {
    const title = requireTitleId(ctx, input.titleId);
    const { reason, ...authority } = input;
    const saved: AwardAuthority = authority;
    const before = ctx.repos.awardAuthorities
      .all()
      .find(
        (a) =>
          a.titleId === saved.titleId &&
          a.councilLevel === saved.councilLevel &&
          a.effectiveFrom === saved.effectiveFrom,
      );
    ctx.repos.awardAuthorities.save(saved, isoNow(ctx));
    audit(
      ctx,
      'award_authority',
      `${title.code}@${saved.councilLevel}@${saved.effectiveFrom}`,
      before ?? null,
      saved,
      reason,
    );
  })();
  return catalogue(ctx);
}

export function saveBaseSalary(ctx: CoreContext, input: CommendationInput<'commendation:saveBaseSalary'>): Catalogue {
  ctx.db.transaction(() => {
    const { reason, ...fields } = input;
    const version: BaseSalaryVersion = fields;
    const before = ctx.repos.baseSalaries.all().find((v) => v.effectiveFrom === input.effectiveFrom);
    ctx.repos.baseSalaries.save(version, isoNow(ctx));
    audit(ctx, 'base_salary', input.effectiveFrom, before ?? null, version, reason);
  })();
  return catalogue(ctx);
}

export function saveRegime(ctx: CoreContext, input: CommendationInput<'commendation:saveRegime'>): Catalogue {
  ctx.db.transaction(() => {
    const { reason, ...fields } = input;
    const regime: AwardRegime = fields;
    const before = ctx.repos.awardRegimes.all().find((r) => r.effectiveFrom === input.effectiveFrom);
    ctx.repos.awardRegimes.save(regime, isoNow(ctx));
    audit(ctx, 'award_regime', input.effectiveFrom, before ?? null, regime, reason);
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

/** A new version of a principle from its date (retire it with active false); older versions still apply before. */
export function savePrinciple(ctx: CoreContext, input: CommendationInput<'commendation:savePrinciple'>): Catalogue {
  ctx.db.transaction(() => {
    const { reason, ...fields } = input;
    const principle: AwardPrinciple = fields;
    const before = ctx.repos.awardPrinciples
      .all()
      .find((p) => p.key === principle.key && p.effectiveFrom === principle.effectiveFrom);
    ctx.repos.awardPrinciples.save(principle, isoNow(ctx));
    audit(ctx, 'award_principle', `${principle.key}@${principle.effectiveFrom}`, before ?? null, principle, reason);
  })();
  return catalogue(ctx);
}
