import type { EarlyWarning } from '@shared/dashboard/early-warnings';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { formatAmount, formatShare, withMeasure } from '@renderer/format/evaluation-cells';
import { inField, numberTargets, type FieldFilter } from './target-rows';

export interface BehindItem {
  targetId: number;
  stt: number;
  indicator: string;
  /** How far behind the expected value: "42,2%". */
  gap: string;
  ytd: string;
  expected: string;
}

export interface SilentUnitItem {
  unitId: number;
  name: string;
}

export interface WarningList {
  behind: BehindItem[];
  silent: SilentUnitItem[];
}

/**
 * The early warnings as the page lists them: targets behind their expected value (worst first, as the core sorts
 * them; only those of the chosen field) with their figures in the indicator's unit, then the units without figures.
 * @example describeWarnings([{ kind: 'behind', targetId: 8, ytd: 209, expected: 361.44, gap: 0.4218, … }], targets, 'all').behind[0]
 *   → { indicator: 'Sản lượng tôm nước lợ', gap: '42,2%', ytd: '209 tấn', expected: '361 tấn', … }
 */
export function describeWarnings(
  warnings: readonly EarlyWarning[],
  targets: readonly TargetEvaluation[],
  field: FieldFilter,
): WarningList {
  const shown = new Map(inField(targets, field).map((t) => [t.targetId, t]));
  const stt = numberTargets(targets);
  const behind: BehindItem[] = [];
  const silent: SilentUnitItem[] = [];
  for (const warning of warnings) {
    if (warning.kind === 'no_figures') {
      silent.push({ unitId: warning.unitId, name: warning.name });
      continue;
    }
    const target = shown.get(warning.targetId);
    if (target === undefined) continue;
    const amount = (value: number) => withMeasure(formatAmount(value, target.decimals), target.unit);
    behind.push({
      targetId: warning.targetId,
      stt: stt.get(warning.targetId)!,
      indicator: warning.indicator,
      gap: formatShare(warning.gap),
      ytd: amount(warning.ytd),
      expected: amount(warning.expected),
    });
  }
  return { behind, silent };
}
