import type { z } from 'zod';
import type { PlanImportProposal, ProposedTarget, importTargetSchema, planHeaderSchema } from '../contract/plans';
import type { ChangeMode } from './plan';

export type ImportTargetRow = z.input<typeof importTargetSchema>;
export type ImportHeader = z.input<typeof planHeaderSchema>;

/**
 * How a parsed increase/decrease is measured: "tăng 10% so với năm 2022" is relative to the baseline; a change of a
 * rate given in % is in percentage points ("tỷ lệ hộ nghèo giảm 0,5%"); a change in tons or households is absolute.
 */
export function changeModeOf(target: Pick<ProposedTarget, 'comparator' | 'relative' | 'unit'>): ChangeMode | null {
  if (target.comparator !== 'increase' && target.comparator !== 'decrease') return null;
  if (target.relative) return 'relative';
  return target.unit === '%' ? 'points' : 'absolute';
}

/** The review screen's starting point (and the CLI's and the demo's answer): each target as the parser read it. */
export function defaultImportRows(proposal: PlanImportProposal): ImportTargetRow[] {
  return proposal.targets.map((t) => ({
    ...(t.matchedIndicatorId !== null ? { indicatorId: t.matchedIndicatorId } : { newIndicator: t.suggestedIndicator }),
    comparator: t.comparator,
    value: t.comparator === 'zero' ? 0 : t.value,
    max: t.max,
    changeMode: changeModeOf(t),
    baselineYear: t.baselineYear,
    baselineValue: null,
    sourceText: t.text,
    phasingMode: 'seasonal',
    milestones: null,
    note: t.ambiguityReason ?? t.note,
  }));
}

/** The parsed header with what the database requires filled in: a title and the year the plan is for. */
export function defaultImportHeader(proposal: PlanImportProposal, fallbackYear: number): ImportHeader {
  const h = proposal.parsed.header;
  return {
    number: h.number,
    issuedOn: h.date,
    place: h.place,
    issuer: h.issuer,
    title: h.title ?? 'Kế hoạch phát động phong trào thi đua',
    theme: h.theme,
    year: h.year ?? fallbackYear,
    phases: h.phases,
    legalBases: h.legalBases,
    signer: h.signer,
  };
}
