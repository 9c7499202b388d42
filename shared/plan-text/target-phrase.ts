import type { Comparator } from '../domain/target-form';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import { changeDirectionOf, comparatorFromWords, splitComparatorWords, type ChangeDirection } from './comparator-words';
import { classifyIndicatorGroup } from './indicator-group';
import { capitalizeFirst, lowerVietnamese } from './normalize';
import { findValueTokens, type ValueToken } from './number-tokens';
import type { TargetSegment } from './split-targets';
import type { ParsedTarget } from './types';
import { firstWordAt, isCountUnit, meetingUnits } from './units';

export type TargetDraft = Omit<ParsedTarget, 'line'>;

export interface PhraseContext {
  /** The name of the previous target on the same line, for "…; tăng 6,5% so với chỉ tiêu trên giao". */
  previousName: string | null;
  /**
   * The comparator of the previous target on the same line: in "Nông nghiệp chiếm 38,5%, dịch vụ 36%"
   * or "tăng 5%, 7%" the verb is written once for the whole list.
   */
  previousComparator?: Comparator | null;
  leadIn: string | null;
}

const listedVerbs: Partial<Record<Comparator, string>> = { eq: 'chiếm', increase: 'tăng', decrease: 'giảm' };

const fillerStart = /^(?:trong đó|phấn đấu(?:\s+(?:có|đạt))?|thực hiện|đảm bảo|bảo đảm)\s+/iu;
const changeVerbStart = /^(giảm|tăng|nâng)\s+/iu;
const zeroForm = /^không (?:để (?:tái )?(?:phát sinh|xảy ra|có)|còn|có)\s+(.+)$/iu;
const achieveWords = /\s*(?:đạt và vượt|hoàn thành|vượt)(?![\p{L}])/iu;
const rateWords = /tỷ lệ|tỉ lệ/iu;

/** Drops parentheses that do not list targets ("(giá so sánh 2010)") before reading the phrase. */
function coreOf(text: string): string {
  return text
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[\s.;,:]+$/u, '')
    .trim();
}

function lowerFirst(text: string): string {
  return lowerVietnamese(text.charAt(0)) + text.slice(1);
}

function isRate(name: string): boolean {
  return rateWords.test(name);
}

function base(
  text: string,
  name: string,
  context: PhraseContext,
  label: string | null,
): Omit<TargetDraft, 'comparator'> {
  return {
    text,
    name: capitalizeFirst(name),
    group: classifyIndicatorGroup(`${label ?? ''} ${name} ${coreOf(text)}`, context.leadIn),
    value: null,
    max: null,
    unit: null,
    relative: false,
    baselineYear: null,
    baseline: null,
    ambiguous: false,
    ambiguityReason: null,
    note: null,
  };
}

function qualitative(segment: TargetSegment, core: string, context: PhraseContext): TargetDraft {
  const zero = zeroForm.exec(core);
  if (zero) {
    const rest = zero[1] ?? '';
    return {
      ...base(segment.text, rest, context, segment.label),
      comparator: 'zero',
      value: 0,
      unit: firstWordAt(rest),
    };
  }
  const achieve = achieveWords.exec(core);
  if (achieve || /đạt chuẩn|đạt chỉ tiêu|đạt kế hoạch/iu.test(core)) {
    const subject = achieve && achieve.index > 0 ? core.slice(0, achieve.index) : core;
    return { ...base(segment.text, subject, context, segment.label), comparator: 'achieve' };
  }
  const draft: TargetDraft = { ...base(segment.text, core, context, segment.label), comparator: 'text' };
  if (isRate(core)) {
    return { ...draft, ambiguous: true, ambiguityReason: 'Chỉ tiêu nói về tỷ lệ nhưng không nêu con số cụ thể.' };
  }
  return draft;
}

