import type { Indicator } from '../domain/indicator';
import {
  isYearEnd,
  periodQuarters,
  quarterToDate,
  quartersToDate,
  type Quarter,
  type ReportPeriod,
} from '../domain/period';
import type { Target } from '../domain/plan';
import { aggregateOverQuarters, latestAchieved, type Completeness } from './aggregate-time';
import type { NotAggregable } from './aggregate-units';
import { expectedShare, expectedValue, isFlowLike, lastYearProfile, type PhasingBasis } from './expected-progress';
import type { FigureIndex } from './figure-index';
import { completionPercent, percentOfPlan } from './percent-of-plan';
import type { EvaluationStatus, UnjudgedReason } from './status';
import { epsilon, goalOf, isOnTrack, judge, type Goal } from './target-goal';

/** Where and when a target is evaluated: the indexed figures (this year, last year, baseline years). */
export interface EvaluationContext {
  index: FigureIndex;
  year: number;
  period: ReportPeriod;
}

/** One target (whole area or one unit's allocation) at a report period. */
export interface TargetResult {
  /** "TH quý": the period's own value (for H1, 9M, Y the same as the year to date). */
  periodValue: number | null;
  /** "Lũy kế": from 1 January to the end of the period, aggregated by the indicator's kind. */
  ytd: number | null;
  /** rate/intensity: Σ numerators and Σ denominators behind `ytd`. */
  numerator: number | null;
  denominator: number | null;
  /** The quarter `ytd` was read at (a level) or the last quarter it sums. */
  latestQuarter: Quarter | null;
  /** Đạt / Không đạt as recorded, for achieve and qualitative targets. */
  achieved: boolean | null;
  completeness: Completeness;
  /** Some figure feeding the status, ytd, % KH or expected value is an estimate (ước). */
  estimated: boolean;
  /** The baseline of an increase/decrease target (given, or computed from the baseline year's figures). */
  baseline: number | null;
  /** The level the target stands for at year end (a change target turned into a level through its baseline). */
  annualLevel: number | null;
  /** What the indicator should stand at by now: share × annual level for flows, the annual level for levels. */
  expected: number | null;
  /** Flow-like kinds: the cumulative share of the year expected by now, and where it came from. */
  expectedShare: number | null;
  phasing: PhasingBasis | null;
  /** "% KH": ytd ÷ the annual level × 100 (see `percentOfPlan`). */
  percentOfPlan: number | null;
  /** "Mức hoàn thành", oriented so 100 is the plan (see `completionPercent`); for scoring, under its own label. */
  completion: number | null;
  /** The units reported but their figures make no whole-area value (ytd is then null). */
  notAggregable: NotAggregable | null;
  /** "Cùng kỳ": the year to date of the year before, to the same quarter. */
  samePeriodLastYear: number | null;
  samePeriodLastYearEstimated: boolean;
  changeFromLastYear: number | null;
  /** "% so cùng kỳ": ytd ÷ same period last year × 100 (105 means 5% more). */
  percentOfLastYear: number | null;
  /** Year-end projection: a flow's ytd ÷ its expected share by now; a level as it stands. */
  projection: number | null;
  status: EvaluationStatus;
  unjudgedReason: UnjudgedReason | null;
}

/**
 * Evaluates one target at a report period, for the whole area (target.unitId null) or for the unit it is allocated
 * to. Status rules:
 * - no figures for the year to date → chua_co_so_lieu (also when a change target has no baseline);
 * - at year end (Q4, Y): the value judged against the goal → vuot / dat / khong_dat (see `goalOf` for Vượt);
 * - before year end, levels (stock, rate, intensity, unit_count): already meeting the annual goal → dat / vuot,
 *   otherwise cham (their expected value is the target itself);
 * - before year end, flows: a flow to reach that already reached its annual figure → dat / vuot (flows only add
 *   up); otherwise at or ahead of the expected value → dung_tien_do, behind it → cham;
 * - zero: 0 → dat; anything above → cham before year end, khong_dat at year end;
 * - achieve, text and qualitative indicators: the latest recorded Đạt → dat; Không đạt → cham before year end,
 *   khong_dat at year end; nothing recorded → chua_co_so_lieu.
 * @example evaluateTarget(riceTarget, rice, { index, year: 2023, period: 'H1' }).status === 'dung_tien_do'
 */
