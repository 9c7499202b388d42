import type { z } from 'zod';
import type { indicatorFieldsSchema } from '@shared/contract/indicators';
import { isRatioKind, type AggregationKind, type Direction, type Indicator } from '@shared/domain/indicator';
import type { IndicatorGroup } from '@shared/domain/target-form';
import { viPlans } from '@renderer/i18n/vi-plans';

export type IndicatorFields = z.input<typeof indicatorFieldsSchema>;

/** A new catalogue indicator as the secretary edits it: blanks are empty strings until saved. */
export interface IndicatorDraft {
  name: string;
  group: IndicatorGroup;
  measureUnit: string;
  kind: AggregationKind;
  /** "Chỉ toàn địa bàn". */
  areaOnly: boolean;
  direction: Direction;
  decimals: number;
  numeratorLabel: string;
  denominatorLabel: string;
  rateScale: number;
}

export function emptyIndicatorDraft(): IndicatorDraft {
  return {
    name: '',
    group: 'kinh_te',
    measureUnit: '',
    kind: 'flow',
    areaOnly: false,
    direction: 'higher',
    decimals: 0,
    numeratorLabel: '',
    denominatorLabel: '',
    rateScale: 100,
  };
}

/** The importer's suggestion (or any indicator's fields) as an editable draft. */
export function indicatorDraftFrom(fields: IndicatorFields): IndicatorDraft {
  return {
    name: fields.name,
    group: fields.group,
    measureUnit: fields.measureUnit ?? '',
    kind: fields.kind,
    areaOnly: fields.areaOnly ?? false,
    direction: fields.direction,
    decimals: fields.decimals ?? 0,
    numeratorLabel: fields.numeratorLabel ?? '',
    denominatorLabel: fields.denominatorLabel ?? '',
    rateScale: fields.rateScale ?? 100,
  };
}

function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The contract's fields for a new indicator: trimmed, blanks as null, numerator and denominator only for the kinds
 * that are entered as a fraction.
 * @example indicatorFieldsFromDraft({ ...draft, measureUnit: ' tỷ đồng ' }).measureUnit === 'tỷ đồng'
 */
export function indicatorFieldsFromDraft(draft: IndicatorDraft): IndicatorFields {
  const ratio = isRatioKind(draft.kind);
  return {
    name: draft.name.trim(),
    group: draft.group,
    measureUnit: blankToNull(draft.measureUnit),
    kind: draft.kind,
    areaOnly: draft.areaOnly,
    numeratorLabel: ratio ? blankToNull(draft.numeratorLabel) : null,
    denominatorLabel: ratio ? blankToNull(draft.denominatorLabel) : null,
    rateScale: draft.rateScale,
    direction: draft.direction,
    decimals: draft.decimals,
  };
}

export function indicatorDraftProblem(draft: IndicatorDraft): string | null {
  return draft.name.trim() === '' ? viPlans.review.problems.noName : null;
}

/** Name and unit the way the catalogue tells indicators apart (one entry per name and unit). */
export function indicatorKey(name: string, measureUnit: string | null): string {
  return `${name.trim().toLowerCase()}|${(measureUnit ?? '').trim().toLowerCase()}`;
}

/** "Sản lượng lúa (tấn)": how an indicator is named in selects. */
export function indicatorOptionLabel(indicator: Pick<Indicator, 'name' | 'measureUnit'>): string {
  return indicator.measureUnit ? `${indicator.name} (${indicator.measureUnit})` : indicator.name;
}
