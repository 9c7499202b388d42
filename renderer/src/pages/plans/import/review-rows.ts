import type { ChannelInput } from '@shared/contract';
import type { BaselineLink, PlanImportProposal } from '@shared/contract/plans';
import type { AggregationKind, Indicator } from '@shared/domain/indicator';
import { defaultImportRows, type ImportHeader, type ImportTargetRow } from '@shared/domain/plan-import-rows';
import { numberText } from '@renderer/format/number-text';
import { viPlans } from '@renderer/i18n/vi-plans';
import {
  emptyIndicatorDraft,
  indicatorDraftFrom,
  indicatorDraftProblem,
  indicatorFieldsFromDraft,
  indicatorKey,
  type IndicatorDraft,
} from '../indicator-draft';
import { targetFieldsProblem, targetFormFrom, type TargetFieldsValue } from '../target-fields';

/** One target on the review screen, as the secretary edits it; numbers stay text until they read as numbers. */
export interface ReviewRow extends TargetFieldsValue {
  /** Stable across removals: the target's position in the proposal. */
  key: number;
  line: number;
  sourceText: string;
  /** Typed by hand ("Thêm chỉ tiêu"): there is no phrase of the plan to show beside it. */
  typed: boolean;
  ambiguityReason: string | null;
  /** How sure the reader was (0–1) and how it read the row, in one Vietnamese line. */
  confidence: number;
  reason: string;
  /** Last year's indicator a change "so với năm trước" was linked to, for the secretary to confirm. */
  baselineLink: BaselineLink | null;
  /** The secretary has looked at an ambiguous row and ticked "Đã kiểm tra": it is no longer tinted. */
  checked: boolean;
  parserNote: string | null;
  /** A catalogue indicator, or null for the new indicator in `newIndicator`. */
  indicatorId: number | null;
  newIndicator: IndicatorDraft;
  note: string;
}

/**
 * The review screen's starting point: what `defaultImportRows` proposes, with the reader's reasons beside it. The
 * rows the reader was unsure of come first, least sure first, so the secretary starts where the work is; the rest
 * keep the plan's order.
 */
export function reviewRowsFrom(proposal: PlanImportProposal): ReviewRow[] {
  const defaults = defaultImportRows(proposal);
  const rows = proposal.targets.map((target, index): ReviewRow => {
    const row = defaults[index]!;
    return {
      key: index,
      line: target.line,
      sourceText: target.text,
      typed: false,
      ambiguityReason: target.ambiguityReason,
      confidence: target.confidence,
      reason: target.reason,
      baselineLink: target.baselineLink,
      checked: false,
      parserNote: target.note,
      indicatorId: row.indicatorId ?? null,
      newIndicator: indicatorDraftFrom(target.suggestedIndicator),
      comparator: row.comparator,
      valueText: numberText(row.value),
      maxText: numberText(row.max),
      changeMode: row.changeMode ?? null,
      baselineYear: row.baselineYear ?? null,
      note: row.note ?? '',
    };
  });
  return orderForReview(rows);
}

/** The key after every key in use, so an added row never takes a removed row's place in the saved order. */
function nextKey(rows: readonly ReviewRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.key + 1), 0);
}

/** "Thêm chỉ tiêu": an empty target for a new indicator, typed by the secretary. */
export function withTypedRow(rows: readonly ReviewRow[]): ReviewRow[] {
  const row: ReviewRow = {
    key: nextKey(rows),
    line: 0,
    sourceText: '',
    typed: true,
    ambiguityReason: null,
    confidence: 1,
    reason: '',
    baselineLink: null,
    checked: false,
    parserNote: null,
    indicatorId: null,
    newIndicator: emptyIndicatorDraft(),
    comparator: 'gte',
    valueText: '',
    maxText: '',
    changeMode: null,
    baselineYear: null,
    note: '',
  };
  return [...rows, row];
}

/** The targets read from a pasted table, after the rows already there (saved after them, in the table's order). */
export function withReadRows(rows: readonly ReviewRow[], proposal: PlanImportProposal): ReviewRow[] {
  const from = nextKey(rows);
  return [...rows, ...reviewRowsFrom(proposal).map((row) => ({ ...row, key: row.key + from }))];
}

/** A plan typed by hand starts as a proposal read from nothing: no header, no targets. */
export function blankPlanProposal(): PlanImportProposal {
  return {
    parsed: {
      header: {
        number: null,
        symbol: null,
        date: null,
        place: null,
        issuer: null,
        title: null,
        theme: null,
        year: null,
        phases: [],
        signer: null,
        signerCapacity: [],
        legalBases: [],
      },
      targets: [],
      criteria: [],
      movements: [],
      notice: null,
    },
    targets: [],
    sourceText: '',
    existingPlanId: null,
  };
}

