import { planReadingMessages } from '../i18n/vi-plan-reading';
import { foldForMatch, wordCount } from './normalize';
import type { BlockContext, OutlineEntry, SectionTopic } from './outline';
import type { StatementReading } from './statement';

/** Proposed as a target from this confidence up; below it a statement is left out. */
export const proposeFrom = 0.5;
/** Below this confidence a proposed target is flagged for the secretary to check. */
export const confidentFrom = 0.7;

/** What the sentence a statement was cut from says about it, read once per sentence. */
export interface SentenceSignals {
  /** It strives or sets ("phấn đấu", "đặt mục tiêu", "cần đạt"). */
  strives: boolean;
  /** It reports a result already reached ("đã đạt", "năm qua", "ước thực hiện"). */
  reportsPast: boolean;
  /** It reports an event: who attended, who spoke. */
  reportsEvent: boolean;
  /** It speaks of the plan's year, or only of earlier years. */
  mentionsPlanYear: boolean;
  mentionsEarlierYear: boolean;
  /** It opens with a task ("Tổ chức …", "Tuyên truyền …"). */
  opensWithTask: boolean;
  long: boolean;
}

/**
 * Reads a sentence's signals once: a sentence may hold dozens of statements, and scoring each against the whole
 * sentence again would make a long sentence cost quadratic time.
 */
export function sentenceSignals(sentence: string, planYear: number | null): SentenceSignals {
  const folded = foldForMatch(sentence);
  const years = planYear === null ? [] : timeYears(folded);
  return {
    strives: striving.test(folded),
    reportsPast: pastResult.test(folded),
    reportsEvent: eventReport.test(folded),
    mentionsPlanYear: years.some((year) => year === planYear),
    mentionsEarlierYear: planYear !== null && years.some((year) => year < planYear),
    opensWithTask: taskStart.test(folded),
    long: wordCount(sentence) > 45,
  };
}

export interface ProseEvidence {
  context: BlockContext;
  sentence: SentenceSignals;
  planYear: number | null;
  /** The plan has numbered sections: text before the first one is its preamble. */
  hasSections: boolean;
  /** The paragraph starts with a list marker. */
  listItem: boolean;
  /** The paragraph opens with an earlier year ("Năm 2025, …"): its sentences report that year unless they say otherwise. */
  pastParagraph: boolean;
  /**
   * An aside: a paragraph wholly in parentheses (last year's results given for comparison) or a news headline that
   * repeats a target of the body.
   */
  aside: boolean;
}

export interface Score {
  confidence: number;
  reason: string;
}

const topicWeights: Record<SectionTopic, number> = {
  targets: 0.3,
  content: 0,
  purpose: -0.25,
  solutions: -0.3,
  organisation: -0.3,
  commendation: -0.5,
};

const reasons = planReadingMessages.reason;

// Results already reached are reported, not set: "năm qua đã đạt", "ước thực hiện", "kết quả".
// "đã" marks what is done, except in the plan's own references to what it has set ("các chỉ tiêu đã đề ra").
const pastResult =
  /(?:^|[^a-z])(?:da (?!de ra|duoc giao|giao|ban hanh|neu|xac dinh)|da dat|da hoan thanh|da co|dat duoc|nam qua|vua qua|ket qua (?:nam|thuc hien|dat duoc|cua nam|so sanh)|uoc dat|uoc thuc hien|uoc tinh|thuc hien duoc|da thuc hien|so voi ke hoach dat|nhiem ky qua|giai doan truoc)(?=\s|$|,)/;
const striving =
  /(?:^|\s)(?:phan dau|dat muc tieu|muc tieu la|muc tieu cu the|voi muc tieu|muc tieu dat|can dat|phai dat|se dat|ke hoach nam|chi tieu sau)(?=\s|$|,|:)/;
// A report of an event, not a plan: who attended, who spoke.
const eventReport = /(?:^|\s)(?:du hoi nghi|tham du|dai bieu|khach moi|buoi le|phat bieu|toi du)(?=\s|$)/;
const taskStart =
  /^(?:to chuc|trien khai|tuyen truyen|tiep tuc|day manh|tang cuong|chi dao|phoi hop|huong dan|kiem tra|tham muu|de nghi|giao|quan triet|van dong|boi duong|phat dong|bieu duong|xay dung ke hoach|ban hanh|theo doi|don doc|cung co|thuc hien tot|nang cao chat luong|phat huy|khuyen khich|ra soat|lam tot)(?=\s|$)/;

// A statement about the plan's targets as a whole ("hoàn thành 100% chỉ tiêu kế hoạch năm 2023") names no indicator.
const genericWords =
  /\b(?:hoan thanh|vuot|dat|phan dau|cac|chi tieu|ke hoach|nhiem vu|muc tieu|duoc giao|tren giao|de ra|nam|kinh te|xa hoi|kt|xh|chinh tri|thang loi|toan dien|ty le|tong so|so|\d+)\b/g;

