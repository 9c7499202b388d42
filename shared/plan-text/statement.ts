import type { Comparator } from '../domain/target-form';
import { planReadingMessages as messages } from '../i18n/vi-plan-reading';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import type { Clause } from './clauses';
import { changeDirectionOf, comparatorFromWords, splitComparatorWords, type ChangeDirection } from './comparators';
import { capitalizeFirst, isUpperCaseLine, lowerFirst, lowerVietnamese, trimChars, wordCount } from './normalize';
import { firstValueToken, type ValueToken } from './numbers';
import { readReference } from './reference';
import type { TargetReference } from './types';
import { countsActivity, firstWordAt, isCountUnit, isMoneyUnit, unitSpanAt } from './units';

/** What one statement says, before the reader decides how sure it is that the statement is a target. */
export interface StatementReading {
  text: string;
  name: string;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string | null;
  relative: boolean;
  reference: TargetReference | null;
  /** The words that give the comparator ("phấn đấu đạt", "giảm xuống còn", "≥"), for the reason line; may be empty. */
  wording: string;
  /** Evidence from the statement's own form that it states a target, from -1 to 1. */
  strength: number;
  /** A figure with no verb or comparison around it ("… và 12 thôn"): a target only where the plan lists targets. */
  bare: boolean;
  /** The statement names what it measures before its figure ("Tỷ lệ hộ nghèo giảm 1,2%", not "giảm 6 hộ nghèo"). */
  subjectFirst: boolean;
  /** Read from inside a parenthesis of its sentence. */
  inParentheses: boolean;
  /** What the secretary must check, in Vietnamese. */
  doubts: string[];
  note: string | null;
}

export interface StatementContext {
  /** The name of the previous statement of the same sentence, for "…; tăng 6,5% so với chỉ tiêu trên giao". */
  previousName: string | null;
  /**
   * The comparator of the previous statement, when it named its subject before its figure: "Nông nghiệp chiếm
   * 38,5%, dịch vụ 36%" and "giảm tỷ lệ hộ nghèo 1,2% và hộ cận nghèo 0,8%" write the verb once.
   */
  previousComparator: Comparator | null;
  planYear: number | null;
  /**
   * Whether a statement without a figure may be read as a qualitative target: only where the plan lists targets.
   * Elsewhere such a sentence is prose, and reading it would only cost time.
   */
  qualitative?: boolean;
}

const signSymbols = { gte: '≥', gt: '>', lte: '≤', lt: '<' } as const;
const listedVerbs: Partial<Record<Comparator, string>> = { eq: 'chiếm', increase: 'tăng', decrease: 'giảm' };

// Words that open a phrase without being part of the indicator's name.
const fillerStart =
  /^(?:(?:(?:năm|đến hết năm|đến cuối năm|trong năm|cuối năm)\s+\d{4}\s*,?\s*)|(?:(?:trong đó|phấn đấu(?:\s+(?:có|đạt))?|thực hiện|đảm bảo|bảo đảm|cụ thể|có)\s*:?\s+)){1,3}/iu;
const leadingVerb =
  /^(giảm|tăng(?!\s+(?:trưởng|cường))|nâng(?!\s+cao)|duy trì|giữ vững|giữ|hoàn thành|vượt)(?:\s+|$)/iu;
const zeroForm =
  /^(?:(?:và|đảm bảo|bảo đảm|phấn đấu)\s+)?không\s+(?:để\s+)?(?:tái\s+)?(?:phát sinh|xảy ra|có|còn)\s+(.+)$/iu;
const zeroAround =
  /^(?:(?:và|đảm bảo|bảo đảm|phấn đấu)\s+)?không\s+để\s+(.+?)\s+(?:xảy ra|phát sinh|tái diễn|tái phát)(?:\s.*)?$/iu;
const zeroForms = [
  // Only "không để phát sinh hộ nghèo" names what it counts first ("hộ"); "dịch bệnh lớn" is not a unit.
  { pattern: zeroForm, wording: 'không để phát sinh', strength: 0.25, countsFirstWord: true },
  { pattern: zeroAround, wording: 'không để … xảy ra', strength: 0.25, countsFirstWord: false },
  {
    pattern: /^(.+?)\s+không\s+(?:để\s+)?(?:phát sinh|xảy ra|tăng)(?:\s+mới)?$/iu,
    wording: 'không phát sinh',
    strength: 0.2,
  },
];
const achieveWords =
  /(?:^|\s)(?:đạt và vượt|đạt hoặc vượt|hoàn thành và vượt|hoàn thành vượt mức|hoàn thành|vượt|đạt)(?=\s|$)/iu;
