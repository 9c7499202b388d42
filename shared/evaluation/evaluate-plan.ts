import type { Figure } from '../domain/figure';
import type { AggregationKind, Indicator } from '../domain/indicator';
import { formatPeriodKey, isYearEnd, quartersToDate, type ReportPeriod } from '../domain/period';
import type { ChangeMode, Target } from '../domain/plan';
import type { Comparator, IndicatorGroup } from '../domain/target-form';
import { compareUnits, type Unit } from '../domain/unit';
import { AppError } from '../errors';
import { evaluationMessages, headlineSentence } from '../i18n/vi-evaluation';
import { aggregateOverQuarters, type Completeness } from './aggregate-time';
import { shownDecimals } from '../domain/display-decimals';
import { evaluateTarget, type EvaluationContext, type TargetResult } from './evaluate-target';
import { figureValues, indexFigures, unitsWithFigures, type FigureIndex } from './figure-index';
import { judgedByUnits, type UnitsAchieved } from './units-achieved';
import { evaluationStatuses, isMetOrAhead, type EvaluationStatus } from './status';

export type EvaluatedUnit = Pick<Unit, 'id' | 'code' | 'name' | 'kind'>;

export interface PlanEvaluationInput {
  year: number;
  period: ReportPeriod;
  indicators: readonly Indicator[];
  /** The plan's targets for the year: whole-area ones are evaluated, unit allocations give the per-unit rows. */
  targets: readonly Target[];
  /** Units named in the breakdown (retired and merged ones included, so their history still reads). */
  units: readonly EvaluatedUnit[];
  /** Figures of the years {@link figureYearsNeeded} lists, or an index already built from them. */
  figures: readonly Figure[] | FigureIndex;
}

/** One unit's row in a target's annex. */
export interface UnitEvaluation {
  unitId: number;
  code: string;
  name: string;
  ytd: number | null;
  /** The unit's own allocation, when the plan gives it one. */
  target: number | null;
  max: number | null;
  /** The level the unit's allocation stands for (a change target through the unit's baseline). */
  annualLevel: number | null;
  percentOfPlan: number | null;
  /** "Mức hoàn thành" against its own allocation (see `completionPercent`); scoring reads it. */
  completion: number | null;
  /** Against its own allocation; null when the unit has none (its figures only add to the whole area). */
  status: EvaluationStatus | null;
  estimated: boolean;
  completeness: Completeness;
  achieved: boolean | null;
}

export interface TargetEvaluation extends TargetResult {
  targetId: number;
  indicatorId: number;
  /** The indicator's name. */
  indicator: string;
  group: IndicatorGroup;
  kind: AggregationKind;
  /** Đơn vị tính. */
  unit: string | null;
  /** "Chỉ toàn địa bàn": entered for the whole area only. */
  areaOnly: boolean;
  /** The decimals every figure of this target is shown with (`shownDecimals`): totals add up to the parts shown. */
  decimals: number;
  comparator: Comparator;
  /** The plan's figure as written ("giảm 0,5" → 0.5); the level it stands for is `annualLevel`. */
  target: number | null;
  max: number | null;
  changeMode: ChangeMode | null;
  units: UnitEvaluation[];
  /** A qualitative target judged unit by unit ("3/4 đơn vị đạt"); null when judged for the whole area. */
  unitsAchieved: UnitsAchieved | null;
  /** With `notAggregable`: the names of the units behind the reason, in the council's order. */
  notAggregableUnits: string[];
}

export type StatusCounts = Record<EvaluationStatus, number> & {
  /** Every whole-area target of the plan. */
  total: number;
  /** Targets that could be judged (total − chua_co_so_lieu). */
  withData: number;
  /** vuot + dat + dung_tien_do: the X of "X/Y chỉ tiêu đạt và vượt". */
  metOrAhead: number;
};

export interface PlanEvaluation {
  year: number;
  period: ReportPeriod;
  periodKey: string;
  yearEnd: boolean;
  targets: TargetEvaluation[];
  counts: StatusCounts;
  /** "X/Y chỉ tiêu đạt và vượt (tiến độ)", Y being all whole-area targets (see `headlineSentence`). */
  headline: string;
}

/**
 * Evaluates every whole-area target of a plan at a report period, in the plan's order, each with its per-unit
 * annex (every unit with its own allocation or with figures), and counts the statuses. This is the one evaluation
 * the dashboards, the printed report and the CLI share.
 * @example evaluatePlan({ year: 2023, period: 'H1', indicators, targets, units, figures }).headline === '8/10 chỉ tiêu đạt và vượt tiến độ'
 */
