import type { Figure } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import type { Target } from '@shared/domain/plan';
import type { Unit } from '@shared/domain/unit';

/** Small builders so each test states only the numbers its rule is about. */

export function indicator(fields: Partial<Indicator> & Pick<Indicator, 'id' | 'kind'>): Indicator {
  return {
    name: `Chỉ số ${fields.id}`,
    group: 'kinh_te',
    measureUnit: null,
    areaOnly: false,
    numeratorLabel: null,
    denominatorLabel: null,
    rateScale: fields.kind === 'rate' ? 100 : 1,
    direction: 'higher',
    decimals: 2,
    demo: false,
    ...fields,
  };
}

export function target(fields: Partial<Target> & Pick<Target, 'indicatorId' | 'comparator'>): Target {
  return {
    id: fields.indicatorId,
    planId: 1,
    unitId: null,
    year: 2023,
    value: null,
    max: null,
    changeMode: null,
    baselineYear: null,
    baselineValue: null,
    sourceText: null,
    phasingMode: 'seasonal',
    milestones: null,
    position: 0,
    note: null,
    ...fields,
  };
}

type FigureFields = Partial<Pick<Figure, 'value' | 'numerator' | 'denominator' | 'achieved' | 'status'>>;

/** One quarter's figure; `unitId` null is a whole-area entry. */
export function figure(
  indicatorId: number,
  unitId: number | null,
  year: number,
  quarter: Quarter,
  fields: FigureFields,
): Figure {
  return {
    indicatorId,
    unitId,
    year,
    quarter,
    value: null,
    numerator: null,
    denominator: null,
    achieved: null,
    status: 'chinh_thuc',
    note: null,
    ...fields,
  };
}

/** A flow or stock reported for one scope, one value per quarter (null: not reported). */
export function quarterly(
  indicatorId: number,
  unitId: number | null,
  year: number,
  values: readonly (number | null)[],
  status: Figure['status'] = 'chinh_thuc',
): Figure[] {
  return values.flatMap((value, i) =>
    value === null ? [] : [figure(indicatorId, unitId, year, (i + 1) as Quarter, { value, status })],
  );
}

export function unit(id: number, code: string, name: string, kind: Unit['kind'] = 'xa') {
  return { id, code, name, kind };
}
