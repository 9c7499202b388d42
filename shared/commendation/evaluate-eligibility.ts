import type { EvaluationStatus } from '../evaluation/status';
import { clusterRankWords } from '../i18n/vi-award-excel';
import { eligibilityWords as w, titleAbbreviations } from '../i18n/vi-commendation';
import type { RecipientKind } from './catalogue';
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

/**
 * Checks every candidate against the rules in force, in list order: conditions first, then caps, which fill up
 * as eligible candidates take places (after the recipients already decided), so the n+1-th gets "đã đủ".
 * @example evaluateEligibility([anCandidate], rulesOfCstdTinh, facts)[0].reasons → ['thiếu CSTĐCS năm 2022']
 */
export function evaluateEligibility(
  candidates: readonly Candidate[],
  rules: readonly AwardRule[],
  facts: EligibilityFacts,
): CandidateEligibility[] {
  const used = new Map<string, number>();
  const title = titleName(facts, facts.titleCode);
  return candidates.map((candidate) => {
    const checks: RuleCheck[] = [];
    if (facts.alreadyDecided.has(holderKey(candidate.kind, candidate.id))) {
      const detail = w.alreadyAwarded(title, facts.year);
      return { candidate, eligible: false, reasons: [detail], checks: [] };
    }
    for (const rule of rules) {
      const outcome = checkCondition(rule.definition, candidate, facts);
      if (outcome) checks.push({ ruleKey: rule.key, label: rule.label, ...outcome });
    }
    const conditionsMet = checks.every((c) => c.passed);
    // A candidate failing its conditions takes no place and is not told about caps; one passing them takes a place
    // under every cap, or is stopped by the first full one.
    const caps = conditionsMet
      ? rules.flatMap((rule) => {
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
    const reasons = checks.filter((c) => !c.passed).map((c) => c.detail);
    return { candidate, eligible: reasons.length === 0, reasons, checks };
  });
}
