import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { viPlans } from '@renderer/i18n/vi-plans';

export type DescribedTarget = Pick<
  Target,
  'comparator' | 'value' | 'max' | 'changeMode' | 'baselineYear' | 'baselineValue'
>;

const w = viPlans.target.words;

/** "95%" and "9‰" stick to the number; every other unit follows a space ("320.080 tấn"). */
function withUnit(number: string, unit: string | null): string {
  if (unit === null) return number;
  return unit === '%' || unit === '‰' ? `${number}${unit}` : `${number} ${unit}`;
}

function describeChange(target: DescribedTarget, unit: string | null): string {
  const verb = target.comparator === 'increase' ? w.increase : w.decrease;
  if (target.value === null) return `${verb} … (${w.missing})`;
  const amount =
    target.max === null
      ? formatVietnameseNumber(target.value)
      : w.range(formatVietnameseNumber(target.value), formatVietnameseNumber(target.max));
  let phrase: string;
  if (target.changeMode === 'relative') phrase = `${amount}%`;
  else if (target.changeMode === 'points') phrase = w.points(amount);
  else phrase = withUnit(amount, unit);
  const parts = [verb, phrase];
  if (target.baselineYear !== null) parts.push(w.sinceYear(target.baselineYear));
  else if (target.changeMode === 'relative') parts.push(w.sinceBase);
  if (target.baselineValue !== null)
    parts.push(w.baseValue(withUnit(formatVietnameseNumber(target.baselineValue), unit)));
  return parts.join(' ');
}

/**
 * A target in the words of a plan, for lists and the review screen.
 * @example describeTarget({ comparator: 'gte', value: 320080, … }, { measureUnit: 'tấn' }) === 'từ 320.080 tấn trở lên'
 * @example describeTarget({ comparator: 'decrease', value: 0.2, max: 0.5, changeMode: 'points', … }, { measureUnit: '%' }) === 'giảm 0,2 – 0,5 điểm %'
 * @example describeTarget({ comparator: 'zero', value: 0, … }, { measureUnit: 'hộ' }) === 'không để phát sinh'
 */
export function describeTarget(target: DescribedTarget, indicator: Pick<Indicator, 'measureUnit'>): string {
  const unit = indicator.measureUnit?.trim() || null;
  const { comparator, value, max } = target;
  switch (comparator) {
    case 'zero':
      return w.zero;
    case 'achieve':
      return w.achieve;
    case 'text':
      return w.text;
    case 'increase':
    case 'decrease':
      return describeChange(target, unit);
    default:
      break;
  }
  if (value === null) return w.missing;
  const amount = withUnit(formatVietnameseNumber(value), unit);
  switch (comparator) {
    case 'gte':
      return w.gte(amount);
    case 'gt':
      return w.gt(amount);
    case 'lte':
      return w.lte(amount);
    case 'lt':
      return w.lt(amount);
    case 'eq':
      return unit === '%' ? w.share(amount) : w.eq(amount);
    case 'between':
      return w.between(formatVietnameseNumber(value), max === null ? '…' : withUnit(formatVietnameseNumber(max), unit));
  }
}
