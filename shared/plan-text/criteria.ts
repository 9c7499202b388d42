import { lowerVietnamese } from './normalize';
import type { ClassifiedLine } from './sections';
import type { ParsedCriterion } from './types';

const shareOfTargets =
  /(?:tối thiểu|ít nhất|từ)\s+\d+(?:,\d+)?\s*%\s*(?:trở lên\s+)?(?:các\s+|số\s+|tổng số\s+)?(?:chỉ tiêu|nhiệm vụ)/u;
const awardForms = /giấy khen|bằng khen|cờ thi đua|thư khen|danh hiệu/u;

/**
 * True for a condition of commendation written among the targets: a share of targets to reach
 * ("đạt tối thiểu 50% chỉ tiêu được giao") or an award with a figure attached ("Bằng khen … 02 cá nhân").
 * @example isCommendationCriterion('Đơn vị đạt tối thiểu 50% chỉ tiêu được giao') === true
 */
export function isCommendationCriterion(text: string): boolean {
  const lower = lowerVietnamese(text);
  return shareOfTargets.test(lower) || (awardForms.test(lower) && /\d/.test(lower));
}

/**
 * Collects the commendation rules: every paragraph of a commendation section, and conditions of
 * commendation written in the content or target sections.
 * @example findCriteria(classifyLines(normalizePlanText('I. KHEN THƯỞNG\n- Tặng Giấy khen …')))[0]?.line === 2
 */
export function findCriteria(lines: readonly ClassifiedLine[]): ParsedCriterion[] {
  return lines
    .filter((line) => line.text !== '' && line.headingLevel === 0)
    .filter(
      (line) =>
        line.kind === 'commendation' ||
        (['content', 'targets', 'other'].includes(line.kind) && isCommendationCriterion(line.item.rest)),
    )
    .map((line) => ({ text: line.item.rest, line: line.line }));
}
