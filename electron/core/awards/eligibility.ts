import type { AwardTitle } from '@shared/commendation/catalogue';
import type { EligibilityList } from '@shared/contract/awards';
import {
  evaluateEligibility,
  holderKey,
  type Candidate,
  type ClusterRankFact,
  type EligibilityFacts,
} from '@shared/commendation/evaluate-eligibility';
import {
  excludesThematic,
  principlesInForce,
  thematicMethods,
  tiePreference,
  type AwardPrinciple,
  type EndedUnitFact,
  type PrincipleFacts,
  type SanctionFact,
  type ThematicFact,
} from '@shared/commendation/principles';
import { proposalDate, rulesInForce, type ProposalPeriod } from '@shared/commendation/rules';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { compareUnits, isUnitActiveOn } from '@shared/domain/unit';
import type { EvaluationStatus } from '@shared/evaluation/status';
import { AppError } from '@shared/errors';
import { commendationMessages as m, eligibilityWords, principleWords } from '@shared/i18n/vi-commendation';
import { localToday, type CoreContext } from '../context';
import { getCouncilLevel } from '../settings/service';
import { roundView } from '../scores/service';
import { evaluateYear } from '../dashboard/summary';

/** A title with its prize version and, for the council's level, who decides it on `onDate`. */
export function requireTitle(ctx: CoreContext, code: string, onDate?: string): AwardTitle {
  const title = ctx.repos.awardTitles.byCode(code, onDate, getCouncilLevel(ctx));
  if (!title) throw new AppError('NOT_FOUND', m.titleMissing(code));
  return title;
}

/**
 * Who may be proposed for a title: people of the units active at the phase's end; for a collective title, those
 * units and also the units that ended during the year (merged, dissolved, retired), so the list says why they are
 * no longer awarded rather than leaving them out in silence.
 */
export function candidatesFor(ctx: CoreContext, title: AwardTitle, year: number, period: ProposalPeriod): Candidate[] {
  const end = proposalDate(year, period);
  const all = ctx.repos.units.all().sort(compareUnits);
  const units = all.filter((u) => isUnitActiveOn(u, end));
  if (title.recipient === 'tap_the') {
    const endedInYear = (u: (typeof all)[number]) =>
      u.validTo !== null && u.validTo > `${year}-01-01` && u.validTo <= end && isUnitActiveOn(u, `${year}-01-01`);
    return all
      .filter((u) => isUnitActiveOn(u, end) || endedInYear(u))
      .map((u) => ({ kind: 'unit', id: u.id, name: u.name, unitId: u.id, unitName: u.name, position: null }));
  }
  const rank = new Map(units.map((u, i) => [u.id, i]));
  return ctx.repos.people
    .all()
    .filter((p) => rank.has(p.unitId))
    .sort(
      (a, b) =>
        rank.get(a.unitId)! - rank.get(b.unitId)! || a.fullName.localeCompare(b.fullName, 'vi', { numeric: true }),
    )
    .map((p) => ({
      kind: 'person',
      id: p.id,
      name: p.fullName,
      unitId: p.unitId,
      unitName: p.unitName,
      position: p.position,
    }));
}

/**
 * Each unit's own targets' statuses at a phase, from `evaluateYear`: the one evaluation the dashboards show,
 * so a figure changed there changes eligibility here.
 */
function targetStatusesAt(ctx: CoreContext, year: number, period: ProposalPeriod) {
  const byUnit = new Map<number, EvaluationStatus[]>();
  for (const target of evaluateYear(ctx, year, period).targets) {
    for (const row of target.units) {
      if (row.status === null) continue;
      const list = byUnit.get(row.unitId) ?? [];
      list.push(row.status);
      byUnit.set(row.unitId, list);
    }
  }
  return byUnit;
}

// --- Cluster-rank rule kind ---
/**
 * Each unit's places in the clusters (cụm, khối) of the year for one round period, from the round's ranking (the
 * one the scoring screens show). A round counts once every member has a final score; until then rank is null.
 */
