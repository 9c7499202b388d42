import type { EvaluationStatus } from '../evaluation/status';
import { clusterRankWords } from '../i18n/vi-award-excel';
import { eligibilityWords as w, principleWords, titleAbbreviations } from '../i18n/vi-commendation';
import type { RecipientKind } from './catalogue';
import { principleOutcomes, tiePreference, type PrincipleFacts } from './principles';
import {
  initiativeScopes,
  type AwardRule,
  type InitiativeScope,
  type ProposalPeriod,
  type RuleDefinition,
} from './rules';

/** A person (in a unit) or a collective (a unit), as proposals list them. */
export interface Candidate {
  kind: 'person' | 'unit';
  id: number;
  name: string;
  /** A person's unit, or the collective itself. */
  unitId: number;
  unitName: string;
  position: string | null;
}

/** Everything the rules read, gathered by the service; the evaluation itself is pure. */
export interface EligibilityFacts {
  year: number;
  period: ProposalPeriod;
  titleCode: string;
  recipient: RecipientKind;
  /** Catalogue names by code, for reasons of titles without an abbreviation. */
  titleNames: ReadonlyMap<string, string>;
  /** Titles held by year, keyed `person:12` or `unit:3` (see {@link holderKey}). */
  titles: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>;
  /** Person ids of each unit. */
  members: ReadonlyMap<number, readonly number[]>;
  /** Recognised initiatives by author (person id). */
  initiatives: ReadonlyMap<number, ReadonlyArray<{ title: string; year: number; scope: InitiativeScope }>>;
  /** Each unit's own targets' statuses at a phase (from the dashboards' evaluation); absent: no targets given. */
  targetStatuses: ReadonlyMap<ProposalPeriod, ReadonlyMap<number, readonly EvaluationStatus[]>>;
  /** Recipients per unit already decided for this title, year and phase: caps start from there. */
  alreadyAwarded: ReadonlyMap<number, number>;
  /** Holders (see {@link holderKey}) already decided for this title, year and phase. */
  alreadyDecided: ReadonlySet<string>;
  // --- Cluster-rank rule kind ---
  /** Per round period, each unit's places in its clusters of the year; absent unit: in no cluster that year. */
  clusterRanks?: ReadonlyMap<ProposalPeriod, ReadonlyMap<number, readonly ClusterRankFact[]>>;
  /** The principles every title goes through (NĐ 152 Điều 4, TT 15/2025); absent: none checked. */
  principles?: PrincipleFacts;
}

/** A unit's place in one cluster's round; `rank` null while the round is missing or not every member is scored. */
export interface ClusterRankFact {
  clusterName: string;
  rank: number | null;
  of: number;
}
// --- end cluster-rank rule kind ---

export interface RuleCheck {
  ruleKey: string;
  label: string;
  passed: boolean;
  detail: string;
  /** Passed, but to be read by the council: achievements counted from a date, an award left out, a tie. */
  advisory?: boolean;
}

export interface CandidateEligibility {
  candidate: Candidate;
  eligible: boolean;
  /** Why not, in Vietnamese ("thiếu CSTĐCS năm 2022"); empty when eligible. */
  reasons: string[];
  checks: RuleCheck[];
}

export const holderKey = (kind: Candidate['kind'], id: number) => `${kind}:${id}`;

const scopeRank = (scope: InitiativeScope) => initiativeScopes.indexOf(scope);

function titleName(facts: EligibilityFacts, code: string): string {
  return titleAbbreviations[code] ?? facts.titleNames.get(code) ?? code;
}

function holds(facts: EligibilityFacts, key: string, year: number, code: string): boolean {
  return facts.titles.get(key)?.get(year)?.has(code) ?? false;
}

type Outcome = { passed: boolean; detail: string };