export function evaluateTarget(target: Target, indicator: Indicator, context: EvaluationContext): TargetResult {
  const { index, year, period } = context;
  const unitId = target.unitId;
  const yearEnd = isYearEnd(period);
  const toDate = quartersToDate(period);
  const ytd = aggregateOverQuarters(indicator, index, year, toDate, unitId);
  const own = periodQuarters(period);
  const periodAggregate =
    own.length === toDate.length ? ytd : aggregateOverQuarters(indicator, index, year, own, unitId);
  const lastYear = aggregateOverQuarters(indicator, index, year - 1, toDate, unitId);
  const qualitative =
    indicator.kind === 'qualitative' || target.comparator === 'achieve' || target.comparator === 'text';

  const flowLike = isFlowLike(indicator.kind);
  const share = flowLike ? shareByNow(target, indicator, context) : null;
  const needsBaseline = target.comparator === 'increase' || target.comparator === 'decrease';
  const baseline = needsBaseline ? baselineOf(target, indicator, index, year) : null;
  const goal = qualitative ? 'no_target_value' : goalOf(target, indicator, baseline?.value ?? null);
  const judged = typeof goal === 'string' ? null : goal;
  const expected = judged === null ? null : expectedValue(indicator.kind, judged.level, share?.share ?? 1);

  let estimated =
    ytd.estimated || periodAggregate.estimated || (baseline?.estimated ?? false) || (share?.estimated ?? false);
  let achieved = ytd.achieved;
  let status: EvaluationStatus;
  let unjudgedReason: UnjudgedReason | null = null;
  let percent: number | null = null;
  let completion: number | null = null;
  if (qualitative) {
    const flag = latestAchieved(index, indicator.id, year, toDate, unitId);
    achieved = flag.achieved;
    estimated ||= flag.estimated;
    status = statusOfAchieved(flag.achieved, yearEnd);
    if (status === 'chua_co_so_lieu') unjudgedReason = 'no_figures';
  } else if (ytd.value === null || judged === null) {
    status = 'chua_co_so_lieu';
    unjudgedReason =
      ytd.notAggregable !== null ? 'not_aggregable' : ytd.value === null ? 'no_figures' : (goal as UnjudgedReason);
  } else {
    percent = percentOfPlan(target, judged, ytd.value);
    completion = completionPercent(target, judged, ytd.value, expected!, share?.share ?? 1);
    status = statusOfValue(target.comparator === 'zero', judged, ytd.value, yearEnd, share?.share ?? null);
  }

  const previous = lastYear.value;
  const current = ytd.value;
  return {
    periodValue: periodAggregate.value,
    ytd: current,
    numerator: ytd.numerator,
    denominator: ytd.denominator,
    latestQuarter: ytd.latestQuarter,
    achieved,
    completeness: ytd.completeness,
    estimated,
    baseline: baseline?.value ?? null,
    annualLevel: judged?.level ?? null,
    expected,
    expectedShare: share?.share ?? null,
    phasing: share?.basis ?? null,
    percentOfPlan: percent,
    completion,
    notAggregable: ytd.notAggregable,
    samePeriodLastYear: previous,
    samePeriodLastYearEstimated: previous !== null && lastYear.estimated,
    changeFromLastYear: previous === null || current === null ? null : current - previous,
    percentOfLastYear: previous === null || current === null || previous === 0 ? null : (current / previous) * 100,
    projection: projectionOf(current, share?.share ?? null),
    status,
    unjudgedReason,
  };
}

function shareByNow(target: Target, indicator: Indicator, context: EvaluationContext) {
  const quarter = quarterToDate(context.period);
  const usesProfile = target.phasingMode === 'seasonal' || (target.phasingMode === 'explicit' && !target.milestones);
  if (!usesProfile) return expectedShare(target, quarter, null);
  // A unit without a full last year of its own (new, or merged) follows the whole area's seasons.
  const profile =
    lastYearProfile(indicator, context.index, context.year, target.unitId) ??
    (target.unitId === null ? null : lastYearProfile(indicator, context.index, context.year, null));
  return expectedShare(target, quarter, profile);
}

/**
 * The baseline of a change target: the value given in the plan, else the indicator's value for the baseline year
 * (or the year before) from the figures. A computed baseline must cover its year: all four quarters of a flow or
 * an intensity, the fourth quarter of a level; a part-year total would make any growth look large.
 */
function baselineOf(
  target: Target,
  indicator: Indicator,
  index: FigureIndex,
  year: number,
): { value: number; estimated: boolean } | null {
  if (target.baselineValue !== null) return { value: target.baselineValue, estimated: false };
  const baseYear = target.baselineYear ?? year - 1;
  const whole = aggregateOverQuarters(indicator, index, baseYear, [1, 2, 3, 4], target.unitId);
  const covered =
    isFlowLike(indicator.kind) || indicator.kind === 'intensity'
      ? whole.quartersWithData.length === 4
      : whole.latestQuarter === 4;
  return covered && whole.value !== null ? { value: whole.value, estimated: whole.estimated } : null;
}

function projectionOf(ytd: number | null, share: number | null): number | null {
  if (ytd === null) return null;
  if (share === null) return ytd;
  return share > 0 ? ytd / share : null;
}

function statusOfAchieved(achieved: boolean | null, yearEnd: boolean): EvaluationStatus {
  if (achieved === null) return 'chua_co_so_lieu';
  if (achieved) return 'dat';
  return yearEnd ? 'khong_dat' : 'cham';
}

function statusOfValue(
  zero: boolean,
  goal: Goal,
  actual: number,
  yearEnd: boolean,
  flowShare: number | null,
): EvaluationStatus {
  const missed: EvaluationStatus = yearEnd ? 'khong_dat' : 'cham';
  if (zero) return actual <= epsilon(0) ? 'dat' : missed;
  const judgement = judge(goal, actual);
  if (yearEnd) return judgement === 'not_met' ? 'khong_dat' : judgement;
  if (flowShare === null) return judgement === 'not_met' ? 'cham' : judgement;
  if (goal.better === 'higher' && judgement !== 'not_met') return judgement;
  return isOnTrack(goal, actual, flowShare) ? 'dung_tien_do' : 'cham';
}
