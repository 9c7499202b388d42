import { formatVietnameseNumber } from '../domain/vietnamese-number';
import type { PlanEvaluation, TargetEvaluation, UnitEvaluation } from '../evaluation/evaluate-plan';
import { shortcomingWords as w } from '../i18n/vi-report';
import { changeWords, estimatedMark, reportRowCells } from './report-cells';

/** A figure with its unit as a sentence reads it: "87.581 triệu đồng", "38,3%". */
function withUnit(text: string, unit: string | null): string {
  if (text === '' || unit === null || unit.trim() === '') return text;
  return unit === '%' || unit === '‰' ? `${text}${unit}` : `${text} ${unit}`;
}

/**
 * How far a lagging target is from where it should stand by now: below the expected value for a target to reach,
 * above it for a cap, outside it for a band. Null when there is nothing to measure against.
 */
function distance(t: TargetEvaluation): string | null {
  if (t.ytd === null || t.expected === null) return null;
  const gap = t.ytd - t.expected;
  const amount = (x: number) => withUnit(formatVietnameseNumber(Math.abs(x), t.decimals), t.unit);
  const expected = withUnit(formatVietnameseNumber(t.expected, t.decimals), t.unit);
  // A level is expected to stand at the plan itself; a flow at its share of the year by now.
  const byNow = t.expectedShare === null ? null : expected;
  if (t.comparator === 'eq' || t.comparator === 'between') return w.offBy(amount(gap), byNow);
  const lowerIsBetter = t.comparator === 'lte' || t.comparator === 'lt' || t.comparator === 'decrease';
  if (lowerIsBetter) return gap > 0 ? w.above(amount(gap), byNow) : null;
  return gap < 0 ? w.below(amount(gap), byNow) : null;
}

/** The units holding a target back: their own allocation is behind or missed, least done first. */
function unitsBehind(t: TargetEvaluation): string | null {
  if (t.unitsAchieved !== null) {
    const names = t.units.filter((u) => u.achieved !== true).map((u) => u.name);
    return names.length === 0 ? null : w.unitsNotAchieved(names.join(', '));
  }
  const behind = t.units
    .filter((u) => u.status === 'cham' || u.status === 'khong_dat')
    .sort((a, b) => (a.percentOfPlan ?? Infinity) - (b.percentOfPlan ?? Infinity));
  if (behind.length === 0) return null;
  const named = (u: UnitEvaluation) =>
    u.percentOfPlan === null ? u.name : `${u.name} (${formatVietnameseNumber(u.percentOfPlan, 1)}%)`;
  return w.unitsBehind(behind.map(named).join(', '));
}

/**
 * The plan in a sentence: "176.000 triệu đồng, tăng 10%" for a change target (the level first, as in the table's
 * KH năm cell), else the KH năm cell with its unit ("320.080 tấn", "≤ 6%").
 */
function planPhrase(t: TargetEvaluation, planCellText: string): string {
  if ((t.comparator === 'increase' || t.comparator === 'decrease') && t.annualLevel !== null) {
    return `${withUnit(formatVietnameseNumber(t.annualLevel, t.decimals), t.unit)}, ${changeWords(t)}`;
  }
  return withUnit(planCellText, t.unit);
}

/**
 * One line of "Tồn tại, hạn chế" for a target behind schedule or missed, built from the same cells as its row in
 * the report's table (lũy kế, % KH, KH năm), so the sentence never says what the table does not:
 * "- Giá trị sản xuất: lũy kế 87.581 triệu đồng, đạt 49,8% kế hoạch năm (176.000 triệu đồng, tăng 10%); chậm so
 * với tiến độ, còn thiếu 419 triệu đồng so với mức cần đạt đến nay (88.000 triệu đồng)." A level (a rate, a share,
 * an income) reads "thực hiện 14,8 triệu đồng"; a qualitative target its judgement ("3/4 đơn vị đạt").
 */
export function shortcomingLine(t: TargetEvaluation): string {
  const cells = reportRowCells(t);
  // A sentence says "ước" where the table marks the figure with an asterisk.
  const shown = cells.ytd.endsWith(estimatedMark) ? cells.ytd.slice(0, -estimatedMark.length) : cells.ytd;
  const verdict = t.status === 'khong_dat' ? w.missed : w.behind;
  const units = unitsBehind(t);
  const unitsText = units === null ? '' : ` ${units}.`;
  if (t.kind === 'qualitative' || t.comparator === 'achieve' || t.comparator === 'text') {
    const judged = shown === '' ? w.notJudged : shown === cells.ytd ? shown : w.estimatedJudgement(shown);
    return `- ${t.indicator}: ${judged}; ${verdict}.${unitsText}`;
  }
  const plan = cells.plan === '' ? '' : ` (${planPhrase(t, cells.plan)})`;
  const progress =
    cells.percentOfPlan === ''
      ? plan === ''
        ? ''
        : `, ${w.planOnly(planPhrase(t, cells.plan))}`
      : `, ${w.percentOfPlan(cells.percentOfPlan)}${plan}`;
  const far = distance(t);
  const figure = withUnit(shown, t.unit);
  const estimated = shown !== cells.ytd;
  const reached = t.expectedShare === null ? w.level(figure, estimated) : w.ytd(figure, estimated);
  return `- ${t.indicator}: ${reached}${progress}; ${verdict}${far === null ? '' : `, ${far}`}.${unitsText}`;
}

/** Why a target's whole-area figure could not be added up, naming the units. */
export function notAggregableLine(t: TargetEvaluation): string {
  const names = t.notAggregableUnits.join(', ');
  return t.notAggregable?.reason === 'missing_denominator'
    ? w.missingDenominator(t.indicator, names)
    : w.notAdditive(t.indicator, names);
}

/**
 * "Tồn tại, hạn chế" drafted from the evaluation: each target behind schedule or missed with how far and the units
 * holding it back, the targets whose whole-area figure cannot be added up and why, and those without figures.
 * @example shortcomingsText(evaluation) === '- Giá trị sản xuất: lũy kế 87.581 …\n- 1 chỉ tiêu chưa có số liệu: …'
 */
export function shortcomingsText(evaluation: Pick<PlanEvaluation, 'targets'>): string {
  const lines: string[] = [];
  for (const t of evaluation.targets) {
    if (t.status === 'cham' || t.status === 'khong_dat') lines.push(shortcomingLine(t));
  }
  for (const t of evaluation.targets) if (t.notAggregable !== null) lines.push(notAggregableLine(t));
  const missing = evaluation.targets.filter((t) => t.status === 'chua_co_so_lieu' && t.notAggregable === null);
  if (missing.length > 0) lines.push(w.noFigures(missing.length, missing.map((t) => t.indicator).join('; ')));
  return lines.length > 0 ? lines.join('\n') : w.allMet;
}