function clusterRanksAt(ctx: CoreContext, year: number, period: ProposalPeriod) {
  const byUnit = new Map<number, ClusterRankFact[]>();
  for (const cluster of ctx.repos.clusters.byYear(year)) {
    const round = ctx.repos.clusterScores.roundFor(cluster.id, period);
    const view = round ? roundView(ctx, round.id) : null;
    const finished = view !== null && view.units.length > 0 && view.units.every((u) => u.final.scored > 0);
    for (const member of cluster.members) {
      const rank = finished ? (view.units.find((u) => u.unitId === member.unitId)?.rank ?? null) : null;
      const list = byUnit.get(member.unitId) ?? [];
      list.push({ clusterName: cluster.name, rank, of: cluster.members.length });
      byUnit.set(member.unitId, list);
    }
  }
  return byUnit;
}
// --- end cluster-rank rule kind ---

const decisionWords = (a: { decisionNumber: string | null; decisionDate: string | null; decisionText: string }) =>
  a.decisionNumber !== null && a.decisionDate !== null
    ? `Quyết định số ${a.decisionNumber} ngày ${formatVietnameseDate(a.decisionDate)}`
    : a.decisionText;

/**
 * What the principles read: sanctions by holder, the units ended by the phase's end, and for the tie preference who
 * is a woman or a collective with enough women (its members in the people registry, as the member rules count).
 */
function principleFacts(
  ctx: CoreContext,
  year: number,
  period: ProposalPeriod,
  principles: readonly AwardPrinciple[],
  excludedThematic: ReadonlyMap<string, readonly ThematicFact[]>,
): PrincipleFacts {
  const checkDate = proposalDate(year, period);
  const sanctions = new Map<string, SanctionFact[]>();
  for (const s of ctx.repos.sanctions.all()) {
    const key = s.personId !== null ? holderKey('person', s.personId) : holderKey('unit', s.unitId!);
    sanctions.set(key, [...(sanctions.get(key) ?? []), s]);
  }
  const units = ctx.repos.units.all();
  const names = new Map(units.map((u) => [u.id, u.name]));
  const endedUnits = new Map<number, EndedUnitFact>();
  for (const u of units) {
    if (u.validTo === null || u.validTo > checkDate) continue;
    endedUnits.set(u.id, {
      validTo: u.validTo,
      dissolved: u.dissolved,
      mergedIntoName: u.mergedIntoId === null ? null : (names.get(u.mergedIntoId) ?? null),
    });
  }
  const preferred = new Map<string, string>();
  const people = ctx.repos.people.all();
  const tie = tiePreference(principles);
  if (tie) {
    const byUnit = new Map<number, { women: number; total: number }>();
    for (const p of people) {
      if (p.gender === 'nu') preferred.set(holderKey('person', p.id), principleWords.woman);
      const count = byUnit.get(p.unitId) ?? { women: 0, total: 0 };
      byUnit.set(p.unitId, { women: count.women + (p.gender === 'nu' ? 1 : 0), total: count.total + 1 });
    }
    for (const [unitId, { women, total }] of byUnit) {
      const percent = (women / total) * 100;
      if (percent + 1e-9 >= tie.percent) {
        preferred.set(holderKey('unit', unitId), principleWords.womenShare(Math.floor(percent), women, total));
      }
    }
  }
  return {
    principles,
    checkDate,
    today: localToday(ctx),
    reviewFrom: `${year}-01-01`,
    sanctions,
    endedUnits,
    excludedThematic,
    preferred,
  };
}

/**
 * Gathers what the rules and the principles read, for one title, year and phase. For a title the council proposes
 * upward, đột xuất and chuyên đề awards are left out of the titles the rules count (NĐ 152 Điều 4 khoản 3), and
 * listed so the screen says which were left out.
 */