export function evaluatePlan(input: PlanEvaluationInput): PlanEvaluation {
  const index = 'byIndicator' in input.figures ? input.figures : indexFigures(input.figures);
  const context: EvaluationContext = { index, year: input.year, period: input.period };
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const units = new Map(input.units.map((unit) => [unit.id, unit]));
  // Sorted once: collating Vietnamese names inside every target's annex would dominate a province-sized plan.
  const unitRank = new Map([...input.units].sort(compareUnits).map((unit, rank) => [unit.id, rank]));
  const allocations = new Map<number, Map<number, Target>>();
  for (const target of input.targets) {
    if (target.unitId === null) continue;
    let byUnit = allocations.get(target.indicatorId);
    if (byUnit === undefined) allocations.set(target.indicatorId, (byUnit = new Map()));
    byUnit.set(target.unitId, target);
  }

  const areaTargets = input.targets
    .filter((target) => target.unitId === null)
    .sort((a, b) => a.position - b.position || a.id - b.id);
  const targets = areaTargets.map((target) => {
    const indicator = indicators.get(target.indicatorId);
    if (indicator === undefined) {
      throw new AppError('NOT_FOUND', evaluationMessages.indicatorMissing(target.indicatorId));
    }
    const breakdown = unitBreakdown(indicator, allocations.get(indicator.id), units, unitRank, context);
    const own = evaluateTarget(target, indicator, context);
    const byUnits = indicator.kind === 'qualitative' ? judgedByUnits(own, indicator, breakdown, context) : null;
    const result = byUnits?.result ?? own;
    const decimals = shownDecimals(indicator, [
      target.value,
      target.max,
      ...figureValues(index, indicator.id, [input.year - 1, input.year], quartersToDate(input.period)),
    ]);
    const names = (ids: readonly number[]) =>
      [...ids].sort((a, b) => (unitRank.get(a) ?? 0) - (unitRank.get(b) ?? 0)).map((id) => units.get(id)?.name ?? '');
    return {
      ...describe(target, indicator, result, breakdown, decimals),
      unitsAchieved: byUnits?.unitsAchieved ?? null,
      notAggregableUnits: names(result.notAggregable?.unitIds ?? []),
    };
  });

  const counts = countStatuses(targets.map((target) => target.status));
  const yearEnd = isYearEnd(input.period);
  return {
    year: input.year,
    period: input.period,
    periodKey: formatPeriodKey({ year: input.year, period: input.period }),
    yearEnd,
    targets,
    counts,
    headline: headlineSentence(counts, yearEnd),
  };
}

function describe(
  target: Target,
  indicator: Indicator,
  result: TargetResult,
  units: UnitEvaluation[],
  decimals: number,
): Omit<TargetEvaluation, 'unitsAchieved' | 'notAggregableUnits'> {
  return {
    targetId: target.id,
    indicatorId: indicator.id,
    indicator: indicator.name,
    group: indicator.group,
    kind: indicator.kind,
    unit: indicator.measureUnit,
    areaOnly: indicator.areaOnly,
    decimals,
    comparator: target.comparator,
    target: target.value,
    max: target.max,
    changeMode: target.changeMode,
    ...result,
    units,
  };
}

function unitBreakdown(
  indicator: Indicator,
  allocations: ReadonlyMap<number, Target> | undefined,
  units: ReadonlyMap<number, EvaluatedUnit>,
  unitRank: ReadonlyMap<number, number>,
  context: EvaluationContext,
): UnitEvaluation[] {
  const toDate = quartersToDate(context.period);
  const unitIds = unitsWithFigures(context.index, indicator.id, context.year, toDate);
  for (const unitId of allocations?.keys() ?? []) unitIds.add(unitId);
  // Rows are built as plain literals of one shape (no spreads): a province plan makes ~24,000 of them.
  const rows: UnitEvaluation[] = [];
  for (const unitId of unitIds) {
    const unit = units.get(unitId);
    const code = unit?.code ?? '';
    const name = unit?.name ?? evaluationMessages.unknownUnit(unitId);
    const allocation = allocations?.get(unitId);
    if (allocation !== undefined) {
      const result = evaluateTarget(allocation, indicator, context);
      rows.push({
        unitId,
        code,
        name,
        ytd: result.ytd,
        target: allocation.value,
        max: allocation.max,
        annualLevel: result.annualLevel,
        percentOfPlan: result.percentOfPlan,
        completion: result.completion,
        status: result.status,
        estimated: result.estimated,
        completeness: result.completeness,
        achieved: result.achieved,
      });
      continue;
    }
    const own = aggregateOverQuarters(indicator, context.index, context.year, toDate, unitId);
    rows.push({
      unitId,
      code,
      name,
      ytd: own.value,
      target: null,
      max: null,
      annualLevel: null,
      percentOfPlan: null,
      completion: null,
      status: null,
      estimated: own.estimated,
      completeness: own.completeness,
      achieved: own.achieved,
    });
  }
  // Units missing from the list (should not happen) go last, in id order.
  const rank = (unitId: number) => unitRank.get(unitId) ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => rank(a.unitId) - rank(b.unitId) || a.unitId - b.unitId);
}

/**
 * Counts statuses for the summary line.
 * @example countStatuses(['vuot', 'dat', 'cham', 'chua_co_so_lieu']) → { vuot: 1, dat: 1, cham: 1, chua_co_so_lieu: 1, …, total: 4, withData: 3, metOrAhead: 2 }
 */
export function countStatuses(statuses: readonly EvaluationStatus[]): StatusCounts {
  const counts = Object.fromEntries(evaluationStatuses.map((status) => [status, 0])) as Record<
    EvaluationStatus,
    number
  >;
  for (const status of statuses) counts[status] += 1;
  return {
    ...counts,
    total: statuses.length,
    withData: statuses.length - counts.chua_co_so_lieu,
    metOrAhead: statuses.filter(isMetOrAhead).length,
  };
}

/**
 * The years whose figures an evaluation reads: the year itself, the year before (same period last year, seasonal
 * profile, default baseline) and every baseline year a target names. The core loads exactly these.
 * @example figureYearsNeeded(2023, [{ baselineYear: 2020, ... }]) → [2020, 2022, 2023]
 */
export function figureYearsNeeded(year: number, targets: readonly Pick<Target, 'baselineYear'>[]): number[] {
  const years = new Set([year, year - 1]);
  for (const target of targets) if (target.baselineYear !== null) years.add(target.baselineYear);
  return [...years].sort((a, b) => a - b);
}
