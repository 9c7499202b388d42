import type { Target } from '@shared/domain/plan';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { goalOf } from '@shared/evaluation/target-goal';
import { viFigures } from '@renderer/i18n/vi-figures';

const n = (value: number | null) => (value === null ? '…' : formatVietnameseNumber(value));

/**
 * The "KH năm" column: a target's annual figure as a report prints it. "Reach at least" is the plain number, as on
 * paper; other comparators carry their sign or word so "trên 98" is not read as "98 trở lên".
 * @example planFigureText({ comparator: 'gte', value: 320080, … }) === '320.080'
 * @example planFigureText({ comparator: 'between', value: 90, max: 95, … }) === '90 – 95'
 * @example planFigureText({ comparator: 'decrease', value: 0.5, changeMode: 'points', … }) === 'giảm 0,5 điểm %'
 */
export function planFigureText(
  target: Pick<Target, 'comparator' | 'value' | 'max' | 'changeMode'> & Partial<Pick<Target, 'baselineValue'>>,
): string {
  const t = viFigures.plan;
  switch (target.comparator) {
    case 'gte':
      return n(target.value);
    case 'gt':
      return `> ${n(target.value)}`;
    case 'lte':
      return `≤ ${n(target.value)}`;
    case 'lt':
      return `< ${n(target.value)}`;
    case 'eq':
      return `= ${n(target.value)}`;
    case 'between':
      return `${n(target.value)} – ${n(target.max)}`;
    case 'increase':
    case 'decrease': {
      const word = target.comparator === 'increase' ? t.increase : t.decrease;
      const range = target.max === null ? n(target.value) : `${n(target.value)}–${n(target.max)}`;
      const suffix = target.changeMode === 'relative' ? '%' : target.changeMode === 'points' ? ` ${t.points}` : '';
      // With its baseline written in the plan, the year's level is known: "176.000 (tăng 10%)", as on Tổng quan.
      const baseline = target.baselineValue ?? null;
      const goal = baseline === null ? null : goalOf(target, { direction: 'higher' }, baseline);
      const words = `${word} ${range}${suffix}`;
      return goal === null || typeof goal === 'string' ? words : `${n(goal.level)} (${words})`;
    }
    case 'zero':
      return '0';
    case 'achieve':
      return t.achieve;
    case 'text':
      return t.text;
  }
}

/** The whole-area target of each indicator (a unit's own allocation is shown beside that unit's cell). */
export function planByIndicator(targets: readonly Target[]): Map<number, Target> {
  const result = new Map<number, Target>();
  for (const target of targets) {
    if (target.unitId === null && !result.has(target.indicatorId)) result.set(target.indicatorId, target);
  }
  return result;
}

/** Units' own allocations, by `cellKey`. */
export function allocationsByCell(targets: readonly Target[]): Map<string, Target> {
  return new Map(
    targets.flatMap((target) => (target.unitId === null ? [] : [[`${target.indicatorId}:${target.unitId}`, target]])),
  );
}
