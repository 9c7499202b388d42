import type { AwardRecord, ProposalEntry } from '@shared/commendation/registry';
import type { AwardRule, RuleDefinition } from '@shared/commendation/rules';
import type { EligibilityList } from '@shared/contract/awards';
import { clusterRankWords } from '@shared/i18n/vi-award-excel';
import { initiativeScopeLabels, proposalPeriodLabels, titleAbbreviations } from '@shared/i18n/vi-commendation';
import { formatIsoDate } from '@renderer/format/dates';
import { formatNumber } from '@renderer/format/number-format';

/** @example formatMoney(1800000) === '1.800.000 đ'; formatMoney(null) === '—' */
export function formatMoney(amount: number | null): string {
  return amount === null ? '—' : `${formatNumber(amount)} đ`;
}

/** @example formatMultiple(1.5) === '×1,5' */
export function formatMultiple(multiple: number | null): string {
  return multiple === null ? '—' : `×${formatNumber(multiple)}`;
}

/** @example decisionLabel({ decisionNumber: '1735/QĐ-UBND', decisionDate: '2022-12-26', … }) === 'Số 1735/QĐ-UBND ngày 26/12/2022' */
export function decisionLabel(award: Pick<AwardRecord, 'decisionNumber' | 'decisionDate' | 'decisionText'>): string {
  if (award.decisionNumber !== null && award.decisionDate !== null) {
    return `Số ${award.decisionNumber} ngày ${formatIsoDate(award.decisionDate)}`;
  }
  return award.decisionText || '—';
}

/** One candidate of the eligibility list as the table shows it. */
export interface EligibilityRow {
  key: string;
  kind: 'person' | 'unit';
  id: number;
  order: number;
  name: string;
  unitName: string;
  position: string | null;
  eligible: boolean;
  /** Why not (ineligible), or the conditions met (eligible). */
  details: string[];
  /** How the caps stand for this candidate ("trong giới hạn (1/2)", "đơn vị đã đủ 2 cá nhân…"). */
  caps: Array<{ detail: string; passed: boolean }>;
  inProposal: boolean;
}

const capKinds: ReadonlySet<RuleDefinition['kind']> = new Set(['shareCap', 'countCap']);

/**
 * The eligibility list shaped for the table: conditions and caps apart, so caps can be read as they fill.
 * @example eligibilityRows(list, entries)[1] → { name: 'Trần Thị Bích', eligible: false, details: ['thiếu CSTĐCS năm 2022'], … }
 */
export function eligibilityRows(list: EligibilityList, entries: readonly ProposalEntry[]): EligibilityRow[] {
  const capKeys = new Set(list.rules.filter((r) => capKinds.has(r.definition.kind)).map((r) => r.key));
  const inProposal = new Set(entries.map((e) => (e.personId !== null ? `person:${e.personId}` : `unit:${e.unitId}`)));
  return list.candidates.map((c, index) => {
    const key = `${c.candidate.kind}:${c.candidate.id}`;
    const conditions = c.checks.filter((check) => !capKeys.has(check.ruleKey));
    const caps = c.checks
      .filter((check) => capKeys.has(check.ruleKey))
      .map((check) => ({ detail: check.detail, passed: check.passed }));
    const details = c.eligible
      ? conditions.map((check) => check.detail)
      : c.reasons.filter((r) => !caps.some((cap) => !cap.passed && cap.detail === r));
    return {
      key,
      kind: c.candidate.kind,
      id: c.candidate.id,
      order: index + 1,
      name: c.candidate.name,
      unitName: c.candidate.unitName,
      position: c.candidate.position,
      eligible: c.eligible,
      details,
      caps,
      inProposal: inProposal.has(key),
    };
  });
}

/** The lines a new decision takes by default: those the council reviewed or proposed upward, not yet decided. */
export function defaultDecisionEntryIds(entries: readonly ProposalEntry[]): number[] {
  return entries.filter((e) => e.status === 'da_xet' || e.status === 'de_nghi_cap_tren').map((e) => e.id);
}

/** Lines that can still go into a decision. */
export function undecidedEntries(entries: readonly ProposalEntry[]): ProposalEntry[] {
  return entries.filter((e) => e.status !== 'quyet_dinh');
}

/** Awards by year, newest year first, keeping the core's order within a year. */
export function awardsByYear(awards: readonly AwardRecord[]): Array<{ year: number; awards: AwardRecord[] }> {
  const years = new Map<number, AwardRecord[]>();
  for (const award of awards) years.set(award.year, [...(years.get(award.year) ?? []), award]);
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, awards: list }));
}

/** @example periodLabel('H1') === 'Sơ kết 6 tháng' */
export function periodLabel(period: keyof typeof proposalPeriodLabels): string {
  return proposalPeriodLabels[period];
}

const short = (code: string) => titleAbbreviations[code] ?? code;
const offset = (n: number) => (n === 0 ? 'năm xét' : `năm xét ${n}`);

/**
 * A rule's values in words, for the read-only listing.
 * @example describeRule({ kind: 'consecutiveTitles', title: 'CSTDCS', years: 3, lastYearOffset: -1 }) === '3 năm liên tục đạt CSTĐCS, đến năm xét -1'
 */
export function describeRule(definition: RuleDefinition): string {
  switch (definition.kind) {
    case 'consecutiveTitles':
      return `${definition.years} năm liên tục đạt ${short(definition.title)}, đến ${offset(definition.lastYearOffset)}`;
    case 'anyOfTitles':
      return `Có ${definition.titles.map(short).join(' hoặc ')} trong ${definition.years} năm, đến ${offset(definition.lastYearOffset)}`;
    case 'initiative':
      return `Sáng kiến phạm vi ${initiativeScopeLabels[definition.minScope]} trở lên trong ${definition.withinYears} năm, đến ${offset(definition.lastYearOffset)}`;
    case 'membersShare':
      return `Từ ${formatNumber(definition.minPercent)}% thành viên đạt ${short(definition.title)} (${offset(definition.yearOffset)})`;
    case 'membersAtLeast':
      return `Ít nhất ${definition.minCount} thành viên đạt ${short(definition.title)} (${offset(definition.yearOffset)})`;
    case 'shareCap':
      return `Không quá ${formatNumber(definition.maxPercent)}% số ${short(definition.ofTitle)} của đơn vị`;
    case 'countCap':
      return `Không quá ${definition.maxCount} mỗi đơn vị`;
    case 'targetCompletion':
      return `Đạt từ ${formatNumber(definition.minPercent)}% chỉ tiêu ${definition.period === 'H1' ? 'đến 30/6' : 'cả năm'}`;
    case 'clusterRank': // cluster-rank rule kind
      return clusterRankWords.describe(definition.maxRank, definition.period);
  }
}

/** Rule versions newest first within a key, keys in order. */
export function sortRules(rules: readonly AwardRule[]): AwardRule[] {
  return [...rules].sort((a, b) => a.key.localeCompare(b.key) || b.effectiveFrom.localeCompare(a.effectiveFrom));
}