export function eligibilityFacts(
  ctx: CoreContext,
  title: AwardTitle,
  year: number,
  period: ProposalPeriod,
  periodsNeeded: readonly ProposalPeriod[],
  rankPeriodsNeeded: readonly ProposalPeriod[] = [],
): EligibilityFacts {
  const principles = principlesInForce(ctx.repos.awardPrinciples.all(), proposalDate(year, period));
  const leaveOutThematic = excludesThematic(principles, !title.withinCouncil);
  const excludedThematic = new Map<string, ThematicFact[]>();
  const titles = new Map<string, Map<number, Set<string>>>();
  const alreadyAwarded = new Map<number, number>();
  const alreadyDecided = new Set<string>();
  for (const award of ctx.repos.awards.all()) {
    const key = award.personId !== null ? holderKey('person', award.personId) : holderKey('unit', award.unitId);
    if (leaveOutThematic && thematicMethods.has(award.method) && award.titleId !== title.id) {
      if (award.year <= year && award.year >= year - 3) {
        excludedThematic.set(key, [
          ...(excludedThematic.get(key) ?? []),
          { year: award.year, titleName: award.titleName, method: award.method, decision: decisionWords(award) },
        ]);
      }
      continue;
    }
    const years = titles.get(key) ?? new Map<number, Set<string>>();
    titles.set(key, years);
    const codes = years.get(award.year) ?? new Set<string>();
    years.set(award.year, codes);
    codes.add(award.titleCode);
    if (award.titleId === title.id && award.year === year && award.period === period) {
      alreadyAwarded.set(award.unitId, (alreadyAwarded.get(award.unitId) ?? 0) + 1);
      alreadyDecided.add(key);
    }
  }
  const members = new Map<number, number[]>();
  for (const person of ctx.repos.people.all()) {
    const list = members.get(person.unitId) ?? [];
    list.push(person.id);
    members.set(person.unitId, list);
  }
  const initiatives = new Map<
    number,
    Array<{ title: string; year: number; scope: (typeof initiativeRows)[number]['scope'] }>
  >();
  const initiativeRows = ctx.repos.initiatives.all();
  for (const initiative of initiativeRows) {
    for (const personId of initiative.authorIds) {
      const list = initiatives.get(personId) ?? [];
      list.push({ title: initiative.title, year: initiative.year, scope: initiative.scope });
      initiatives.set(personId, list);
    }
  }
  const targetStatuses = new Map(periodsNeeded.map((p) => [p, targetStatusesAt(ctx, year, p)] as const));
  return {
    year,
    period,
    titleCode: title.code,
    recipient: title.recipient,
    titleNames: new Map(ctx.repos.awardTitles.all().map((t) => [t.code, t.name])),
    titles,
    members,
    initiatives,
    targetStatuses,
    alreadyAwarded,
    alreadyDecided,
    clusterRanks: new Map(rankPeriodsNeeded.map((p) => [p, clusterRanksAt(ctx, year, p)] as const)), // cluster rank
    principles: principleFacts(ctx, year, period, principles, excludedThematic),
  };
}

/**
 * Every candidate for a title, eligible or not, with the reasons, by the rules in force at the phase's end.
 * Candidates already in `first` (a proposal's lines, in order) are counted against caps before the others.
 */
export function eligibilityList(
  ctx: CoreContext,
  year: number,
  period: ProposalPeriod,
  titleCode: string,
  first: ReadonlyArray<{ personId: number | null; unitId: number | null }> = [],
): EligibilityList {
  const onDate = proposalDate(year, period);
  const title = requireTitle(ctx, titleCode, onDate);
  const rules = rulesInForce(ctx.repos.awardRules.all(), onDate, period, title.code);
  const periodsNeeded = [
    ...new Set(rules.flatMap((r) => (r.definition.kind === 'targetCompletion' ? [r.definition.period] : []))),
  ];
  const rankPeriodsNeeded = [
    ...new Set(rules.flatMap((r) => (r.definition.kind === 'clusterRank' ? [r.definition.period] : []))),
  ]; // cluster-rank rule kind
  const facts = eligibilityFacts(ctx, title, year, period, periodsNeeded, rankPeriodsNeeded);
  const all = candidatesFor(ctx, title, year, period);
  const keyOf = (c: Candidate) => holderKey(c.kind, c.id);
  const firstKeys = first.map((e) =>
    e.personId !== null ? holderKey('person', e.personId) : holderKey('unit', e.unitId!),
  );
  const byKey = new Map(all.map((c) => [keyOf(c), c]));
  const ordered = [
    ...firstKeys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : [])),
    ...all.filter((c) => !firstKeys.includes(keyOf(c))),
  ];
  const firstCount = ordered.length - all.filter((c) => !firstKeys.includes(keyOf(c))).length;
  return {
    year,
    period,
    title,
    rules,
    principles: [...(facts.principles?.principles ?? [])],
    candidates: evaluateEligibility(ordered, rules, facts, firstCount),
    note: rules.length === 0 ? eligibilityWords.noRules : null,
    upward: title.withinCouncil ? null : principleWords.upward(title.authority),
  };
}
