import { tryParseVietnameseNumber } from '../domain/vietnamese-number';
import { unitSpanAt } from './units';

/** A number in a phrase that can be a target's value: not a date, year, age, document number or ordinal. */
export interface ValueToken {
  start: number;
  /** End of the number (or of the range's upper bound), before the unit. */
  numberEnd: number;
  /** End of the unit, or `numberEnd` when there is none. */
  end: number;
  value: number;
  max: number | null;
  unit: string | null;
}

const numberPattern = /(?<![\p{L}\d.,/])\d+(?:[.,]\d+)*/gu;

// Words after which a number is a reference or an ordinal, never a value.
const referenceBefore =
  /(?:^|[^\p{L}])(?:số|lần thứ|thứ|khóa|khoá|điều|khoản|điểm|mục|chương|phần|đợt|giai đoạn|nhiệm kỳ|mức độ|nghị định|thông tư)\s*$/iu;
// Units that make a number an age, a duration or an anniversary ("dưới 5 tuổi", "75 năm Ngày …").
const timeAfter = /^\s*(?:tuổi|năm|tháng|ngày|tuần|quý|giờ)(?![\p{L}])/iu;
const rangeAfter = /^\s*(%)?\s*(?:-|–|—|đến)\s*(\d+(?:[.,]\d+)*)(?![\d/])/u;

/**
 * "ngày 18 tháng 01 năm 2023", "tháng 6", "năm 2022", "quý 2" — but not "cây ngắn ngày 6.250 ha",
 * where "ngày" ends the name of a crop and the number is its area.
 */
function isPointInTime(raw: string, before: string, after: string): boolean {
  const word = /(?:^|[^\p{L}])(ngày|tháng|năm|quý)\s*$/iu.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (word === 'ngày') return /^\d{1,2}$/.test(raw) && /^\s*tháng/iu.test(after);
  if (word === 'tháng') return /^\d{1,2}$/.test(raw);
  if (word === 'năm') return /^\d{4}$/.test(raw);
  return /^\d$/.test(raw);
}

function isYearSpan(first: string, second: string): boolean {
  const isYear = (raw: string): boolean => /^\d{4}$/.test(raw) && Number(raw) >= 1000 && Number(raw) <= 2100;
  return isYear(first) && isYear(second) && Number(first) <= Number(second);
}

function isBareYear(raw: string): boolean {
  const year = Number(raw);
  return /^\d{4}$/.test(raw) && year >= 1900 && year <= 2100;
}

/** Dates ("11/6/1948"), document numbers ("15/KH-UBND", "34-CT/TW", "55/2022/QH15") and names ("COVID-19"). */
function isPartOfReference(before: string, after: string): boolean {
  if (/^\s*\/\s*[\p{L}\d]/u.test(after) || /^-\p{Lu}/u.test(after)) return true;
  return /\/\s*$/u.test(before) || /\p{L}-$/u.test(before);
}

/**
 * Finds the numbers of a phrase that can be a target's value, with a range's upper bound and the unit.
 * @example findValueTokens('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 0,04%')[0]?.value === 0.04
 * @example findValueTokens('đạt 90 – 95%')[0] deep-equals { …, value: 90, max: 95, unit: '%' }
 */
export function findValueTokens(text: string): ValueToken[] {
  const tokens: ValueToken[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index ?? 0;
    const raw = match[0];
    if (tokens.some((token) => start < token.numberEnd)) continue;
    const value = tryParseVietnameseNumber(raw);
    const before = text.slice(0, start);
    const after = text.slice(start + raw.length);
    if (value === null || isPartOfReference(before, after)) continue;
    if (referenceBefore.test(before) || isPointInTime(raw, before, after) || timeAfter.test(after)) continue;

    let numberEnd = start + raw.length;
    let max: number | null = null;
    const range = rangeAfter.exec(after);
    const upper = range ? tryParseVietnameseNumber(range[2] ?? '') : null;
    if (range && upper !== null && !isPartOfReference('', after.slice(range[0].length))) {
      max = upper;
      numberEnd += range[0].length;
    }
    const span = unitSpanAt(text.slice(numberEnd));
    // "90% - 95": the unit written once, after the lower bound.
    const unit = span?.unit ?? (range?.[1] === '%' ? '%' : null);
    if (unit === null && max === null && isBareYear(raw)) continue;
    // "(1653-2023)", "2021 - 2025": a span of years, not a range of values.
    if (unit === null && max !== null && isYearSpan(raw, range?.[2] ?? '')) continue;
    tokens.push({ start, numberEnd, end: numberEnd + (span?.length ?? 0), value, max, unit });
  }
  return tokens;
}
