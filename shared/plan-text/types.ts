import type { Comparator, IndicatorGroup } from '../domain/target-form';

/** One line of the plan after normalisation, with its 1-based number in the source. */
export interface SourceLine {
  line: number;
  text: string;
}

export interface PlanPhase {
  /** "Đợt I", "Đợt 2" as written. */
  name: string;
  /** ISO date (yyyy-mm-dd) or null when the plan does not say. */
  start: string | null;
  end: string | null;
}

export interface PlanHeader {
  /** "21/KH-UBND"; null when the number is left blank ("Số: /KH-UBND") or missing. */
  number: string | null;
  /** The symbol part ("KH-UBND") even when the number is blank. */
  symbol: string | null;
  /** ISO date of issue; null when the day or month is left blank. */
  date: string | null;
  place: string | null;
  issuer: string | null;
  title: string | null;
  theme: string | null;
  year: number | null;
  phases: PlanPhase[];
  signer: string | null;
  /** The capacity lines above the signature ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
  signerCapacity: string[];
  /** "Căn cứ …" and "Thực hiện Kế hoạch số …" sentences from the preamble. */
  legalBases: string[];
}

/**
 * What a change or a share is measured against: a year ("so với năm 2024"), last year ("so với năm trước"), the
 * same period last year ("cùng kỳ"), the budget estimate ("dự toán"), the assigned target ("chỉ tiêu trên giao").
 */
export const referenceKinds = ['year', 'previous_year', 'same_period', 'estimate', 'assigned', 'other'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export interface TargetReference {
  kind: ReferenceKind;
  /** The baseline year when the text gives one or implies one (last year, same period last year). */
  year: number | null;
  /** The words as written ("so với cùng kỳ năm trước"). */
  text: string;
}

/** Where a target was read: a row of a table, or a sentence of prose. */
export type TargetSource = 'table' | 'prose';

export interface ParsedTarget {
  /** The phrase as written in the plan; for a table row, its non-empty cells joined with " | ". */
  text: string;
  /** A short indicator name proposed for the secretary to confirm. */
  name: string;
  /** The field the target belongs to: from the section or table group it sits in, else from its own words. */
  group: IndicatorGroup;
  comparator: Comparator;
  /** Null for `achieve` and `text`; 0 for `zero`. */
  value: number | null;
  /** Upper bound of a range ("90 – 95%", "tăng 5-7%"); null otherwise. */
  max: number | null;
  unit: string | null;
  /** True when an increase/decrease is a % of the baseline; false for percentage points or absolute changes. */
  relative: boolean;
  baselineYear: number | null;
  /** What a change is measured against when it is not only a year ("chỉ tiêu trên giao", "cùng kỳ"). */
  baseline: string | null;
  reference: TargetReference | null;
  /** How sure the reader is that this is a target read right, from 0 to 1. */
  confidence: number;
  /** One line in Vietnamese on how it was read ("đọc từ bảng, cột Kế hoạch năm 2026"). */
  reason: string;
  source: TargetSource;
  /** The secretary should check this row before saving (low confidence or a known ambiguity). */
  ambiguous: boolean;
  /** Why the secretary must check this target, in Vietnamese. */
  ambiguityReason: string | null;
  /** How the importer read a form that is easy to misread (not an ambiguity), in Vietnamese. */
  note: string | null;
  line: number;
}

/** A commendation rule or condition, kept as text for the secretary. */
export interface ParsedCriterion {
  text: string;
  line: number;
}

/** A named emulation movement the plan launches or refers to ("Vì người nghèo – Không để ai bị bỏ lại phía sau"). */
export interface ParsedMovement {
  name: string;
  line: number;
}

export interface ParsedPlan {
  header: PlanHeader;
  targets: ParsedTarget[];
  criteria: ParsedCriterion[];
  movements: ParsedMovement[];
  /** Said to the secretary when the plan sets no numeric target (a thematic campaign); null otherwise. */
  notice: string | null;
}
