import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import { indicatorGroupLabels, indicatorGroups, type IndicatorGroup } from '@shared/domain/target-form';

/** One whole-area target with its indicator and its allocations to units. */
export interface TargetLine {
  /** 1-based, in the plan's order across groups, as the plan numbers them. */
  number: number;
  target: Target;
  indicator: Indicator;
  allocations: Target[];
}

export interface TargetGroup {
  group: IndicatorGroup;
  label: string;
  lines: TargetLine[];
}

/**
 * The plan's whole-area targets under their field (Kinh tế, Văn hóa – xã hội, …) in the fields' usual order, each
 * with its unit allocations. Numbering follows the plan's order, so "chỉ tiêu 9" is the same target everywhere.
 */
export function groupTargets(targets: readonly Target[], indicators: readonly Indicator[]): TargetGroup[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const area = targets.filter((t) => t.unitId === null).sort((a, b) => a.position - b.position || a.id - b.id);
  const lines: TargetLine[] = [];
  for (const target of area) {
    const indicator = byId.get(target.indicatorId);
    if (!indicator) continue;
    lines.push({
      number: lines.length + 1,
      target,
      indicator,
      allocations: targets.filter((t) => t.unitId !== null && t.indicatorId === target.indicatorId),
    });
  }
  return indicatorGroups
    .map((group) => ({
      group,
      label: indicatorGroupLabels[group],
      lines: lines.filter((line) => line.indicator.group === group),
    }))
    .filter((g) => g.lines.length > 0);
}

/** Indicators that can be allocated to units: not the area-only and not the qualitative ones. */
export function canAllocate(indicator: Pick<Indicator, 'kind' | 'areaOnly'>): boolean {
  return !indicator.areaOnly && indicator.kind !== 'qualitative';
}