const assignedFigure =
  /^(?:đạt|hoàn thành|vượt)(?:\s+(?:và|hoặc)\s+vượt(?:\s+mức)?|\s+vượt mức)?\s+(?:(?:các|mức|toàn bộ)\s+)?(?:chỉ tiêu|kế hoạch|dự toán)/iu;
const aimVerbs =
  /(?:^|\s)(?:giữ vững|giữ|duy trì|đảm bảo|bảo đảm|nâng cao|nâng|tăng|giảm|kéo giảm|hạn chế|ngăn chặn|đẩy lùi|chấm dứt|xóa|không để|không có|hoàn thành|đạt|phấn đấu|xây dựng|củng cố|phát triển|tổ chức|cải thiện|xếp loại|đứng|thuộc nhóm)(?=\s|$)/iu;
// Indicators that are better low: a bare figure for them is a ceiling ("Tỷ lệ hộ nghèo | % | 0,7" is at most 0,7).
const betterLow =
  /hộ nghèo|cận nghèo|tái nghèo|suy dinh dưỡng|tai nạn|tội phạm|phạm pháp|vi phạm|ma túy|tử vong|bỏ học|lưu ban|thất nghiệp|sinh con thứ|ô nhiễm|cháy|dịch bệnh|khiếu nại|khiếu kiện|nợ xấu|nợ đọng|tồn đọng/iu;
const unitName =
  /^(?:ấp|thôn|xã|phường|thị trấn|tổ dân phố|khu phố|khu dân cư|trường|bản|khóm|làng|buôn|xóm|sóc|tổ)\s+\p{Lu}/iu;
const rateWords = /tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|độ che phủ|cơ cấu/iu;
// Names of measures that are not counts of people or things: "Tốc độ tăng trưởng … 8%" is not "tỷ lệ tốc độ".
const measureNames = /^(?:tốc độ|chỉ số|mức|tỷ trọng|tỉ trọng|cơ cấu|độ|năng suất|giá trị|tổng|thu nhập|grdp|grdp)/iu;
const indicatorStart =
  /^(?:tỷ lệ|tỉ lệ|tỷ trọng|tổng|sản lượng|giá trị|thu|chi|số|diện tích|thu nhập|tốc độ|năng suất|kim ngạch|vốn|mật độ|bình quân|cơ cấu|mức|độ che phủ|dân số|lao động|hộ|trẻ|học sinh|đàn|doanh thu|lượt|xã|thôn|trường|giải quyết|đào tạo|xuất khẩu|tạo việc làm|huy động|giá trị sản xuất|ngân sách)/iu;
const targetVerbs =
  /(?:^|\s)(?:đạt|phấn đấu|tăng|giảm|trên|dưới|chiếm|còn|lên|trở lên|tối thiểu|ít nhất|không dưới|không quá|tối đa|duy trì|giữ vững|vượt|hoàn thành)(?=\s|$)/iu;

function isRate(name: string): boolean {
  return rateWords.test(name);
}

/** Drops parentheses that do not list targets ("(giá so sánh 2010)") before reading the phrase. */
function coreOf(text: string): string {
  if (!text.includes('(')) return trimChars(text, ' .;,:');
  const kept: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 40) {
      if (depth === 0) kept.push(text.slice(from, index));
      depth += 1;
    } else if (char === 41 && depth > 0) {
      depth -= 1;
      if (depth === 0) from = index + 1;
    }
  }
  if (depth === 0) kept.push(text.slice(from));
  return trimChars(kept.join('').replace(/ {2,}/g, ' '), ' .;,:');
}

/** "Năm 2026, xã phấn đấu: tổng thu …" names "tổng thu …": what comes before "phấn đấu" is the actor and the time. */
function afterStriving(subject: string): string {
  let cut = -1;
  for (const match of subject.matchAll(/(?:phấn đấu|đặt mục tiêu|mục tiêu là|với mục tiêu)\s*:?/giu)) {
    cut = (match.index ?? 0) + match[0].length;
  }
  return cut === -1 ? subject : trimChars(subject.slice(cut), ' :,');
}

/**
 * The indicator a statement names before its figure: after the actor and "phấn đấu", after a purpose ("… được đẩy
 * mạnh để tỷ lệ gia đình văn hóa đạt …").
 */
