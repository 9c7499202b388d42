import { tryParseVietnameseNumber } from '../domain/vietnamese-number';
import { countsActivity, unitSpanAt } from './units';

/** A number in a phrase that can be a target's value: not a date, time, year, age, document number or ordinal. */
export interface ValueToken {
  /** Start of the number (of the "≥" before it when there is one). */
  start: number;
  /** End of the number (or of the range's upper bound), before the unit. */
  numberEnd: number;
  /** End of the unit, or `numberEnd` when there is none. */
  end: number;
  value: number;
  max: number | null;
  unit: string | null;
  /** A comparison sign written before the number ("≥ 95", "> 98%"). */
  sign: 'gte' | 'gt' | 'lte' | 'lt' | null;
  /** "9/14 xã": the whole the count is out of (14). */
  outOf: number | null;
}

const numberPattern = /\d+(?:[.,]\d+)*/gu;
const numberSource = String.raw`\d+(?:[.,]\d+)*`;

// Words after which a number is a reference, an address or an ordinal, never a value.
const referenceBefore = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:số|lần thứ|thứ|khóa|khoá|điều|khoản|mục|chương|phần|đợt|giai đoạn|nhiệm kỳ|mức độ|` +
    String.raw`cấp độ|nghị định|thông tư|lớp|tầng|tổ|khu|khu phố|ấp|thôn|khóm|bản|km|quốc lộ|tỉnh lộ|đường số|hẻm|kiệt|ngõ|` +
    String.raw`lô|phòng|đt|điện thoại|fax|stt|tt|mã|hạng|loại|bậc|trang|phụ lục|biểu|mẫu|covid|top)\s*[:.]?\s*$`,
  'iu',
);
// Units that make a number an age, a duration or an anniversary ("dưới 5 tuổi", "75 năm Ngày …").
const timeAfter = /^\s*(?:tuổi|năm|tháng|ngày|tuần|quý|giờ|phút|giây|kỳ|khóa|nhiệm kỳ|thế kỷ)(?![\p{L}])/iu;
const timeWordBefore = /(?:^|[^\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng|lúc|từ ngày|đến ngày)\s*$/iu;
const signBefore = /(≥|>=|=>|>|≤|<=|=<|<)\s*$/u;
const rangeAfter = new RegExp(String.raw`^\s*(%)?\s*(?:-|–|—|đến|tới|÷|~)\s*(${numberSource})(?![\d/])`, 'u');
const dateShapes = [
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)/u,
  /^\d{1,2}:\d{2}(?::\d{2})?(?!\d)/u,
  /^\d{1,2}\s?(?:h|giờ)\s?\d{1,2}(?![\d\p{L}])/u,
  /^\d{1,2}h(?![\p{L}\d])/u,
];

function isYear(raw: string): boolean {
  const year = Number(raw);
  return /^\d{4}$/.test(raw) && year >= 1900 && year <= 2100;
}

/** "ngày 18 tháng 01 năm 2023", "tháng 6", "năm 2022", "quý 2", but not "cây ngắn ngày 6.250 ha". */
function isPointInTime(raw: string, before: string, after: string): boolean {
  const word = /(?:^|[^\p{L}])(ngày|tháng|năm|quý)\s*$/iu.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (word === 'ngày') return /^\d{1,2}$/.test(raw) && /^\s*(?:tháng|[-/.]\d)/iu.test(after);
  if (word === 'tháng') return /^\d{1,2}$/.test(raw);
  if (word === 'năm') return /^\d{4}$/.test(raw);
  return /^\d$/.test(raw) || /^[IV]+$/.test(raw);
}

/** Dates ("11/6/1948"), document numbers ("15/KH-UBND", "34-CT/TW", "55/2022/QH15") and names ("COVID-19"). */
function isPartOfReference(before: string, after: string): boolean {
  if (/^\s*\/\s*[\p{L}\d]/u.test(after) || /^-\p{Lu}/u.test(after)) return true;
  return /\/\s*$/u.test(before) || /\p{L}-$/u.test(before);
}

interface Amount {
  value: number;
  unit: string | null;
  /** Characters after the number that the amount's words span. */
  length: number;
}

const countNoun = /^\s+(lượt khách|lượt người|lượt|người|khách|cây|con|tấn|hộ|lao động|dân)(?![\p{L}])/iu;

/**
 * Number words after a figure: "287 tỉ 350 triệu (đồng)" is 287,35 tỷ đồng, "2 vạn dân" is 20.000, "1,5 triệu lượt
 * khách" is 1.500.000 lượt khách, "150 triệu đồng" stays in triệu đồng.
 */
function amountWords(value: number, after: string): Amount | null {
  const head = after.slice(0, 60);
  // "86,5 nghìn tỷ đồng" is 86.500 tỷ đồng.
  const thousandBillions = /^\s*(?:nghìn|ngàn)\s+(?:tỷ|tỉ)(?:\s+đồng)?(?![\p{L}])/iu.exec(head);
  if (thousandBillions) return { value: value * 1000, unit: 'tỷ đồng', length: thousandBillions[0].length };
  // "2,1 tỷ USD" stays in tỷ USD.
  const dollars = /^\s*(?:tỷ|tỉ)\s+(?:usd|đô la(?: mỹ)?)(?![\p{L}])/iu.exec(head);
  if (dollars) return { value, unit: 'tỷ USD', length: dollars[0].length };
  const billions = /^\s*(?:tỷ|tỉ)(?:\s+(\d{1,3}(?:,\d+)?)\s*triệu)?(?:\s+đồng)?(?![\p{L}])/iu.exec(head);
  if (billions) {
    const millions = billions[1] === undefined ? 0 : (tryParseVietnameseNumber(billions[1]) ?? 0);
    return { value: value + millions / 1000, unit: 'tỷ đồng', length: billions[0].length };
  }
  const scale = /^\s*(vạn|triệu|nghìn|ngàn)(?![\p{L}])/iu.exec(head);
  if (!scale) return null;
  const word = (scale[1] ?? '').toLowerCase();
  const rest = head.slice(scale[0].length);
  if (word !== 'vạn' && /^\s+(?:đồng|usd)(?![\p{L}])/iu.test(rest)) return null;
  const noun = countNoun.exec(rest);
  const factor = word === 'vạn' ? 10_000 : word === 'triệu' ? 1_000_000 : 1_000;
  if (noun) return { value: value * factor, unit: noun[1] ?? null, length: scale[0].length + noun[0].length };
  if (word === 'vạn') return { value: value * factor, unit: null, length: scale[0].length };
  // "thu ngân sách 150 triệu": money without its "đồng".
  return { value, unit: `${word} đồng`, length: scale[0].length };
}

/**
 * Finds the numbers of a phrase that can be a target's value, with a range's upper bound, the unit and a comparison
 * sign. Every test looks at a bounded window around the number, so a 1 MB line is read in linear time.
 * @example findValueTokens('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 0,04%')[0]?.value === 0.04
 * @example findValueTokens('đạt 90 – 95%')[0] → { value: 90, max: 95, unit: '%' }
 */
export function findValueTokens(text: string): ValueToken[] {
  return readValueTokens(text, Infinity);
}

/**
 * The first number of a phrase that can be a target's value, or undefined: what the splitter, the reader and the
 * scorer ask of every phrase, remembered because they ask it of the same phrases, and stopping at the first so that
 * a line of a thousand rejected figures is read once.
 * @example firstValueToken('Dân số 2 vạn dân')?.value === 20000
 */
export function firstValueToken(text: string): ValueToken | undefined {
  if (recent.has(text)) return recent.get(text) ?? undefined;
  const token = readValueTokens(text, 1)[0];
  if (recent.size >= 4096) recent.clear();
  recent.set(text, token ?? null);
  return token;
}

const recent = new Map<string, ValueToken | null>();

function readValueTokens(text: string, limit: number): ValueToken[] {
  const tokens: ValueToken[] = [];
  const pattern = new RegExp(numberPattern.source, numberPattern.flags);
  for (let match = pattern.exec(text); match !== null && tokens.length < limit; match = pattern.exec(text)) {
    const start = match.index;
    const raw = match[0];
    const previous = text.charAt(start - 1);
    if (/[\p{L}\d.,/]/u.test(previous)) continue;
    const ahead = text.slice(start, start + 16);
    const date = dateShapes.map((shape) => shape.exec(ahead)).find((found) => found !== null);
    if (date) {
      pattern.lastIndex = start + date[0].length;
      continue;
    }
    const before = text.slice(Math.max(0, start - 32), start);
    const after = text.slice(start + raw.length, start + raw.length + 100);
    // "Sáng 9-1", "ngày 12-3": a day and month, not a range.
    if (/^[-/]\d{1,2}(?![\d%])/u.test(after) && timeWordBefore.test(before)) {
      pattern.lastIndex = start + raw.length + (/^[-/]\d{1,2}/u.exec(after)?.[0].length ?? 0);
      continue;
    }
    const parsed = tryParseVietnameseNumber(raw);
    if (parsed === null) continue;

    // "9/14 xã đạt chuẩn": a count of units out of a whole.
    const outOf = /^\/(\d{1,4})(?![\d/])/u.exec(after);
    if (outOf) {
      const whole = Number(outOf[1]);
      const span = unitSpanAt(after.slice(outOf[0].length));
      pattern.lastIndex = start + raw.length + outOf[0].length;
      if (span === null || whole < parsed || countsActivity(after.slice(outOf[0].length))) continue;
      const numberEnd = start + raw.length + outOf[0].length;
      tokens.push({
        start,
        numberEnd,
        end: numberEnd + span.length,
        value: parsed,
        max: null,
        unit: span.unit,
        sign: null,
        outOf: whole,
      });
      continue;
    }
    if (isPartOfReference(before, after) || referenceBefore.test(before)) continue;
    // "tuổi thọ trung bình đạt 75,2 tuổi" is a value in years; "trẻ em dưới 5 tuổi" names an age group.
    const lifeSpan = /(?:^|\s)(?:đạt|là|bình quân)\s*$/iu.test(before) && /^\s*tuổi/iu.test(after);
    if (isPointInTime(raw, before, after) || (timeAfter.test(after) && !lifeSpan)) continue;
    // "trên cả 3 tiêu chí": the number counts the aspects a statement covers, not a value.
    if (/(?:^|\s)cả\s*$/iu.test(before)) continue;
    // "thu được trên 1 ha", "bình quân mỗi 1 người": the 1 is the per-unit of what is measured.
    if (raw === '1' && /(?:^|\s)(?:trên|mỗi|\/)\s*$/iu.test(before) && unitSpanAt(after.slice(0, 30)) !== null)
      continue;

    let numberEnd = start + raw.length;
    let value = parsed;
    let max: number | null = null;
    let unit: string | null = null;
    const range = rangeAfter.exec(after);
    const upper = range ? tryParseVietnameseNumber(range[2] ?? '') : null;
    const rangeTail = range ? after.slice(range[0].length) : '';
    if (
      range &&
      upper !== null &&
      upper >= parsed &&
      !isPartOfReference('', rangeTail) &&
      !/^[-/.]\d/u.test(rangeTail)
    ) {
      max = upper;
      numberEnd += range[0].length;
      pattern.lastIndex = numberEnd;
      const span = unitSpanAt(text.slice(numberEnd, numberEnd + 100));
      // "90% - 95": the unit written once, after the lower bound.
      unit = span?.unit ?? (range[1] === '%' ? '%' : null);
      if (unit === null && isYear(raw) && isYear(range[2] ?? '')) continue;
      if (timeAfter.test(rangeTail.slice(0, 30))) continue;
      const end = numberEnd + (span?.length ?? 0);
      tokens.push({
        start: signStart(text, start),
        numberEnd,
        end,
        value,
        max,
        unit,
        sign: signOf(before),
        outOf: null,
      });
      continue;
    }
    const amount = amountWords(parsed, after);
    if (amount) {
      value = amount.value;
      unit = amount.unit;
      numberEnd += amount.length;
      pattern.lastIndex = numberEnd;
    }
    const span = unit === null ? unitSpanAt(text.slice(numberEnd, numberEnd + 100)) : null;
    unit = unit ?? span?.unit ?? null;
    if (unit === null && isYear(raw)) continue;
    if (span === null && amount === null && countsActivity(after)) continue;
    const end = numberEnd + (span?.length ?? 0);
    tokens.push({ start: signStart(text, start), numberEnd, end, value, max, unit, sign: signOf(before), outOf: null });
  }
  return tokens;
}

function signOf(before: string): ValueToken['sign'] {
  const sign = signBefore.exec(before)?.[1];
  if (sign === undefined) return null;
  if (sign === '≥' || sign === '>=' || sign === '=>') return 'gte';
  if (sign === '≤' || sign === '<=' || sign === '=<') return 'lte';
  return sign === '>' ? 'gt' : 'lt';
}

function signStart(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 4), start);
  const sign = signBefore.exec(before);
  return sign ? start - (before.length - (sign.index ?? before.length)) : start;
}
