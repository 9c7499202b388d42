import { z } from 'zod';
import { formatVietnameseDate } from '../domain/vietnamese-date';
import { principleWords as w } from '../i18n/vi-commendation';
import type { AwardMethod, SanctionKind } from './registry';

/**
 * The checks every title goes through, whatever its own rules (NĐ 152/2025 Điều 4, TT 15/2025), stored as data with
 * their citation and effective date (table `award_principles`), so a new decree is a new version, not new code:
 * - `sanction`: no award while a discipline, an investigation, an inspection, a check or a complaint is open, or
 *   while a discipline is being served; after it, achievements count from the day it ended (Điều 4 khoản 4);
 * - `thematicNotBasis`: đột xuất and chuyên đề awards do not ground an upward proposal of a công trạng award
 *   (Điều 4 khoản 3): they are left out of the title rules of titles above the council's authority;
 * - `dissolvedUnit`: a unit dissolved in the restructuring is not awarded (TT 15/2025);
 * - `tiePreference`: when more candidates qualify than a cap allows, women and collectives with at least
 *   `collectiveFemalePercent` % women are preferred (Điều 4 khoản 6).
 */
export const principleKinds = ['sanction', 'thematicNotBasis', 'dissolvedUnit', 'tiePreference'] as const;
export type PrincipleKind = (typeof principleKinds)[number];

export const principleParamsSchema = z
  .object({ collectiveFemalePercent: z.number().min(0).max(100).optional() })
  .strict();
export type PrincipleParams = z.infer<typeof principleParamsSchema>;

/** One version of a principle, in force from `effectiveFrom` until the next version of the same key. */
export interface AwardPrinciple {
  key: string;
  effectiveFrom: string;
  kind: PrincipleKind;
  label: string;
  legalBasis: string;
  params: PrincipleParams;
  confirmed: boolean;
  active: boolean;
}

/** The principles in force on `isoDate`: the latest version of each key not after it, if active. */
export function principlesInForce(versions: readonly AwardPrinciple[], isoDate: string): AwardPrinciple[] {
  const latest = new Map<string, AwardPrinciple>();
  for (const p of versions) {
    if (p.effectiveFrom > isoDate) continue;
    const seen = latest.get(p.key);
    if (seen === undefined || seen.effectiveFrom < p.effectiveFrom) latest.set(p.key, p);
  }
  return [...latest.values()].filter((p) => p.active).sort((a, b) => a.key.localeCompare(b.key));
}

/** Kinds that bar an award while open: reviews and proceedings (a served discipline has its own wording). */
const pendingKinds: ReadonlySet<SanctionKind> = new Set([
  'xem_xet_ky_luat',
  'dieu_tra',
  'thanh_tra',
  'kiem_tra',
  'khieu_nai_to_cao',
]);

export interface SanctionFact {
  kind: SanctionKind;
  fromDate: string;
  toDate: string | null;
  document: string;
}

/** A unit that ended on or before the date under review. */
export interface EndedUnitFact {
  /** The first day it no longer existed. */
  validTo: string;
  dissolved: boolean;
  mergedIntoName: string | null;
}

/** An award left out of an upward công trạng proposal's count (đột xuất, chuyên đề). */
export interface ThematicFact {
  year: number;
  titleName: string;
  method: AwardMethod;
  decision: string;
}

/** What the principles read, gathered by the core for one title, year and phase. */
export interface PrincipleFacts {
  principles: readonly AwardPrinciple[];
  /** The end of the phase under review; sanctions are read there, and today when today is later. */
  checkDate: string;
  today: string;
  /** The first day of the year under review: a discipline served before it does not limit the achievements. */
  reviewFrom: string;
  /** Keyed by holder (`person:12`, `unit:3`). */
  sanctions: ReadonlyMap<string, readonly SanctionFact[]>;
  endedUnits: ReadonlyMap<number, EndedUnitFact>;
  /** Awards left out of the title rules, by holder (only for a title the council proposes upward). */
  excludedThematic: ReadonlyMap<string, readonly ThematicFact[]>;
  /** Holders the tie preference favours, with why ("nữ", "tập thể có 80% nữ (4/5)"). */
  preferred: ReadonlyMap<string, string>;
}