function subjectOf(before: string): string {
  let subject = afterStriving(before);
  const purpose = /\s(?:để|nhằm)\s/giu;
  let cut = -1;
  for (const match of subject.matchAll(purpose)) cut = (match.index ?? 0) + match[0].length;
  if (cut !== -1) subject = subject.slice(cut);
  return subject;
}

function cleanName(name: string): string {
  const trimmed = trimChars(name.replace(fillerStart, ''), ' ,;.:-–');
  return capitalizeFirst(trimmed.length > 160 ? `${trimmed.slice(0, 157)}…` : trimmed);
}

function countsActivities(text: string): boolean {
  for (const match of text.matchAll(/\d+/gu)) {
    if (countsActivity(text.slice((match.index ?? 0) + match[0].length))) return true;
  }
  return false;
}

function qualitative(clause: Clause, written: string, wordingHint: string): StatementReading | null {
  const core = written.replace(fillerStart, '');
  const base = {
    text: clause.text,
    value: null,
    max: null,
    unit: null,
    relative: false,
    reference: null,
    doubts: [] as string[],
    note: null,
    bare: false,
    subjectFirst: false,
    inParentheses: clause.inParentheses === true,
  };
  // "Không để phát sinh hộ nghèo", "Không để dịch bệnh lớn xảy ra", "Hộ tái nghèo không phát sinh": zero, in words.
  for (const { pattern, wording, strength, countsFirstWord } of zeroForms) {
    const subject = pattern.exec(core)?.[1];
    if (subject === undefined) continue;
    return {
      ...base,
      name: cleanName(subject),
      comparator: 'zero',
      value: 0,
      unit: unitSpanAt(subject)?.unit ?? (countsFirstWord ? firstWordAt(` ${subject}`) : null),
      wording,
      strength,
    };
  }
  const achieve = achieveWords.exec(core);
  // Completing or beating an assigned figure is judged Đạt / Không đạt; any other statement without a figure is
  // qualitative text ("Giữ vững ổn định chính trị", "xếp loại hoàn thành tốt nhiệm vụ trở lên").
  if (achieve && assignedFigure.test(core.slice(achieve.index, achieve.index + 60).trimStart())) {
    const subject = achieve.index > 0 ? core.slice(0, achieve.index) : core;
    return {
      ...base,
      name: cleanName(subject),
      comparator: 'achieve',
      wording: lowerVietnamese(achieve[0].trim()),
      strength: 0.15,
    };
  }
  if (!statesAim(written)) return null;
  const reading: StatementReading = {
    ...base,
    name: cleanName(written),
    comparator: 'text',
    wording: wordingHint,
    strength: 0,
  };
  if (isRate(core)) reading.doubts.push(messages.rateWithoutFigure);
  return reading;
}

/**
 * A sentence without a figure states an aim when it has a verb of keeping, reaching, reducing or preventing; a
 * heading, a theme in quotes or a list of movements does not.
 */
export function statesAim(core: string): boolean {
  if (
    isUpperCaseLine(core) ||
    /^[“"«].*[”"»]$/u.test(core) ||
    /^(?:phong trào|cuộc vận động|các chỉ tiêu|chỉ tiêu|phần|mục)\s/iu.test(core)
  ) {
    return false;
  }
  return aimVerbs.test(core);
}

interface Tail {
  /** "trở lên" / "trở xuống" right after the value. */
  bound: string;
  /** The words that describe what is counted ("xã đạt chuẩn nông thôn mới" after "07"). */
  description: string;
  reference: TargetReference | null;
}

function readTail(after: string, planYear: number | null): Tail {
  let rest = after.replace(/^(?:\s*\/\s*\p{L}+)+/u, '');
  rest = trimChars(rest, ' ,');
  const bound = /^(trở lên|trở xuống)(?![\p{L}])\s*/iu.exec(rest);
  if (bound) rest = rest.slice(bound[0].length);
  let reference: TargetReference | null = null;
  // The reference is right after the value ("vượt 5% dự toán") or after the description ("… so với năm 2024").
  const direct = readReference(rest, planYear);
  let description = rest;
  if (direct) {
    reference = direct.reference;
    description = rest.slice(direct.length);
  } else {
    const against = /(?:^|\s)so với\s/iu.exec(rest);
    if (against) {
      const found = readReference(rest.slice(against.index), planYear);
      reference = found?.reference ?? null;
      description = rest.slice(0, against.index);
    }
  }
  return {
    bound: bound ? lowerVietnamese(bound[1] ?? '') : '',
    description: trimChars(description, ' ,;.:'),
    reference,
  };
}

