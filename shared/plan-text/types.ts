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

export interface ParsedTarget {
  /** The phrase as written in the plan (after Unicode and whitespace normalisation). */
  text: string;
  /** A short indicator name proposed for the secretary to confirm. */
  name: string;
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
  /** What a change is measured against when it is not a year ("chỉ tiêu trên giao", "cùng kỳ"). */
  baseline: string | null;
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

export interface ParsedPlan {
  header: PlanHeader;
  targets: ParsedTarget[];
  criteria: ParsedCriterion[];
}
