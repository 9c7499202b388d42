import { z } from 'zod';
import { evaluationStatuses } from '../evaluation/status';

/**
 * The rule format: each checkable condition of a title or form is one JSON object the app evaluates
 * (see `evaluate-eligibility.ts` and `docs/huong-dan/khen-thuong.md`). Titles are named by catalogue code
 * (`LDTT`, `CSTDCS`, …). Year offsets are relative to the year under review: 0 that year, -1 the year before.
 */
const titleCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,30}$/, { message: 'Mã danh hiệu chỉ gồm chữ in hoa không dấu, số và "_"' });
const yearOffset = z.number().int().min(-10).max(0);
const percent = z.number().min(0).max(100);

export const initiativeScopes = ['co_so', 'tinh', 'toan_quoc'] as const;
export type InitiativeScope = (typeof initiativeScopes)[number];

export const ruleDefinitionSchema = z.discriminatedUnion('kind', [
  /** The candidate (person or collective) holds `title` in each of `years` consecutive years ending at `lastYearOffset`. */
  z
    .object({
      kind: z.literal('consecutiveTitles'),
      title: titleCode,
      years: z.number().int().min(1).max(10),
      lastYearOffset: yearOffset,
    })
    .strict(),
  /**
   * The candidate holds at least one of `titles` in some year of the `years` ending at `lastYearOffset` (e.g. a
   * province asking for a cơ sở award of the year before proposing its Bằng khen).
   */
  z
    .object({
      kind: z.literal('anyOfTitles'),
      titles: z.array(titleCode).min(1).max(10),
      years: z.number().int().min(1).max(10),
      lastYearOffset: yearOffset,
    })
    .strict(),
  /** A person authored an initiative of at least `minScope` recognised within `withinYears` years ending at `lastYearOffset`. */
  z
    .object({
      kind: z.literal('initiative'),
      minScope: z.enum(initiativeScopes),
      withinYears: z.number().int().min(1).max(10),
      lastYearOffset: yearOffset,
    })
    .strict(),
  /** A collective: at least `minPercent` % of its members hold `title` in the year (+offset). */
  z.object({ kind: z.literal('membersShare'), title: titleCode, minPercent: percent, yearOffset }).strict(),
  /** A collective: at least `minCount` of its members hold `title` in the year (+offset). */
  z
    .object({
      kind: z.literal('membersAtLeast'),
      title: titleCode,
      minCount: z.number().int().min(1).max(1000),
      yearOffset,
    })
    .strict(),
  /** Per unit, this title may go to at most `maxPercent` % (rounded down) of the holders of `ofTitle` that year. */
  z.object({ kind: z.literal('shareCap'), ofTitle: titleCode, maxPercent: percent }).strict(),
  /** Per unit (a person's unit, or the collective itself), at most `maxCount` recipients in the year and phase. */
  z.object({ kind: z.literal('countCap'), maxCount: z.number().int().min(1).max(1000) }).strict(),
  /**
   * The unit (a person's unit, or the collective) met at least `minPercent` % of its own targets by `period`
   * (the dashboards' evaluation: a target counts when its status is one of `statuses`).
   */
  z
    .object({
      kind: z.literal('targetCompletion'),
      period: z.enum(['H1', 'Y']),
      minPercent: percent,
      statuses: z.array(z.enum(evaluationStatuses)).min(1).max(6),
    })
    .strict(),
  // --- Cluster-rank rule kind (xếp hạng trong cụm) ---
  /**
   * The unit (a person's unit, or the collective) ranks at most `maxRank` in its cluster or block (cụm, khối) of
   * the year under review, by the final scores of that cluster's `period` round (e.g. rank ≤ 1 in the 'Y' round for
   * Cờ thi đua). A round counts once every member has a final score.
   */
  z
    .object({
      kind: z.literal('clusterRank'),
      period: z.enum(['H1', 'Y']),
      maxRank: z.number().int().min(1).max(500),
    })
    .strict(),
  // --- end cluster-rank rule kind ---
]);

export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;
export type RuleKind = RuleDefinition['kind'];

/** Where a rule comes from: the law (and its decree), the province's own setting, or one plan. */
export const ruleSources = ['luat', 'tinh', 'ke_hoach'] as const;
export type RuleSource = (typeof ruleSources)[number];

/** Which phase of the year a rule applies to: both, the mid-year review (H1) or the year end (Y). */
export const ruleAppliesTo = ['all', 'H1', 'Y'] as const;
export type RuleAppliesTo = (typeof ruleAppliesTo)[number];

export const proposalPeriods = ['H1', 'Y'] as const;
export type ProposalPeriod = (typeof proposalPeriods)[number];

/** One version of a rule, in force from `effectiveFrom` until the next version of the same key. */
export interface AwardRule {
  key: string;
  effectiveFrom: string;
  titleCode: string;
  label: string;
  source: RuleSource;
  sourceNote: string;
  appliesTo: RuleAppliesTo;
  definition: RuleDefinition;
  active: boolean;
}

/**
 * The rules in force on `isoDate` for a phase: the latest version of each key not after the date, if active.
 * @example rulesInForce([{ key: 'a', effectiveFrom: '2020-01-01', active: true, …}, { key: 'a', effectiveFrom: '2024-01-01', active: false, …}], '2023-12-31', 'Y').length === 1
 */
export function rulesInForce(
  versions: readonly AwardRule[],
  isoDate: string,
  period: ProposalPeriod,
  titleCode?: string,
): AwardRule[] {
  const latest = new Map<string, AwardRule>();
  for (const rule of versions) {
    if (rule.effectiveFrom > isoDate) continue;
    const seen = latest.get(rule.key);
    if (seen === undefined || seen.effectiveFrom < rule.effectiveFrom) latest.set(rule.key, rule);
  }
  return [...latest.values()]
    .filter((r) => r.active && (r.appliesTo === 'all' || r.appliesTo === period))
    .filter((r) => titleCode === undefined || r.titleCode === titleCode)
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The date rules and prize multiples are read at for a proposal: the end of its phase. */
export function proposalDate(year: number, period: ProposalPeriod): string {
  return period === 'H1' ? `${year}-06-30` : `${year}-12-31`;
}

export function isProposalPeriod(value: string): value is ProposalPeriod {
  return (proposalPeriods as readonly string[]).includes(value);
}
