import type { Comparator } from '../domain/target-form';
import { lowerVietnamese } from './normalize';

// Words that sit between an indicator's name and its value, longest first.
const chainWords = [
  'giảm xuống còn',
  'bằng hoặc thấp hơn',
  'bằng hoặc dưới',
  'không vượt quá',
  'không thấp hơn',
  'không dưới',
  'không quá',
  'xuống còn',
  'giảm xuống',
  'giảm còn',
  'tăng lên',
  'thấp hơn',
  'cao hơn',
  'tối thiểu',
  'ít nhất',
  'tối đa',
  'phấn đấu',
  'ở mức',
  'khoảng',
  'chiếm',
  'xuống',
  'trên',
  'dưới',
  'tăng',
  'giảm',
  'bằng',
  'mức',
  'đạt',
  'còn',
  'lên',
  'từ',
  'là',
];

const chainAtEnd = new RegExp(String.raw`(?:^|\s)(${chainWords.join('|')})\s*$`, 'iu');

/**
 * Separates the indicator's name from the comparator words just before its value.
 * @example splitComparatorWords('Tỷ lệ hộ nghèo giảm từ') deep-equals { subject: 'Tỷ lệ hộ nghèo', words: 'giảm từ' }
 */
export function splitComparatorWords(before: string): { subject: string; words: string } {
  let subject = before.trim();
  const words: string[] = [];
  for (let match = chainAtEnd.exec(subject); match; match = chainAtEnd.exec(subject)) {
    words.unshift(lowerVietnamese(match[1] ?? ''));
    subject = subject.slice(0, match.index).trim();
  }
  return { subject, words: words.join(' ') };
}

export type ChangeDirection = 'increase' | 'decrease' | null;

/**
 * The direction of change a verb gives ("tăng", "nâng", "giảm"), or null.
 * @example changeDirectionOf('giảm từ') === 'decrease'
 */
export function changeDirectionOf(words: string): ChangeDirection {
  if (/tăng|nâng/iu.test(words)) return 'increase';
  if (/giảm/iu.test(words)) return 'decrease';
  return null;
}

/**
 * Reads the comparator from the words around a value. A change verb (tăng/giảm) makes an
 * increase/decrease unless it says where the value lands ("giảm xuống còn 9,4%" is at most 9.4).
 * @example comparatorFromWords({ words: 'đạt trên', tail: '', isRange: false, change: null }) === 'gt'
 */
export function comparatorFromWords(input: {
  words: string;
  tail: string;
  isRange: boolean;
  change: ChangeDirection;
}): Comparator {
  const { words, tail, isRange } = input;
  const change = input.change ?? changeDirectionOf(words);
  if (/bằng hoặc dưới|bằng hoặc thấp hơn|không quá|không vượt quá|tối đa/u.test(words)) return 'lte';
  if (/không dưới|không thấp hơn|tối thiểu|ít nhất/u.test(words)) return 'gte';
  if (/dưới|thấp hơn/u.test(words)) return 'lt';
  if (/xuống|còn/u.test(words) || /^trở xuống/u.test(tail)) return 'lte';
  if (change !== null) return change;
  if (isRange) return 'between';
  if (/trên|cao hơn/u.test(words)) return 'gt';
  if (/chiếm|bằng/u.test(words)) return 'eq';
  return 'gte';
}