function nameOf(input: {
  subject: string;
  description: string;
  token: ValueToken;
  label: string | null;
  change: ChangeDirection;
  words: string;
  verb: string;
  previousName: string | null;
}): string {
  const { subject, description, token, label, change, verb } = input;
  const counts = token.unit !== null && token.unit !== '%' && isCountUnit(token.unit);
  if (subject) {
    if (counts && description) return `${subject} ${token.unit} ${description}`;
    // "Tỷ lệ huy động học sinh trong độ tuổi (Nhà trẻ 66%, …)": the item names a part of the labelled rate.
    if (label && isRate(label) && !isRate(subject)) return `${label} – ${lowerFirst(subject)}`;
    // "Trẻ em dưới 6 tuổi được tiêm chủng trên 98%" measures a rate; "chiếm 38,5%" is a share, named as written.
    if (
      token.unit === '%' &&
      change === null &&
      !isRate(subject) &&
      !measureNames.test(subject) &&
      !/chiếm|bằng/iu.test(input.words)
    ) {
      return `tỷ lệ ${lowerFirst(subject).replace(/^số\s+/u, '')}`;
    }
    return subject;
  }
  if (description) {
    // A value written first: "90% khu dân cư đạt …" is a rate, "07 xã đạt chuẩn" is a count.
    let name = description;
    if (/^hoàn thành$/iu.test(verb)) name = `hoàn thành ${description}`;
    else if (token.unit === '%' && change === null && !isRate(description)) name = `tỷ lệ ${description}`;
    else if (counts) name = `số ${token.unit} ${description}`;
    else if (token.unit === null && Number.isInteger(token.value)) name = `số ${description}`;
    return label ? `${label} – ${name}` : name;
  }
  return label ?? input.previousName ?? '';
}

/** How a change of a rate in % is read, flagged when "giảm … X%" does not say "to" or "by". */
function readRateChange(
  reading: Pick<StatementReading, 'comparator' | 'value' | 'max' | 'unit' | 'name'>,
  leadingChange: ChangeDirection,
): { comparator: Comparator; note: string | null; doubt: string | null } {
  const { comparator, value, max, unit, name } = reading;
  const isChange = comparator === 'increase' || comparator === 'decrease';
  if (!isChange || unit !== '%' || value === null || !isRate(name)) return { comparator, note: null, doubt: null };
  const amount = formatVietnameseNumber(value) + (max === null ? '' : `–${formatVietnameseNumber(max)}`);
  if (leadingChange === 'decrease' && comparator === 'decrease' && max === null) {
    // "Giảm tỷ lệ … 9,4%": to 9,4% or by 9,4 points? A fall of more than 5 points in a year is implausible for the
    // rates plans track, so a large figure is proposed as the level to reach.
    const proposed: Comparator = value > 5 ? 'lte' : 'decrease';
    const reading = proposed === 'lte' ? messages.decreaseTo(amount) : messages.decreaseBy(amount);
    return { comparator: proposed, note: null, doubt: messages.decreaseToOrBy(amount, reading) };
  }
  const verb = comparator === 'increase' ? 'tăng' : 'giảm';
  return { comparator, note: messages.rateChange(verb, amount), doubt: null };
}

function doubtsOf(reading: Pick<StatementReading, 'comparator' | 'unit' | 'value'>): string[] {
  const doubts: string[] = [];
  const numeric = !['achieve', 'text', 'zero'].includes(reading.comparator);
  if (numeric && reading.unit === null) doubts.push(messages.noUnit);
  if (
    reading.unit !== null &&
    lowerVietnamese(reading.unit) === 'đồng' &&
    reading.value !== null &&
    reading.value < 1000
  ) {
    doubts.push(messages.dongTooSmall(formatVietnameseNumber(reading.value)));
  }
  return doubts;
}

