import { clusterMessages } from '../i18n/vi-clusters';
import { leafFlags, roundPoints, type CriterionRow, type TableMaxima } from './criteria';

/**
 * Why a score cannot be given to a criterion, or null when it can: content and bonus points lie in 0…max;
 * deductions are written as negative numbers in −max…0.
 * @example pointsProblem('Xã A', { code: '1', title: 'Lúa', kind: 'noi_dung', maxPoints: 20 }, 21) → 'Xã A: điểm tiêu chí 1 "Lúa" là 21, vượt điểm tối đa 20.'
 */
export function pointsProblem(
  unitName: string,
  criterion: Pick<CriterionRow, 'code' | 'title' | 'kind' | 'maxPoints'>,
  points: number,
): string | null {
  const { code, title, maxPoints } = criterion;
  if (criterion.kind === 'tru') {
    if (points > 0) return clusterMessages.deductionSign(unitName, code, title, points);
    if (points < -maxPoints) return clusterMessages.deductionBeyondMax(unitName, code, title, points, maxPoints);
    return null;
  }
  if (points < 0) return clusterMessages.belowZero(unitName, code, title, points);
  if (points > maxPoints) return clusterMessages.aboveMax(unitName, code, title, points, maxPoints);
  return null;
}

export interface LayerTotals {
  content: number;
  bonus: number;
  /** Zero or negative. */
  deduction: number;
  /** content + bonus + deduction. */
  total: number;
  /** Leaves with a score, of `leaves`. */
  scored: number;
  leaves: number;
}

/**
 * Adds up one layer of a unit's scores over the table's leaves; a leaf without a score counts as nothing.
 * @example layerTotals(rows, new Map([[1, 900], [2, 40], [3, -10]])).total === 930
 */
export function layerTotals(
  rows: readonly Pick<CriterionRow, 'id' | 'level' | 'kind'>[],
  points: ReadonlyMap<number, number | null>,
): LayerTotals {
  const leaves = leafFlags(rows);
  const totals = { content: 0, bonus: 0, deduction: 0, scored: 0, leaves: 0 };
  rows.forEach((row, i) => {
    if (!leaves[i]) return;
    totals.leaves += 1;
    const value = points.get(row.id);
    if (value === null || value === undefined) return;
    totals.scored += 1;
    if (row.kind === 'noi_dung') totals.content += value;
    else if (row.kind === 'thuong') totals.bonus += value;
    else totals.deduction += value;
  });
  const content = roundPoints(totals.content);
  const bonus = roundPoints(totals.bonus);
  const deduction = roundPoints(totals.deduction);
  return {
    content,
    bonus,
    deduction,
    total: roundPoints(content + bonus + deduction),
    scored: totals.scored,
    leaves: totals.leaves,
  };
}

/** A total can never exceed the table's scale; a check the service and the tests share. */
export function totalWithinScale(totals: LayerTotals, maxima: TableMaxima): boolean {
  return totals.total <= maxima.total && totals.deduction >= -maxima.deduction;
}