/** Conditions on the candidate alone (caps are counted afterwards, in list order). */
function checkCondition(definition: RuleDefinition, candidate: Candidate, facts: EligibilityFacts): Outcome | null {
  const key = holderKey(candidate.kind, candidate.id);
  switch (definition.kind) {
    case 'consecutiveTitles': {
      const last = facts.year + definition.lastYearOffset;
      const first = last - definition.years + 1;
      const missing: number[] = [];
      for (let y = first; y <= last; y += 1) if (!holds(facts, key, y, definition.title)) missing.push(y);
      const name = titleName(facts, definition.title);
      return missing.length === 0
        ? { passed: true, detail: w.hasTitles(name, first, last) }
        : { passed: false, detail: w.missingTitle(name, missing) };
    }
    case 'anyOfTitles': {
      const last = facts.year + definition.lastYearOffset;
      const first = last - definition.years + 1;
      for (let y = last; y >= first; y -= 1) {
        const held = definition.titles.find((code) => holds(facts, key, y, code));
        if (held !== undefined) return { passed: true, detail: w.hasTitles(titleName(facts, held), y, y) };
      }
      const names = definition.titles.map((code) => titleName(facts, code));
      return { passed: false, detail: w.noneOfTitles(names, first, last) };
    }
    case 'initiative': {
      const last = facts.year + definition.lastYearOffset;
      const first = last - definition.withinYears + 1;
      const found = (candidate.kind === 'person' ? (facts.initiatives.get(candidate.id) ?? []) : [])
        .filter((i) => i.year >= first && i.year <= last && scopeRank(i.scope) >= scopeRank(definition.minScope))
        .sort((a, b) => b.year - a.year)[0];
      return found
        ? { passed: true, detail: w.initiative(found.title, found.scope, found.year) }
        : { passed: false, detail: w.noInitiative(definition.minScope, first, last) };
    }
    case 'membersShare':
    case 'membersAtLeast': {
      const year = facts.year + definition.yearOffset;
      const members = facts.members.get(candidate.unitId) ?? [];
      if (members.length === 0) return { passed: false, detail: w.noMembers };
      const held = members.filter((id) => holds(facts, holderKey('person', id), year, definition.title)).length;
      const name = titleName(facts, definition.title);
      if (definition.kind === 'membersAtLeast') {
        return held >= definition.minCount
          ? { passed: true, detail: w.membersOk(held, name, year) }
          : { passed: false, detail: w.membersTooFew(held, definition.minCount, name, year) };
      }
      const percent = (held / members.length) * 100;
      const shown = Math.floor(percent);
      return percent + 1e-9 >= definition.minPercent
        ? { passed: true, detail: w.membersShareOk(shown, held, members.length, name, year) }
        : { passed: false, detail: w.membersShareLow(shown, held, members.length, name, year, definition.minPercent) };
    }
    case 'targetCompletion': {
      const statuses = facts.targetStatuses.get(definition.period)?.get(candidate.unitId) ?? [];
      if (statuses.length === 0) return { passed: false, detail: w.noTargets(facts.year) };
      const met = statuses.filter((s) => definition.statuses.includes(s)).length;
      const percent = (met / statuses.length) * 100;
      const shown = Math.floor(percent);
      return percent + 1e-9 >= definition.minPercent
        ? { passed: true, detail: w.completionOk(shown, met, statuses.length, definition.period) }
        : { passed: false, detail: w.completionLow(shown, definition.period) };
    }
    // --- Cluster-rank rule kind: the best place among the unit's clusters of the year ---
    case 'clusterRank': {
      const places = facts.clusterRanks?.get(definition.period)?.get(candidate.unitId) ?? [];
      if (places.length === 0) return { passed: false, detail: clusterRankWords.noCluster(facts.year) };
      const ranked = places.filter((p) => p.rank !== null).sort((a, b) => a.rank! - b.rank!);
      const best = ranked[0];
      if (best === undefined) {
        return {
          passed: false,
          detail: clusterRankWords.noRound(places[0]!.clusterName, definition.period, facts.year),
        };
      }
      const detail = clusterRankWords.ranked(best.rank!, best.of, best.clusterName);
      return best.rank! <= definition.maxRank
        ? { passed: true, detail }
        : { passed: false, detail: `${detail} (${clusterRankWords.needed(definition.maxRank)})` };
    }
    case 'shareCap':
    case 'countCap':
      return null;
  }
}

/** How many recipients a cap allows in a unit. */
function capOf(definition: RuleDefinition, unitId: number, facts: EligibilityFacts): number | null {
  if (definition.kind === 'countCap') return definition.maxCount;
  if (definition.kind !== 'shareCap') return null;
  const members = facts.members.get(unitId) ?? [];
  const base = members.filter((id) => holds(facts, holderKey('person', id), facts.year, definition.ofTitle)).length;
  return Math.floor((base * definition.maxPercent) / 100 + 1e-9);
}

/** Why the tie preference favours a holder, or undefined. */
function preferredWhy(facts: EligibilityFacts, candidate: Candidate): string | undefined {
  return facts.principles?.preferred.get(holderKey(candidate.kind, candidate.id));
}

/**
 * Checks every candidate against the principles and the rules in force, in list order: conditions first, then caps,
 * which fill up as eligible candidates take places (after the recipients already decided), so the n+1-th gets
 * "đã đủ". Where more candidates qualify than a cap allows and the tie preference is in force (NĐ 152 Điều 4
 * khoản 6), women and collectives with enough women take the places first, within the first `firstCount`
 * candidates (a proposal's own lines) and then within the rest, and every one competing is told why.
 * @example evaluateEligibility([anCandidate], rulesOfCstdTinh, facts)[0].reasons → ['thiếu CSTĐCS năm 2022']
 */