/** Whether the words around a figure say what it is to reach: a comparator, a verb, a sign, "trở lên". */
function hasVerb(input: {
  words: string;
  verb: string;
  token: ValueToken;
  core: string;
  description: string;
  subject: string;
}): boolean {
  const { words, verb, token, core, description, subject } = input;
  // "Đón 650.000 lượt khách", "Trồng mới 320 ha", "Kết nạp 30 đảng viên": a short verb before a count; "Dân số 2
  // vạn dân" names an indicator instead.
  const verbFirst =
    subject !== '' &&
    wordCount(subject) <= 3 &&
    !/[,;:]/u.test(subject) &&
    !/^(?:tại|trong|ở|với|theo|qua|có|gồm)\s/iu.test(subject) &&
    !indicatorStart.test(subject) &&
    token.unit !== null;
  return (
    verbFirst ||
    token.sign !== null ||
    targetVerbs.test(` ${words} ${verb} `) ||
    /^\s*trở\s+(?:lên|xuống)/iu.test(core.slice(token.end, token.end + 20)) ||
    // "100% thôn đạt chuẩn văn hóa": the verb comes after a figure written first.
    /(?:^|\s)(?:đạt|được|có|tham gia|sử dụng|hoàn thành)(?=\s|$)/iu.test(description.slice(0, 80))
  );
}

function strengthOf(input: { subject: string; verbal: boolean; token: ValueToken; core: string }): number {
  const { subject, verbal, token, core } = input;
  let strength = 0;
  if (verbal) strength += 0.2;
  if (token.unit === '%' || (token.unit !== null && !isCountUnit(token.unit)) || isMoneyUnit(token.unit))
    strength += 0.15;
  else if (token.unit !== null) strength += 0.1;
  else strength -= 0.15;
  if (indicatorStart.test(trimChars(afterStriving(subject), ' :,')) || indicatorStart.test(core)) strength += 0.1;
  if (token.max !== null) strength += 0.05;
  return strength;
}

/**
 * "Không để phát sinh hộ nghèo, hộ cận nghèo mới" holds one zero target per noun of a list whose nouns share their
 * head word ("hộ …, hộ …"); each keeps the whole phrase as its source.
 * @example expandParallel(readStatement(…'Không để phát sinh hộ nghèo, hộ cận nghèo mới'…)).map((r) => r.name)
 *   deep-equals ['Hộ nghèo mới', 'Hộ cận nghèo mới']
 */
