import type { PlanEvaluation } from '../evaluation/evaluate-plan';

export interface BehindTarget {
  kind: 'behind';
  targetId: number;
  indicator: string;
  ytd: number;
  expected: number;
  /** How far behind the expected value, as a share of it (0.25 = 25% behind). */
  gap: number;
}

export interface UnitWithoutFigures {
  kind: 'no_figures';
  unitId: number;
  code: string;
  name: string;
}

export type EarlyWarning = BehindTarget | UnitWithoutFigures;

/**
 * Targets behind their expected value by more than `margin` (a setting; 0.1 = 10%), worst first, then the units
 * that sent no figure for the period's last quarter: the two things the council wants flagged before a meeting.
 * @example earlyWarnings(evaluation, [{id: 3, code: 'XA-PM', name: 'Xã Phú Mỹ'}], 0.1) → [{kind:'behind',…}, {kind:'no_figures', name:'Xã Phú Mỹ',…}]
 */
export function earlyWarnings(
  evaluation: PlanEvaluation,
  unitsWithoutFigures: ReadonlyArray<{ id: number; code: string; name: string }>,
  margin: number,
): EarlyWarning[] {
  const behind: BehindTarget[] = [];
  for (const t of evaluation.targets) {
    if (t.status !== 'cham' || t.ytd === null || t.expected === null || t.expected === 0) continue;
    // For lower-is-better levels (rates to reduce) being behind means standing above the expected value.
    const lowerIsBetter = ['lte', 'lt', 'decrease', 'zero'].includes(t.comparator);
    const gap = lowerIsBetter
      ? (t.ytd - t.expected) / Math.abs(t.expected)
      : (t.expected - t.ytd) / Math.abs(t.expected);
    if (gap > margin)
      behind.push({
        kind: 'behind',
        targetId: t.targetId,
        indicator: t.indicator,
        ytd: t.ytd,
        expected: t.expected,
        gap,
      });
  }
  behind.sort((a, b) => b.gap - a.gap);
  return [
    ...behind,
    ...unitsWithoutFigures.map((u) => ({ kind: 'no_figures' as const, unitId: u.id, code: u.code, name: u.name })),
  ];
}
