import type { Comparator } from '../domain/target-form';
import { lowerVietnamese, trimEndChars } from './normalize';

// Words that sit between an indicator's name and its value, longest first. Qualifiers of a change ("bình quân",
// "hằng năm") are among them so that "giảm bình quân đạt từ 0,8%" still reads as a change.
const chainWords = [
  'giảm xuống còn',
  'bằng hoặc thấp hơn',
  'bằng hoặc dưới',
  'bằng hoặc cao hơn',
  'bằng hoặc trên',
  'không vượt quá',
  'không thấp hơn',
  'không dưới',
  'không quá',
  'không vượt',
  'xuống còn',
  'xuống dưới',
  'giảm xuống',
  'giảm còn',
  'tăng lên',
  'tăng thêm',
  'nâng lên',
  'thấp hơn',
  'cao hơn',
  'tối thiểu',
  'ít nhất',
  'tối đa',
  'phấn đấu',
  'ở mức',
  'đạt mức',
  'khoảng',
  'chiếm',
  'bình quân',
  'hằng năm',
  'hàng năm',
  'mỗi năm',
  'duy trì',
  'giữ vững',
  'giữ',
  'kéo giảm',
  'vượt',
  'thêm',
  'xuống',
  'trên',
  'dưới',
  'hơn',
  'tăng',
  'giảm',
  'bằng',
  'mức',
  'đạt',
  'còn',
  'lên',
  'từ',
  'là',
  'có',
  'được',
];

const chainAtEnd = new RegExp(String.raw`(?:^|\s)(${chainWords.join('|')})\s*[:,]?\s*$`, 'iu');

/**
 * Separates the indicator's name from the comparator words just before its value.
 * @example splitComparatorWords('Tỷ lệ hộ nghèo giảm từ') deep-equals { subject: 'Tỷ lệ hộ nghèo', words: 'giảm từ' }
 */
export function splitComparatorWords(before: string): { subject: string; words: string } {
  let subject = trimEndChars(before, ' :');
  const words: string[] = [];
  // At most a handful of words, each looked for in the last 60 characters: a hostile phrase stays linear.
  for (let guard = 0; guard < 8; guard += 1) {
    const windowStart = Math.max(0, subject.length - 60);
    const match = chainAtEnd.exec(subject.slice(windowStart));
    if (!match) break;
    words.unshift(lowerVietnamese(match[1] ?? ''));
    subject = trimEndChars(subject.slice(0, windowStart + match.index), ' :,');
  }
  return { subject, words: words.join(' ') };
}

export type ChangeDirection = 'increase' | 'decrease' | null;

// "tăng trưởng" (growth) and "tăng cường" (strengthen) are nouns and verbs of their own, not an increase.
const increaseWord = /(?:^|\s)(?:tăng(?!\s+(?:trưởng|cường))|nâng(?!\s+cao)|vượt)(?=\s|$)/iu;
const decreaseWord = /(?:^|\s)giảm(?!\s+nghèo)(?=\s|$)/iu;

/**
 * The direction of change words give ("tăng", "vượt", "giảm"), or null.
 * @example changeDirectionOf('giảm từ') === 'decrease'
 */
export function changeDirectionOf(words: string): ChangeDirection {
  if (decreaseWord.test(words)) return 'decrease';
  if (increaseWord.test(words)) return 'increase';
  return null;
}

/**
 * Reads the comparator from the words around a value. A change verb makes an increase/decrease unless it says where
 * the value lands ("giảm xuống còn 9,4%" is at most 9,4; "nâng … lên 68,5%" is at least 68,5).
 * @example comparatorFromWords({ words: 'đạt trên', tail: '', isRange: false, change: null, sign: null }) === 'gt'
 */
export function comparatorFromWords(input: {
  words: string;
  tail: string;
  isRange: boolean;
  change: ChangeDirection;
  sign: 'gte' | 'gt' | 'lte' | 'lt' | null;
}): Comparator {
  const { words, tail, isRange, sign } = input;
  if (sign !== null) return isRange ? 'between' : sign;
  const change = input.change ?? changeDirectionOf(words);
  if (/bằng hoặc dưới|bằng hoặc thấp hơn|không quá|không vượt|tối đa/u.test(words)) return 'lte';
  // "tăng ít nhất 3 bậc", "kéo giảm ít nhất 5%": a change, of at least that much.
  if (change !== null && /ít nhất|tối thiểu|không dưới/u.test(words)) return change;
  if (/không dưới|không thấp hơn|tối thiểu|ít nhất|bằng hoặc cao hơn|bằng hoặc trên/u.test(words)) return 'gte';
  if (/^trở xuống/u.test(tail)) return 'lte';
  if (/(?:^|\s)(?:dưới|thấp hơn)(?:\s|$)/u.test(words)) return 'lt';
  if (/(?:^|\s)(?:xuống|còn)(?:\s|$)/u.test(words)) return 'lte';
  // "nâng … lên 68,5", "tăng lên 90%": the level to reach.
  if (/(?:^|\s)lên(?:\s|$)/u.test(words) && !isRange) return 'gte';
  if (change !== null) return change;
  if (isRange) return 'between';
  if (/(?:^|\s)(?:trên|cao hơn|hơn)(?:\s|$)/u.test(words)) return 'gt';
  if (/chiếm|(?:^|\s)bằng(?:\s|$)/u.test(words)) return 'eq';
  return 'gte';
}
