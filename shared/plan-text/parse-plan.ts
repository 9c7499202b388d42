import { AppError } from '../errors';
import { isCommendationCriterion, findCriteria } from './criteria';
import { parseHeader } from './header';
import { normalizePlanText } from './normalize';
import { classifyLines } from './sections';
import { splitTargetLine } from './split-targets';
import { findTargetCandidates } from './target-zones';
import { parseTargetPhrase, type TargetDraft } from './target-phrase';
import type { ParsedPlan, ParsedTarget } from './types';

/**
 * Reads an emulation plan (kế hoạch phát động thi đua) pasted or extracted as plain text: its
 * header, the targets it sets and its commendation criteria. It proposes; the secretary confirms
 * every target, starting with those marked `ambiguous`.
 * Throws AppError PLAN_TEXT_INVALID when the text is empty.
 * @example parsePlanText(text).targets[0] → { name: 'Sản lượng lúa', comparator: 'gte', value: 320080, unit: 'tấn', … }
 */
export function parsePlanText(text: string): ParsedPlan {
  if (text.trim() === '') {
    throw new AppError('PLAN_TEXT_INVALID', 'Văn bản kế hoạch trống: hãy dán hoặc chọn tệp có nội dung kế hoạch.');
  }
  const lines = normalizePlanText(text);
  const classified = classifyLines(lines);
  const criteria = findCriteria(classified);
  const targets: ParsedTarget[] = [];

  for (const candidate of findTargetCandidates(classified)) {
    if (isCommendationCriterion(candidate.text)) {
      if (!criteria.some((criterion) => criterion.line === candidate.line)) {
        criteria.push({ text: candidate.text, line: candidate.line });
      }
      continue;
    }
    let previous: TargetDraft | null = null;
    for (const segment of splitTargetLine(candidate.text)) {
      const context = { previousName: previous?.name ?? null, previousComparator: previous?.comparator ?? null };
      const draft = parseTargetPhrase(segment, { ...context, leadIn: candidate.leadIn });
      if (draft === null) continue;
      targets.push({ ...draft, line: candidate.line });
      previous = draft;
    }
  }
  criteria.sort((a, b) => a.line - b.line);
  return { header: parseHeader(lines), targets, criteria };
}