export function expandParallel(reading: StatementReading): StatementReading[] {
  if (reading.comparator !== 'zero') return [reading];
  const parts = reading.name.split(/\s*,\s*|\s+và\s+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return [reading];
  const head = (part: string) => lowerVietnamese(part.split(/\s+/u)[0] ?? '');
  if (!parts.every((part) => head(part) === head(parts[0] ?? '') && part.split(/\s+/u).length <= 6)) return [reading];
  // "… mới" at the end qualifies every noun of the list.
  const last = parts.at(-1) ?? '';
  const qualifier = / (mới|tái nghèo)$/u.exec(last)?.[0] ?? '';
  return parts.map((part, index) => {
    const own =
      index < parts.length - 1 && qualifier !== '' && !part.endsWith(qualifier) ? `${part}${qualifier}` : part;
    return { ...reading, name: capitalizeFirst(own) };
  });
}

/**
 * Reads one statement: its name, comparator, value (and range bound), unit and reference, what a person must check,
 * and how strongly its own form says "target". Returns null for a phrase with nothing to read.
 * @example readStatement({ text: 'Sản lượng lúa đạt 320.080 tấn', offset: 0, label: null }, ctx) → gte 320.080 tấn
 */
export function readStatement(clause: Clause, context: StatementContext): StatementReading | null {
  const written = coreOf(clause.text);
  const core = written.replace(fillerStart, '');
  if (core === '') return null;
  const token = firstValueToken(core);
  if (token === undefined) {
    // A sentence without a figure is a target only where the plan lists targets, except "không để phát sinh …",
    // which states a figure (zero) in words. A count of meetings or of the plan's parts ("04 cuộc họp") is an
    // activity, not a qualitative target.
    if (context.qualitative === false && !zeroForm.test(core) && !zeroAround.test(core)) return null;
    if (countsActivities(core)) return null;
    return qualitative(clause, written, '');
  }

  const { subject: rawSubject, words: ownWords } = splitComparatorWords(core.slice(0, token.start));
  // "xã phấn đấu giảm tỷ lệ hộ nghèo 1,2%": the verb comes after the actor and "phấn đấu".
  // "Năm 2026, xã tập trung …, trong đó phấn đấu có thêm 01 thôn …": before "phấn đấu" come the actor and the
  // context, not the indicator.
  const striven =
    /phấn đấu/iu.test(ownWords) && rawSubject.includes(',')
      ? rawSubject.slice(rawSubject.lastIndexOf(',') + 1)
      : rawSubject;
  const afterActor = trimChars(subjectOf(striven).replace(fillerStart, ''), ' ').replace(/^trong đó$/iu, '');
  const verbMatch = leadingVerb.exec(afterActor);
  const verb = verbMatch ? lowerVietnamese(verbMatch[1] ?? '') : '';
  const leadingChange = verbMatch ? changeDirectionOf(verb) : null;
  const subject = cleanName(verbMatch ? afterActor.slice(verbMatch[0].length) : afterActor);
  const tail = readTail(core.slice(token.end), context.planYear);
  const inherited = context.previousComparator ? listedVerbs[context.previousComparator] : undefined;
  // "Nông nghiệp chiếm 38,5%, dịch vụ 36%": a name and a figure after a statement take its verb. A figure written
  // first ("100% thôn đạt chuẩn") says its own form.
  const listed = ownWords === '' && verb === '' && tail.bound === '' && rawSubject !== '' && tail.description === '';
  const words = listed && inherited !== undefined ? inherited : ownWords;
  const change = leadingChange ?? changeDirectionOf(words);
  const unit = token.unit ?? (subject ? null : firstWordAt(core.slice(token.end)));
  const unitToken = { ...token, unit };
  const ownName = cleanName(
    nameOf({
      subject: lowerFirst(subject),
      description: tail.description,
      token: unitToken,
      label: clause.label,
      change,
      words,
      verb,
      previousName: context.previousName,
    }),
  ); // "Ấp Bình Hòa (412 hộ): thu ngân sách 420 triệu đồng": a line per unit names the unit in each target.
  const unitLabel =
    clause.label !== null && unitName.test(clause.label) ? clause.label.replace(/\s*\([^()]*\)/gu, '') : null;
  const name = unitLabel !== null && !ownName.startsWith(unitLabel) ? `${unitLabel} – ${lowerFirst(ownName)}` : ownName;

  // "Duy trì 100% …", "giữ vững 100% …": the level to keep.
  const keep = /^(duy trì|giữ vững|giữ|hoàn thành)$/u.test(verb);
  let comparator = comparatorFromWords({
    words: keep ? `${words}`.trim() : words,
    tail: tail.bound,
    isRange: token.max !== null,
    change: keep ? null : leadingChange,
    sign: token.sign,
  });
  if (keep && (comparator === 'increase' || comparator === 'decrease')) comparator = 'gte';
  const saysNothing = words === '' && verb === '' && token.sign === null && tail.bound === '' && token.max === null;
  // Only an indicator named as such ("Tỷ lệ hộ nghèo 0,7%"), not an action ("Giải quyết 100% vụ khiếu kiện") or a
  // condition to keep ("05 thôn không có ma túy").
  const indicatorNamed = /^(?:tỷ lệ|tỉ lệ|số|tổng số|mật độ)\s/iu.test(name) && !/không (?:có|để|còn)/iu.test(name);
  if (saysNothing && rawSubject !== '' && comparator === 'gte' && indicatorNamed && betterLow.test(name)) {
    comparator = 'lte';
  }
  // "Cơ cấu kinh tế: nông nghiệp 14,5%; công nghiệp 45%": the parts of a structure are shares.
  if (saysNothing && comparator === 'gte' && unit === '%' && /cơ cấu|tỷ trọng|tỉ trọng/iu.test(clause.label ?? '')) {
    comparator = 'eq';
  }
  const base = { comparator, value: token.value, max: token.max, unit, name };
  const rateChange = readRateChange(base, leadingChange);
  comparator = rateChange.comparator;
  const isChange = comparator === 'increase' || comparator === 'decrease';
  const wordingWords = [verb, words].filter(Boolean).join(' ');
  const verbal = hasVerb({ words, verb, token, core, description: tail.description, subject: afterActor });
  const reference = tail.reference;
  return {
    text: clause.text,
    name,
    comparator,
    value: token.value,
    max: token.max,
    unit,
    // Growth of an amount is a % of the baseline; a change of a rate in % is in points (domain §3).
    relative: isChange && unit === '%' && !isRate(name),
    reference,
    wording: wordingWords || (token.sign === null ? '' : signSymbols[token.sign]),
    strength: strengthOf({ subject: rawSubject, verbal, token: unitToken, core }),
    bare: !verbal,
    inParentheses: clause.inParentheses === true,
    subjectFirst: subject !== '',
    doubts: [...doubtsOf({ comparator, unit, value: token.value }), ...(rateChange.doubt ? [rateChange.doubt] : [])],
    note: rateChange.note,
  };
}
