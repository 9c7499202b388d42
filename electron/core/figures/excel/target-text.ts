import type { Target } from '@shared/domain/plan';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { targetWords } from '@shared/i18n/vi-excel';

const n = (value: number) => formatVietnameseNumber(value);

function change(word: string, target: Target): string {
  if (target.value === null) return target.sourceText ?? word;
  const since = target.baselineYear === null ? '' : ` ${targetWords.since(target.baselineYear)}`;
  if (target.changeMode === 'relative') return `${word} ${n(target.value)}%${since}`;
  if (target.changeMode === 'points') return `${word} ${n(target.value)} ${targetWords.points}${since}`;
  return `${word} ${n(target.value)}${since}`;
}

/**
 * A target as the unit reads it in the "Kế hoạch năm" column, with its comparator.
 * @example describeTarget({comparator:'gte', value:320080, …}) === '≥ 320.080'
 * @example describeTarget({comparator:'between', value:90, max:95, …}) === '90 – 95'
 */
export function describeTarget(target: Target): string {
  const { value } = target;
  switch (target.comparator) {
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt':
    case 'eq': {
      if (value === null) return target.sourceText ?? '';
      const sign = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' }[target.comparator];
      return `${sign} ${n(value)}`;
    }
    case 'between':
      return value === null || target.max === null ? (target.sourceText ?? '') : `${n(value)} – ${n(target.max)}`;
    case 'increase':
      return change(targetWords.increase, target);
    case 'decrease':
      return change(targetWords.decrease, target);
    case 'zero':
      return targetWords.zero;
    case 'achieve':
      return targetWords.achieve;
    case 'text':
      return target.sourceText ?? targetWords.qualitative;
  }
}