/** The words after the value that only qualify it ("trở lên", "so với năm 2022") are not part of a name. */
function splitTail(after: string): {
  tail: string;
  description: string;
  baselineYear: number | null;
  baseline: string | null;
} {
  const trimmed = after.replace(/^[\s,]+/, '');
  const bound = /^(trở lên|trở xuống)\s*/iu.exec(trimmed);
  const rest = bound ? trimmed.slice(bound[0].length) : trimmed;
  const against = /(?:^|\s)so với\s+(.+)$/iu.exec(rest);
  const description = (against ? rest.slice(0, against.index) : rest).trim();
  const baselineText = against?.[1]?.trim() ?? null;
  // "so với năm 2022" is fully said by the year; "so với cùng kỳ năm 2022" keeps its words too.
  const year = baselineText === null ? undefined : /năm\s+(\d{4})$/iu.exec(baselineText)?.[1];
  const onlyYear = baselineText !== null && /^năm\s+\d{4}$/iu.test(baselineText);
  return {
    tail: bound ? lowerVietnamese(bound[1] ?? '') : '',
    description,
    baselineYear: year === undefined ? null : Number(year),
    baseline: onlyYear ? null : baselineText,
  };
}

function nameOf(input: {
  subject: string;
  description: string;
  token: ValueToken;
  label: string | null;
  change: ChangeDirection;
  words: string;
  previousName: string | null;
}): string {
  const { subject, description, token, label, change } = input;
  if (subject) {
    if (token.unit && token.unit !== '%' && isCountUnit(token.unit) && description) {
      return `${subject} ${token.unit} ${description}`;
    }
    // "Tỷ lệ huy động học sinh trong độ tuổi (Nhà trẻ 66%, …)": the item names a part of the labelled rate.
    if (label && isRate(label) && !isRate(subject)) return `${label} – ${lowerFirst(subject)}`;
    // "Trẻ em dưới 6 tuổi được tiêm chủng trên 98%" measures a rate; "chiếm 38,5%" is a share, named as written.
    if (token.unit === '%' && change === null && !isRate(subject) && !/chiếm|bằng/iu.test(input.words)) {
      return `tỷ lệ ${lowerFirst(subject).replace(/^số\s+/u, '')}`;
    }
    return subject;
  }
  if (description) {
    // A value written first: "90% khu dân cư đạt …" is a rate, "07 xã đạt chuẩn" is a count.
    let name = description;
    if (token.unit === '%' && change === null && !isRate(description)) name = `tỷ lệ ${description}`;
    else if (token.unit && token.unit !== '%' && isCountUnit(token.unit)) name = `số ${token.unit} ${description}`;
    else if (token.unit === null && Number.isInteger(token.value)) name = `số ${description}`;
    return label ? `${label} – ${name}` : name;
  }
  return label ?? input.previousName ?? '';
}

function ambiguityOf(draft: TargetDraft): string[] {
  const reasons: string[] = [];
  const numeric = !['achieve', 'text', 'zero'].includes(draft.comparator);
  if (numeric && draft.unit === null) reasons.push('Không có đơn vị tính; cần xác nhận đơn vị.');
  if (draft.unit !== null && lowerVietnamese(draft.unit) === 'đồng' && draft.value !== null && draft.value < 1000) {
    reasons.push(
      `Đơn vị “đồng” không hợp với giá trị ${formatVietnameseNumber(draft.value)}: có thể thiếu “triệu” hoặc “tỷ”.`,
    );
  }
  return reasons;
}

