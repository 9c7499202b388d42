import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { planCell } from '@shared/report/report-cells';
import { viDashboard } from '../i18n/vi-dashboard';

const w = viDashboard.plan;

/** What an empty cell shows: a dash, so "no figure" never reads as zero or as still loading. */
export const emptyCell = viDashboard.empty;

/**
 * A computed amount at the indicator's precision; a dash for no value.
 * @example formatAmount(176121, 0) === '176.121'
 * @example formatAmount(9.0123, 1) === '9,0'
 * @example formatAmount(null, 0) === '—'
 */
export function formatAmount(value: number | null, decimals: number): string {
  return value === null || !Number.isFinite(value) ? emptyCell : formatVietnameseNumber(value, decimals);
}

/**
 * A percentage with one decimal, as the report's "% KH" and "% so cùng kỳ" columns print it.
 * @example formatPercent(55.024) === '55,0%'
 * @example formatPercent(null) === '—'
 */
export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? emptyCell : `${formatVietnameseNumber(value, 1)}%`;
}

/**
 * Đạt / Chưa đạt for yes-no figures (a commune meeting the standard, a qualitative target).
 * @example formatAchieved(false) === 'Chưa đạt'
 */
export function formatAchieved(achieved: boolean | null): string {
  if (achieved === null) return emptyCell;
  return achieved ? w.achieved : w.notAchieved;
}

/**
 * Adds "(ước)" to a figure that rests on estimates; a dash stays a dash.
 * @example markEstimated('176.121', true) === '176.121 (ước)'
 */
export function markEstimated(text: string, estimated: boolean): string {
  return estimated && text !== emptyCell ? `${text} ${viDashboard.estimated}` : text;
}

type PlanFigure = Pick<TargetEvaluation, 'comparator' | 'target' | 'max' | 'decimals' | 'changeMode'> &
  Partial<Pick<TargetEvaluation, 'annualLevel'>>;

/**
 * The "KH năm" cell, exactly as the printed report words it (`planCell`): the plan's figure with its comparator
 * where the bare number would mislead ("dưới 9,4%" is not "9,4"), and a change target as the level it stands for
 * with the plan's words, so "% KH" reads back against it. A figure the plan lacks shows "…".
 * @example formatPlanFigure({ comparator: 'gte', target: 320080, decimals: 0, … }) === '320.080'
 * @example formatPlanFigure({ comparator: 'lte', target: 9.4, decimals: 1, … }) === '≤ 9,4'
 * @example formatPlanFigure({ comparator: 'increase', target: 10, changeMode: 'relative', annualLevel: 176000, … }) === '176.000 (tăng 10%)'
 */
export function formatPlanFigure(t: PlanFigure): string {
  const needsFigure = t.comparator !== 'zero' && t.comparator !== 'achieve' && t.comparator !== 'text';
  return needsFigure && t.target === null ? '…' : planCell(t);
}

/** Targets judged Đạt / Không đạt by the council, and unit counts, show yes-no figures rather than numbers. */
export function isYesNoTarget(t: Pick<TargetEvaluation, 'comparator' | 'kind'>): boolean {
  return t.kind === 'qualitative' || t.comparator === 'achieve' || t.comparator === 'text';
}

/**
 * A figure with its unit of measure: "%" and "‰" stick to the number, other units follow a space.
 * @example withMeasure('209', 'tấn') === '209 tấn'
 * @example withMeasure('9,0', '%') === '9,0%'
 */
export function withMeasure(text: string, measure: string | null): string {
  if (measure === null || measure.trim() === '' || text === emptyCell) return text;
  return measure === '%' || measure === '‰' ? `${text}${measure}` : `${text} ${measure}`;
}

/**
 * A share (0,1 = 10%) as a percentage, without trailing zeros.
 * @example formatShare(0.1) === '10%'
 * @example formatShare(0.4217) === '42,2%'
 */
export function formatShare(share: number): string {
  return `${formatVietnameseNumber(Math.round(share * 1000) / 10)}%`;
}