export function evaluateEligibility(
  candidates: readonly Candidate[],
  rules: readonly AwardRule[],
  facts: EligibilityFacts,
  firstCount = 0,
): CandidateEligibility[] {
  const title = titleName(facts, facts.titleCode);
  const conditions = candidates.map((candidate) => {
    const key = holderKey(candidate.kind, candidate.id);
    if (facts.alreadyDecided.has(key)) return { decided: true, checks: [] as RuleCheck[] };
    const checks: RuleCheck[] = [];
    if (facts.principles) {
      for (const o of principleOutcomes(key, candidate.unitId, facts.principles)) {
        checks.push({
          ruleKey: o.principleKey,
          label: o.label,
          passed: o.passed,
          detail: o.detail,
          advisory: o.advisory,
        });
      }
    }
    for (const rule of rules) {
      const outcome = checkCondition(rule.definition, candidate, facts);
      if (outcome) checks.push({ ruleKey: rule.key, label: rule.label, ...outcome });
    }
    return { decided: false, checks };
  });
  const passing = candidates.map((_, i) => !conditions[i]!.decided && conditions[i]!.checks.every((c) => c.passed));

  // Who competes for each cap counter, to tell a tie (more qualified candidates than places).
  const tie = facts.principles ? tiePreference(facts.principles.principles) : null;
  const capRules = rules.filter((r) => r.definition.kind === 'shareCap' || r.definition.kind === 'countCap');
  const competitors = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    if (!passing[i]) return;
    for (const rule of capRules) {
      const counter = `${rule.key}@${candidate.unitId}`;
      competitors.set(counter, [...(competitors.get(counter) ?? []), i]);
    }
  });
  const contested = new Set<string>();
  for (const [counter, list] of competitors) {
    const rule = capRules.find((r) => counter.startsWith(`${r.key}@`))!;
    const unitId = candidates[list[0]!]!.unitId;
    const places = capOf(rule.definition, unitId, facts)! - (facts.alreadyAwarded.get(unitId) ?? 0);
    if (list.length > places) contested.add(counter);
  }

  // The order caps fill in: the proposal's lines, then the rest; the preferred first within each where contested.
  const order = candidates.map((_, i) => i);
  if (tie && contested.size > 0) {
    const rank = (i: number) => (i < firstCount ? 0 : 2) + (preferredWhy(facts, candidates[i]!) ? 0 : 1);
    order.sort((a, b) => rank(a) - rank(b) || a - b);
  }

  const used = new Map<string, number>();
  const results = new Array<CandidateEligibility>(candidates.length);
  for (const i of order) {
    const candidate = candidates[i]!;
    if (conditions[i]!.decided) {
      results[i] = { candidate, eligible: false, reasons: [w.alreadyAwarded(title, facts.year)], checks: [] };
      continue;
    }
    const checks = [...conditions[i]!.checks];
    // A candidate failing its conditions takes no place and is not told about caps; one passing them takes a place
    // under every cap, or is stopped by the first full one.
    const caps = passing[i]
      ? capRules.flatMap((rule) => {
          const max = capOf(rule.definition, candidate.unitId, facts);
          if (max === null) return [];
          const counter = `${rule.key}@${candidate.unitId}`;
          const taken = used.get(counter) ?? facts.alreadyAwarded.get(candidate.unitId) ?? 0;
          return [{ rule, max, counter, taken }];
        })
      : [];
    const capsOpen = caps.every((c) => c.taken < c.max);
    for (const cap of caps) {
      const d = cap.rule.definition;
      const passed = cap.taken < cap.max;
      if (capsOpen) used.set(cap.counter, cap.taken + 1);
      const full =
        d.kind === 'shareCap'
          ? w.shareCapFull(title, d.maxPercent, titleName(facts, d.ofTitle), cap.max)
          : w.countCapFull(cap.max, facts.recipient);
      checks.push({
        ruleKey: cap.rule.key,
        label: cap.rule.label,
        passed,
        detail: passed ? w.capOk(cap.taken + (capsOpen ? 1 : 0), cap.max) : full,
      });
    }
    if (tie) {
      const rivals = caps
        .filter((c) => contested.has(c.counter))
        .flatMap((c) => competitors.get(c.counter)!)
        .filter((j) => j !== i);
      if (rivals.length > 0) {
        const why = preferredWhy(facts, candidate);
        const basis = tie.principle.legalBasis;
        checks.push({
          ruleKey: tie.principle.key,
          label: tie.principle.label,
          passed: true,
          advisory: true,
          detail:
            why !== undefined
              ? principleWords.tiePreferred(why, basis)
              : principleWords.tieOthers(
                  [...new Set(rivals)].map((j) => candidates[j]!.name),
                  tie.percent,
                  basis,
                ),
        });
      }
    }
    const reasons = checks.filter((c) => !c.passed).map((c) => c.detail);
    results[i] = { candidate, eligible: reasons.length === 0, reasons, checks };
  }
  return results;
}