/** How a change of a rate in % is read, flagged when "giảm … X%" does not say "to" or "by". */
function readRateChange(
  draft: TargetDraft,
  leadingChange: ChangeDirection,
): Pick<TargetDraft, 'comparator' | 'note'> & { reason: string | null } {
  const { comparator, value, max, unit, name } = draft;
  const isChange = comparator === 'increase' || comparator === 'decrease';
  if (!isChange || unit !== '%' || value === null || !isRate(name)) return { comparator, note: null, reason: null };
  const amount = formatVietnameseNumber(value) + (max === null ? '' : `–${formatVietnameseNumber(max)}`);
  if (leadingChange === 'decrease' && comparator === 'decrease' && max === null) {
    // "Giảm tỷ lệ … 9,4%": to 9.4% or by 9.4 points? A fall of more than 5 points in a year is
    // implausible for the rates plans track, so a large figure is proposed as the level to reach.
    const proposed: Comparator = value > 5 ? 'lte' : 'decrease';
    const reading = proposed === 'lte' ? `giảm xuống còn ${amount}%` : `giảm ${amount} điểm phần trăm`;
    return {
      comparator: proposed,
      note: null,
      reason: `Không rõ “giảm … ${amount}%” là giảm xuống còn ${amount}% hay giảm ${amount} điểm phần trăm; tạm hiểu là ${reading}.`,
    };
  }
  const verb = comparator === 'increase' ? 'tăng' : 'giảm';
  return {
    comparator,
    note: `Hiểu là ${verb} ${amount} điểm phần trăm so với tỷ lệ kỳ gốc, không phải ${verb} ${amount}% của tỷ lệ đó.`,
    reason: null,
  };
}

/**
 * Reads one target phrase: its name, comparator, value (and range bound), unit and baseline, and
 * flags what a person must confirm. Returns null for phrases that are not targets (meeting counts).
 * @example parseTargetPhrase({ text: 'Sản lượng lúa đạt 320.080 tấn', label: null }, ctx) → gte 320080 tấn
 */
export function parseTargetPhrase(segment: TargetSegment, context: PhraseContext): TargetDraft | null {
  const core = coreOf(segment.text).replace(fillerStart, '');
  const token = findValueTokens(core)[0];
  if (token === undefined) return qualitative(segment, core, context);
  if (token.unit !== null && meetingUnits.includes(lowerVietnamese(token.unit))) return null;

  const { subject: rawSubject, words: ownWords } = splitComparatorWords(core.slice(0, token.start));
  const leadingVerb = changeVerbStart.exec(rawSubject);
  const leadingChange = leadingVerb ? changeDirectionOf(leadingVerb[1] ?? '') : null;
  const subject = leadingVerb ? rawSubject.slice(leadingVerb[0].length) : rawSubject;
  const { tail, description, baselineYear, baseline } = splitTail(core.slice(token.end));
  const inherited = context.previousComparator ? listedVerbs[context.previousComparator] : undefined;
  const words = ownWords === '' && !leadingVerb && tail === '' && inherited !== undefined ? inherited : ownWords;

  if (/hoàn thành/iu.test(`${subject} ${words}`) && token.unit === '%' && token.value === 100) {
    const doer = subject.replace(/\s*hoàn thành$/iu, '');
    const name = [doer, 'hoàn thành', description].filter(Boolean).join(' ');
    return { ...base(segment.text, name, context, segment.label), comparator: 'achieve' };
  }

  const name = nameOf({
    subject,
    description,
    token,
    label: segment.label,
    change: leadingChange ?? changeDirectionOf(words),
    words,
    previousName: context.previousName,
  });
  // A count written first with a noun outside the unit list ("05 chợ đạt chuẩn") counts that noun.
  const unit = token.unit ?? (subject ? null : firstWordAt(core.slice(token.end)));
  const draft: TargetDraft = {
    ...base(segment.text, name, context, segment.label),
    comparator: comparatorFromWords({ words, tail, isRange: token.max !== null, change: leadingChange }),
    value: token.value,
    max: token.max,
    unit,
    baselineYear,
    baseline,
  };
  const { comparator, note, reason } = readRateChange(draft, leadingChange);
  const reasons = [...ambiguityOf(draft), ...(reason === null ? [] : [reason])];
  return {
    ...draft,
    comparator,
    // Growth of an amount is a % of the baseline; a change of a rate in % is in points (domain §3).
    relative: (comparator === 'increase' || comparator === 'decrease') && unit === '%' && !isRate(name),
    ambiguous: reasons.length > 0,
    ambiguityReason: reasons.length > 0 ? reasons.join(' ') : null,
    note,
  };
}
