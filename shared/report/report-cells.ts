import type { TargetEvaluation, UnitEvaluation } from '../evaluation/evaluate-plan';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import { evaluationStatusLabels } from '../i18n/vi-evaluation';

/** How each table cell of the report prints; one place so HTML, Word and Excel agree to the character. */

const num = (value: number | null, decimals: number) => (value === null ? '' : formatVietnameseNumber(value, decimals));
const pct = (value: number | null) => (value === null ? '' : `${formatVietnameseNumber(value, 1)}%`);

/**
 * A change target as the plan words it ("tăng 10%", "giảm 0,2 – 0,5 điểm %"), not at the indicator's decimals.
 * @example changeWords({ comparator: 'increase', target: 10, max: null, changeMode: 'relative' }) === 'tăng 10%'
 */
export function changeWords(t: Pick<TargetEvaluation, 'comparator' | 'target' | 'max' | 'changeMode'>): string {
  const amount = (x: number | null) => (x === null ? '' : formatVietnameseNumber(x));
  const change = t.changeMode === 'relative' ? '%' : t.changeMode === 'points' ? ' điểm %' : '';
  const verb = t.comparator === 'decrease' ? 'giảm' : 'tăng';
  return `${verb} ${t.max !== null ? `${amount(t.target)} – ${amount(t.max)}` : amount(t.target)}${change}`;
}

/**
 * The "KH năm" cell: the plan's figure with its comparator where the plain number would mislead. A change target
 * shows the level it stands for, then the change as the plan words it, so that "% KH" (lũy kế ÷ KH năm) reads
 * back against the cell: "176.000 (tăng 10%)".
 * @example planCell({comparator:'lte', target: 9.4, …}) === '≤ 9,4'
 * @example planCell({comparator:'increase', target: 10, changeMode: 'relative', annualLevel: 176000, decimals: 0, …}) === '176.000 (tăng 10%)'
 */
export function planCell(
  t: Pick<TargetEvaluation, 'comparator' | 'target' | 'max' | 'decimals' | 'changeMode'> &
    Partial<Pick<TargetEvaluation, 'annualLevel'>>,
): string {
  const v = num(t.target, t.decimals);
  const m = num(t.max, t.decimals);
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
    case 'decrease': {
      const level = t.annualLevel ?? null;
      return level === null ? changeWords(t) : `${num(level, t.decimals)} (${changeWords(t)})`;
    }
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

/** What a lũy kế cell says when the units' figures make no whole-area value. */
export const notAggregableCell = 'Không tổng hợp được';

/**
 * "3/4 đơn vị đạt": a qualitative target judged unit by unit.
 * @example unitsAchievedCell({ achieved: 3, total: 4 }) === '3/4 đơn vị đạt'
 */
export function unitsAchievedCell(counts: { achieved: number; total: number }): string {
  return `${counts.achieved}/${counts.total} đơn vị đạt`;
}

/** The printed cells of one target's row. */
export function reportRowCells(t: TargetEvaluation): ReportRowCells {
  const qualitative = t.comparator === 'achieve' || t.comparator === 'text' || t.kind === 'qualitative';
  const achieved =
    t.unitsAchieved !== null
      ? unitsAchievedCell(t.unitsAchieved)
      : t.achieved === null
        ? ''
        : t.achieved
          ? 'Đạt'
          : 'Chưa đạt';
  const mark = (text: string) => (text !== '' && t.estimated ? `${text}${estimatedMark}` : text);
  const ytd = t.notAggregable !== null ? notAggregableCell : num(t.ytd, t.decimals);
  return {
    name: t.indicator,
    unit: t.unit ?? '',
    plan: planCell(t),
    periodValue: mark(qualitative ? achieved : num(t.periodValue, t.decimals)),
    ytd: t.notAggregable !== null ? ytd : mark(qualitative ? achieved : ytd),
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
    plan: u.target === null ? '' : planCell({ ...t, target: u.target, max: u.max, annualLevel: u.annualLevel }),
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
