import type { TargetEvaluation, UnitEvaluation } from '../evaluation/evaluate-plan';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import { evaluationStatusLabels } from '../i18n/vi-evaluation';

/** How each table cell of the report prints; one place so HTML, Word and Excel agree to the character. */

const num = (value: number | null, decimals: number) => (value === null ? '' : formatVietnameseNumber(value, decimals));
const pct = (value: number | null) => (value === null ? '' : `${formatVietnameseNumber(value, 1)}%`);

/**
 * The "KH năm" cell: the plan's figure with its comparator where the plain number would mislead.
 * @example planCell({comparator:'lte', target: 9.4, …}) === '≤ 9,4'
 */
export function planCell(
  t: Pick<TargetEvaluation, 'comparator' | 'target' | 'max' | 'decimals' | 'changeMode'>,
): string {
  const v = num(t.target, t.decimals);
  const m = num(t.max, t.decimals);
  const change = t.changeMode === 'relative' ? '%' : t.changeMode === 'points' ? ' điểm %' : '';
  switch (t.comparator) {
    case 'gte':
      return v;
    case 'gt':
      return `> ${v}`;
    case 'lte':
      return `≤ ${v}`;
    case 'lt':
      return `< ${v}`;
    case 'eq':
      return v;
    case 'between':
      return `${v} – ${m}`;
    case 'increase':
      return `tăng ${m ? `${v} – ${m}` : v}${change}`;
    case 'decrease':
      return `giảm ${m ? `${v} – ${m}` : v}${change}`;
    case 'zero':
      return '0';
    case 'achieve':
    case 'text':
      return 'Đạt';
  }
}

export interface ReportRowCells {
  name: string;
  unit: string;
  plan: string;
  periodValue: string;
  ytd: string;
  percentOfPlan: string;
  samePeriodLastYear: string;
  percentOfLastYear: string;
  status: string;
}

/** Estimated figures carry an asterisk, explained under the table (a word in every cell would crowd it). */
export const estimatedMark = '*';

/** The printed cells of one target's row. */
export function reportRowCells(t: TargetEvaluation): ReportRowCells {
  const qualitative = t.comparator === 'achieve' || t.comparator === 'text' || t.kind === 'qualitative';
  const achieved = t.achieved === null ? '' : t.achieved ? 'Đạt' : 'Chưa đạt';
  const mark = (text: string) => (text !== '' && t.estimated ? `${text}${estimatedMark}` : text);
  return {
    name: t.indicator,
    unit: t.unit ?? '',
    plan: planCell(t),
    periodValue: mark(qualitative ? achieved : num(t.periodValue, t.decimals)),
    ytd: mark(qualitative ? achieved : num(t.ytd, t.decimals)),
    percentOfPlan: pct(t.percentOfPlan),
    samePeriodLastYear: qualitative ? '' : num(t.samePeriodLastYear, t.decimals),
    percentOfLastYear: pct(t.percentOfLastYear),
    status: evaluationStatusLabels[t.status],
  };
}

export interface AnnexRowCells {
  name: string;
  plan: string;
  ytd: string;
  percentOfPlan: string;
  status: string;
}

/** A unit's row in the annex: its own allocation when it has one. */
export function annexRowCells(t: TargetEvaluation, u: UnitEvaluation): AnnexRowCells {
  const qualitative = t.kind === 'unit_count' || t.kind === 'qualitative';
  return {
    name: u.name,
    plan: u.target === null ? '' : planCell({ ...t, target: u.target, max: u.max }),
    ytd: qualitative
      ? u.achieved === null
        ? ''
        : u.achieved
          ? 'Đạt'
          : 'Chưa đạt'
      : `${num(u.ytd, t.decimals)}${u.estimated && u.ytd !== null ? estimatedMark : ''}`,
    percentOfPlan: pct(u.percentOfPlan),
    status: u.status === null ? '' : evaluationStatusLabels[u.status],
  };
}