function isGeneric(name: string): boolean {
  return (
    foldForMatch(name)
      .replace(genericWords, ' ')
      .replace(/[^a-z]+/g, '') === ''
  );
}

function clamp(value: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, value)) * 100) / 100;
}

/** Years a sentence speaks of, apart from those it compares with ("so với năm 2024") or cites ("số 15/2025"). */
export function timeYears(folded: string): number[] {
  const years: number[] = [];
  for (const match of folded.matchAll(/(?<![\d/.-])(19\d\d|20\d\d)(?![\d/])/g)) {
    const before = folded.slice(Math.max(0, (match.index ?? 0) - 16), match.index);
    if (/so voi(?: \S+){0,3}\s*$/.test(before) || /[/-]\s*$/.test(before)) continue;
    years.push(Number(match[1]));
  }
  return years;
}

function quoteOf(entry: OutlineEntry): string {
  const text = entry.text.replace(/:$/u, '');
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

/** Where a statement sits, in a few words: "dưới dòng “Phấn đấu …”", "mục “Chỉ tiêu thi đua”". */
function placeOf(context: BlockContext, hasSections: boolean): string {
  if (context.targetLeadIn) return reasons.underLeadIn(quoteOf(context.targetLeadIn));
  const heading = [...context.ancestors].reverse().find((entry) => entry.topic !== null);
  if (heading && heading.topic !== null) {
    return heading.topic === 'targets'
      ? reasons.targetsSection(quoteOf(heading))
      : reasons.otherSection(reasons.sections[heading.topic]);
  }
  return hasSections && context.preamble ? reasons.preamble : reasons.prose;
}

function formOf(reading: StatementReading): string {
  return reading.wording === '' ? '' : reasons.wording(reading.wording, reading.reference?.text ?? null);
}

/**
 * How sure the reader is that a statement of prose is a target, and why, in one Vietnamese line. The section and
 * lead-in it sits under raise or lower the confidence; they never decide alone.
 * @example scoreProse(reading, { context: targetsSection, … }).reason === 'mục “Chỉ tiêu thi đua”: “đạt …”'
 */
export function scoreProse(reading: StatementReading, evidence: ProseEvidence): Score {
  const { context, sentence, planYear, hasSections, listItem, pastParagraph, aside } = evidence;
  const qualitativeReading = reading.value === null || reading.comparator === 'zero';
  let confidence = 0.45 + reading.strength;
  const leadInWeight = context.targetLeadIn ? 0.3 : 0;
  const topicWeight = context.topic === null ? 0 : topicWeights[context.topic];
  // A lead-in that announces targets outweighs the section it sits in, which still counts for half.
  confidence += leadInWeight > 0 ? Math.max(leadInWeight, topicWeight) + Math.min(0, topicWeight) / 2 : topicWeight;
  const inTargets = leadInWeight > 0 || topicWeight > 0;
  if (hasSections && context.preamble) confidence -= 0.2;
  const strives = sentence.strives;
  if (!inTargets && strives) confidence += 0.15;
  // Outside a list of targets, a bare figure ("… và 12 thôn") needs a verb to be a target.
  if (!inTargets && reading.bare) confidence -= 0.2;
  if (sentence.reportsEvent && !strives) confidence -= 0.3;
  if (sentence.reportsPast) confidence -= 0.35;
  if (planYear !== null) {
    if (sentence.mentionsPlanYear) confidence += 0.05;
    else if (sentence.mentionsEarlierYear) confidence -= 0.3;
    else if (pastParagraph) confidence -= 0.4;
  }
  // Outside a list of targets, a sentence sets a target when it strives or speaks of the plan's year; a sentence
  // that only describes ("đồng bào dân tộc thiểu số chiếm 38,6% dân số") does not.
  if (!inTargets && !strives && !sentence.mentionsPlanYear) confidence -= 0.25;
  if (aside) confidence -= 0.2;
  // A figure in a parenthesis of a sentence that sets no target describes (the commune's population, its parts).
  if (reading.inParentheses && !inTargets) confidence -= 0.15;
  // A task is not a target, unless a list of targets gives it a result to reach ("tổ chức diễn tập … đạt loại khá").
  const ownText = foldForMatch(reading.text);
  const withResult = inTargets && /(?:^|\s)dat(?=\s)/.test(ownText);
  if ((taskStart.test(ownText) && !withResult) || (sentence.opensWithTask && !inTargets)) confidence -= 0.2;
  if (listItem) confidence += 0.05;
  if (isGeneric(reading.name)) confidence -= 0.4;
  if (sentence.long) confidence -= 0.1;
  if (qualitativeReading && !inTargets) confidence -= 0.3;
  if (reading.comparator === 'text') confidence -= 0.05;
  return { confidence: clamp(confidence), reason: `${placeOf(context, hasSections)}${formOf(reading)}` };
}
