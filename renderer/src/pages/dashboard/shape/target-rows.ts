import { indicatorGroupLabels, indicatorGroups, type IndicatorGroup } from '@shared/domain/target-form';
import { countStatuses, type StatusCounts, type TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import type { EvaluationStatus } from '@shared/evaluation/status';
import { headlineSentence } from '@shared/i18n/vi-evaluation';
import { notAggregableCell, unitsAchievedCell } from '@shared/report/report-cells';
import { notAggregableLine } from '@shared/report/shortcomings';
import {
  formatAchieved,
  formatAmount,
  formatPercent,
  formatPlanFigure,
  isYesNoTarget,
  markEstimated,
} from '@renderer/format/evaluation-cells';

/** All fields, or one of them. */
export type FieldFilter = IndicatorGroup | 'all';

export interface TargetRow {
  targetId: number;
  /** Numbered across the whole plan (fields in report order), so a target keeps its number under any filter. */
  stt: number;
  indicator: string;
  unit: string;
  plan: string;
  periodValue: string;
  ytd: string;
  percentOfPlan: string;
  samePeriodLastYear: string;
  percentOfLastYear: string;
  status: EvaluationStatus;
  estimated: boolean;
  /** Some quarter or unit behind the year to date sent nothing: the figure (and a year-end judgement) is partial. */
  incomplete: boolean;
  /** Why the whole area's figure could not be added up from the units, naming them; null when it could. */
  ytdNote: string | null;
}

export interface TargetGroup {
  group: IndicatorGroup;
  numeral: string;
  label: string;
  rows: TargetRow[];
}

const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * Targets in report order: by field (Kinh tế, Văn hóa – xã hội, …), the plan's order inside each field.
 * @example targetsInReportOrder([vhxh1, kt1, kt2]) → [kt1, kt2, vhxh1]
 */
export function targetsInReportOrder<T extends Pick<TargetEvaluation, 'group'>>(targets: readonly T[]): T[] {
  return indicatorGroups.flatMap((group) => targets.filter((t) => t.group === group));
}

/**
 * The STT of every target: 1, 2, 3 … down the report order, continuous across fields as in the printed report.
 * @example numberTargets([kt(id 7), vhxh(id 3)]).get(3) === 2
 */
export function numberTargets(targets: readonly Pick<TargetEvaluation, 'targetId' | 'group'>[]): Map<number, number> {
  return new Map(targetsInReportOrder(targets).map((t, i) => [t.targetId, i + 1]));
}

/** The fields that have targets, in report order: the options of the field filter. */
export function fieldsWithTargets(targets: readonly Pick<TargetEvaluation, 'group'>[]): IndicatorGroup[] {
  return indicatorGroups.filter((group) => targets.some((t) => t.group === group));
}

export function inField<T extends Pick<TargetEvaluation, 'group'>>(targets: readonly T[], field: FieldFilter): T[] {
  return field === 'all' ? [...targets] : targets.filter((t) => t.group === field);
}

/**
 * One target's row of the "Kết quả từng chỉ tiêu" table, every cell as printed: numbers at the indicator's
 * precision, percentages with one decimal, "(ước)" after a year to date that rests on estimates, Đạt / Chưa đạt for
 * yes-no targets.
 */
export function targetRow(t: TargetEvaluation, stt: number): TargetRow {
  const yesNo = isYesNoTarget(t);
  const figure = (value: number | null) => {
    if (t.notAggregable !== null) return notAggregableCell;
    if (t.unitsAchieved !== null) return unitsAchievedCell(t.unitsAchieved);
    return yesNo ? formatAchieved(t.achieved) : formatAmount(value, t.decimals);
  };
  return {
    targetId: t.targetId,
    stt,
    indicator: t.indicator,
    unit: t.unit ?? '',
    plan: formatPlanFigure(t),
    periodValue: figure(t.periodValue),
    ytd: markEstimated(figure(t.ytd), t.estimated && t.notAggregable === null),
    percentOfPlan: formatPercent(t.percentOfPlan),
    samePeriodLastYear: yesNo
      ? formatAmount(null, 0)
      : markEstimated(formatAmount(t.samePeriodLastYear, t.decimals), t.samePeriodLastYearEstimated),
    percentOfLastYear: formatPercent(t.percentOfLastYear),
    status: t.status,
    estimated: t.estimated,
    incomplete: t.completeness === 'partial',
    ytdNote: t.notAggregable === null ? null : notAggregableLine(t).replace(/^- /, ''),
  };
}

export interface FieldPart<T> {
  group: IndicatorGroup;
  /** "I", "II", … as a report numbers its parts, counted among the plan's fields: "II" stays "II" shown alone. */
  numeral: string;
  label: string;
  items: T[];
}

/**
 * Targets split by field for the field filter, in report order; fields without targets are left out. Parts are
 * numbered among the fields of `plan` (the whole plan when a page shows only some of its targets).
 * @example groupByField([kt1, vhxh1, kt2], 'all').map((p) => [p.numeral, p.items.length]) → [['I', 2], ['II', 1]]
 */
export function groupByField<T extends Pick<TargetEvaluation, 'group'>>(
  targets: readonly T[],
  field: FieldFilter,
  plan: readonly Pick<TargetEvaluation, 'group'>[] = targets,
): FieldPart<T>[] {
  const planFields = fieldsWithTargets(plan);
  return fieldsWithTargets(inField(targets, field)).map((group) => {
    const index = planFields.indexOf(group);
    return {
      group,
      numeral: numerals[index] ?? String(index + 1),
      label: indicatorGroupLabels[group],
      items: targets.filter((t) => t.group === group),
    };
  });
}

/**
 * The table of all targets grouped by field, for the field filter.
 * @example groupTargetRows(evaluation.targets, 'all').map((g) => g.label) → ['Kinh tế', 'Văn hóa – xã hội']
 */
export function groupTargetRows(targets: readonly TargetEvaluation[], field: FieldFilter): TargetGroup[] {
  const stt = numberTargets(targets);
  return groupByField(targets, field).map(({ items, ...part }) => ({
    ...part,
    rows: items.map((t) => targetRow(t, stt.get(t.targetId)!)),
  }));
}

/**
 * The counts and the summary sentence of one field, worded like the plan's headline ("10/13 chỉ tiêu đạt và vượt
 * tiến độ"); the whole plan's own headline comes from the core.
 */
export function fieldSummary(
  targets: readonly Pick<TargetEvaluation, 'group' | 'status'>[],
  field: FieldFilter,
  yearEnd: boolean,
): { counts: StatusCounts; sentence: string } {
  const counts = countStatuses(inField(targets, field).map((t) => t.status));
  return { counts, sentence: headlineSentence(counts, yearEnd) };
}