/** Unsure rows first, least sure first; then the others in the plan's order. */
export function orderForReview(rows: readonly ReviewRow[]): ReviewRow[] {
  const unsure = rows.filter(needsChecking).sort((a, b) => a.confidence - b.confidence || a.key - b.key);
  return [...unsure, ...rows.filter((row) => !needsChecking(row))];
}

export function rowIndicator(row: ReviewRow, catalogue: readonly Indicator[]): Indicator | undefined {
  return row.indicatorId === null ? undefined : catalogue.find((i) => i.id === row.indicatorId);
}

/** The unit and kind the row's target is measured in, from the catalogue or from the new indicator. */
export function rowMeasure(
  row: ReviewRow,
  catalogue: readonly Indicator[],
): { measureUnit: string | null; kind: AggregationKind | undefined; name: string } {
  if (row.indicatorId === null) {
    const fields = indicatorFieldsFromDraft(row.newIndicator);
    return { measureUnit: fields.measureUnit, kind: fields.kind, name: fields.name };
  }
  const indicator = rowIndicator(row, catalogue);
  return { measureUnit: indicator?.measureUnit ?? null, kind: indicator?.kind, name: indicator?.name ?? '' };
}

/** Rows the parser was unsure of and the secretary has not yet ticked as checked. */
export function needsChecking(row: Pick<ReviewRow, 'ambiguityReason' | 'checked'>): boolean {
  return row.ambiguityReason !== null && !row.checked;
}

/** Which catalogue entry a row will end up as: duplicates within one plan are refused by the core. */
function rowIdentity(row: ReviewRow, catalogue: readonly Indicator[]): string {
  if (row.indicatorId !== null) return `id:${row.indicatorId}`;
  const fields = indicatorFieldsFromDraft(row.newIndicator);
  const key = indicatorKey(fields.name, fields.measureUnit ?? null);
  const existing = catalogue.find((i) => indicatorKey(i.name, i.measureUnit) === key);
  return existing ? `id:${existing.id}` : `new:${key}`;
}

function singleRowProblem(row: ReviewRow, catalogue: readonly Indicator[]): string | null {
  if (row.indicatorId === null) {
    const problem = indicatorDraftProblem(row.newIndicator);
    if (problem) return problem;
  } else if (!rowIndicator(row, catalogue)) {
    return viPlans.review.problems.noIndicator;
  }
  return targetFieldsProblem(row, rowMeasure(row, catalogue).kind);
}

/**
 * Why each row cannot be saved, by row key; rows that can be saved are absent. The same checks as the core
 * (`validateTargetDraft`), plus what only the screen knows: unreadable numbers and two rows on one indicator.
 */
export function reviewRowProblems(rows: readonly ReviewRow[], catalogue: readonly Indicator[]): Map<number, string> {
  const problems = new Map<number, string>();
  const firstByIdentity = new Map<string, number>();
  rows.forEach((row, index) => {
    const problem = singleRowProblem(row, catalogue);
    if (problem) {
      problems.set(row.key, problem);
      return;
    }
    const identity = rowIdentity(row, catalogue);
    const first = firstByIdentity.get(identity);
    if (first === undefined) firstByIdentity.set(identity, index + 1);
    else problems.set(row.key, viPlans.review.problems.duplicate(first));
  });
  return problems;
}

/** The contract's row for one reviewed target. Call only for rows without problems. */
export function importTargetFrom(row: ReviewRow): ImportTargetRow {
  return {
    ...(row.indicatorId !== null
      ? { indicatorId: row.indicatorId }
      : { newIndicator: indicatorFieldsFromDraft(row.newIndicator) }),
    ...targetFormFrom(row),
    baselineValue: null,
    sourceText: row.typed ? null : row.sourceText,
    phasingMode: 'seasonal',
    milestones: null,
    note: row.note.trim() === '' ? null : row.note.trim(),
  };
}

export function buildImportInput(options: {
  header: ImportHeader;
  rows: readonly ReviewRow[];
  sourceText: string;
  movementIds: number[];
  replaceExisting: boolean;
}): ChannelInput<'plans:import'> {
  return {
    header: options.header,
    sourceText: options.sourceText.trim() === '' ? null : options.sourceText,
    // Saved in the plan's own order, whatever order the review showed them in.
    targets: [...options.rows].sort((a, b) => a.key - b.key).map(importTargetFrom),
    movementIds: options.movementIds,
    replaceExisting: options.replaceExisting,
  };
}
