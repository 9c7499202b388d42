import type { Comparator, IndicatorGroup } from '../domain/target-form';
import { splitClauses, splitSentences } from './clauses';
import { isCommendationCondition } from './criteria';
import { foldForMatch, trimChars, wordCount } from './normalize';
import type { BlockContext } from './outline';
import { proposeFrom, scoreProse, sentenceSignals, timeYears, type SentenceSignals } from './score';
import { expandParallel, readStatement, type StatementReading } from './statement';

/** A statement of prose proposed as a target. */
export interface ProseTarget {
  reading: StatementReading;
  /** Where the statement starts in the text that was read (for its line). */
  offset: number;
  group: IndicatorGroup | null;
  hintGroup: IndicatorGroup | null;
  confidence: number;
  reason: string;
}

export interface ProseInput {
  text: string;
  context: BlockContext;
  planYear: number | null;
  hasSections: boolean;
  listItem: boolean;
  /** The paragraph is a news report's headline: it repeats a target of the body, it does not set one. */
  headline?: boolean;
}

// Sentences that cite, not set: the legal bases and the plan's own title.
const citation =
  /^(?:Căn cứ|Thực hiện (?:Kế hoạch|Chỉ thị|Nghị quyết|Quyết định|Công văn|Hướng dẫn|Thông báo|Kết luận)|KẾ HOẠCH\b)/iu;
const maxQualitativeWords = 45;
const maxClausesPerSentence = 100;

/** "Năm 2025, năm cuối của nhiệm kỳ, …": a paragraph that reports an earlier year. */
function opensWithEarlierYear(sentence: string, planYear: number): boolean {
  const years = timeYears(foldForMatch(sentence.slice(0, 200)));
  return years.length > 0 && years.every((year) => year < planYear);
}

/**
 * Finds the targets a paragraph of prose states, anywhere in the plan, and the commendation conditions among its
 * sentences. Each statement is read, then scored with its section and sentence; those below the proposal threshold
 * are left out.
 * @example readProse({ text: 'Sản lượng lúa đạt 320.080 tấn.', context: targetsSection, … }).targets[0]?.reading.value === 320080
 */
export function readProse(input: ProseInput): {
  targets: ProseTarget[];
  conditions: { text: string; offset: number }[];
} {
  const { text, context, planYear, hasSections, listItem } = input;
  const targets: ProseTarget[] = [];
  const conditions: { text: string; offset: number }[] = [];
  if (context.footer || citation.test(text)) return { targets, conditions };
  const listsTargets = context.targetLeadIn !== null || context.topic === 'targets';
  const aside = (text.startsWith('(') && text.endsWith(')')) || input.headline === true;
  const sentences = splitSentences(text);
  const pastParagraph = planYear !== null && opensWithEarlierYear(sentences[0]?.text ?? '', planYear);
  for (const sentence of sentences) {
    const sentenceText = trimChars(sentence.text, ' ');
    if (citation.test(sentenceText)) continue;
    if (isCommendationCondition(sentenceText)) {
      conditions.push({ text: trimChars(sentenceText, ' ;'), offset: sentence.offset });
      continue;
    }
    let previousName: string | null = null;
    let previousComparator: Comparator | null = null;
    // A sentence of a plan states a few targets, a dozen at most; past a hundred it is not a sentence of a plan, and
    // reading on would only cost time.
    const clauses = splitClauses(sentenceText, { aims: listsTargets }).slice(0, maxClausesPerSentence);
    let signals: SentenceSignals | null = null;
    for (const clause of clauses) {
      const qualitative = listsTargets && wordCount(clause.text) <= maxQualitativeWords;
      const read = readStatement(clause, { previousName, previousComparator, planYear, qualitative });
      if (read === null) continue;
      if (read.value !== null) {
        previousName = read.name;
        previousComparator = read.subjectFirst ? read.comparator : null;
      }
      for (const reading of expandParallel(read)) {
        signals ??= sentenceSignals(sentenceText, planYear);
        const score = scoreProse(reading, {
          context,
          sentence: signals,
          planYear,
          hasSections,
          listItem,
          pastParagraph,
          aside,
        });
        if (score.confidence < proposeFrom || reading.name === '') continue;
        targets.push({
          reading,
          offset: sentence.offset + clause.offset,
          group: context.group,
          hintGroup: context.hintGroup,
          confidence: score.confidence,
          reason: score.reason,
        });
      }
    }
  }
  return { targets, conditions };
}