export interface PrincipleOutcome {
  principleKey: string;
  label: string;
  passed: boolean;
  /** Passed, but the council must read it (achievements counted from a date, an award left out). */
  advisory: boolean;
  detail: string;
}

const covers = (s: SanctionFact, isoDate: string) =>
  s.fromDate <= isoDate && (s.toDate === null || s.toDate >= isoDate);

function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function sanctionOutcomes(p: AwardPrinciple, holder: string, facts: PrincipleFacts): PrincipleOutcome[] {
  const dates = facts.today > facts.checkDate ? [facts.checkDate, facts.today] : [facts.checkDate];
  const out: PrincipleOutcome[] = [];
  for (const s of facts.sanctions.get(holder) ?? []) {
    const open = dates.some((d) => covers(s, d));
    const base = { principleKey: p.key, label: p.label };
    if (open) {
      out.push({
        ...base,
        passed: false,
        advisory: false,
        detail: pendingKinds.has(s.kind)
          ? w.pending(s.kind, s.document, formatVietnameseDate(s.fromDate), p.legalBasis)
          : w.serving(s.document, s.toDate === null ? null : formatVietnameseDate(s.toDate), p.legalBasis),
      });
    } else if (
      s.kind === 'ky_luat' &&
      s.toDate !== null &&
      s.toDate >= facts.reviewFrom &&
      s.toDate < facts.checkDate
    ) {
      out.push({
        ...base,
        passed: true,
        advisory: true,
        detail: w.countFrom(formatVietnameseDate(dayAfter(s.toDate)), s.document, p.legalBasis),
      });
    }
  }
  return out;
}

/**
 * The principles' outcomes for one candidate (the tie preference is applied where caps fill, in
 * evaluate-eligibility.ts).
 * @example principleOutcomes('unit:7', 7, facts) → [{ passed: false, detail: 'Đơn vị đã giải thể sau sắp xếp tổ chức bộ máy (từ 01/07/2025), …' }]
 */
export function principleOutcomes(holder: string, unitId: number, facts: PrincipleFacts): PrincipleOutcome[] {
  const out: PrincipleOutcome[] = [];
  const isUnit = holder.startsWith('unit:');
  const ended = isUnit ? facts.endedUnits.get(unitId) : undefined;
  const dissolvedRule = facts.principles.find((p) => p.kind === 'dissolvedUnit');
  if (ended !== undefined) {
    const since = formatVietnameseDate(ended.validTo);
    if (ended.dissolved && dissolvedRule) {
      out.push({
        principleKey: dissolvedRule.key,
        label: dissolvedRule.label,
        passed: false,
        advisory: false,
        detail: w.dissolved(since, dissolvedRule.legalBasis),
      });
    } else {
      out.push({
        principleKey: 'DON_VI_KET_THUC',
        label: w.endedLabel,
        passed: false,
        advisory: false,
        detail: ended.mergedIntoName !== null ? w.merged(ended.mergedIntoName, since) : w.ended(since),
      });
    }
  }
  for (const p of facts.principles) {
    if (p.kind === 'sanction') out.push(...sanctionOutcomes(p, holder, facts));
    if (p.kind === 'thematicNotBasis') {
      for (const t of facts.excludedThematic.get(holder) ?? []) {
        out.push({
          principleKey: p.key,
          label: p.label,
          passed: true,
          advisory: true,
          detail: w.thematic(t.titleName, t.method, t.decision, p.legalBasis),
        });
      }
    }
  }
  return out;
}

/** The tie preference in force, if any, with its share for collectives. */
export function tiePreference(
  principles: readonly AwardPrinciple[],
): { principle: AwardPrinciple; percent: number } | null {
  const principle = principles.find((p) => p.kind === 'tiePreference');
  return principle ? { principle, percent: principle.params.collectiveFemalePercent ?? 70 } : null;
}

/** True when a thematic or one-off award must be left out of an upward proposal's title rules. */
export function excludesThematic(principles: readonly AwardPrinciple[], upward: boolean): boolean {
  return upward && principles.some((p) => p.kind === 'thematicNotBasis');
}

/** Methods NĐ 152 Điều 4 khoản 3 names: results of đột xuất and chuyên đề commendation. */
export const thematicMethods: ReadonlySet<AwardMethod> = new Set(['chuyen_de', 'dot_xuat']);
