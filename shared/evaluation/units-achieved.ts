import type { Indicator } from '../domain/indicator';
import { isYearEnd } from '../domain/period';
import type { UnitEvaluation } from './evaluate-plan';
import type { EvaluationContext, TargetResult } from './evaluate-target';

/** A qualitative target judged unit by unit: "3/4 đơn vị đạt". */
export interface UnitsAchieved {
  /** Units whose latest Đạt / Chưa đạt is Đạt. */
  achieved: number;
  /** Units with an allocation of the target or a judgement of their own. */
  total: number;
}

/**
 * A qualitative target the plan gives each unit ("100% thôn giữ vững an ninh trật tự"), when the council has not
 * judged the whole area itself: the summary counts the units that reached it. Đạt when every unit did; otherwise
 * Chậm before year end and Không đạt at year end. "% KH" is the share of units that reached it (3/4 → 75%), as
 * the plan's figure for such a target is every unit. Null when the whole area was judged, the indicator is
 * entered for the whole area only, or no unit has been judged yet.
 * @example judgedByUnits(areaResult, security, rowsWith3of4Achieved, ctx)?.unitsAchieved → { achieved: 3, total: 4 }
 */
export function judgedByUnits(
  own: TargetResult,
  indicator: Pick<Indicator, 'kind' | 'areaOnly'>,
  rows: readonly UnitEvaluation[],
  context: Pick<EvaluationContext, 'period'>,
): { result: TargetResult; unitsAchieved: UnitsAchieved } | null {
  if (indicator.kind !== 'qualitative' || indicator.areaOnly || own.achieved !== null) return null;
  if (!rows.some((row) => row.achieved !== null)) return null;
  const achieved = rows.filter((row) => row.achieved === true).length;
  const total = rows.length;
  const all = achieved === total;
  const percent = (achieved / total) * 100;
  return {
    unitsAchieved: { achieved, total },
    result: {
      ...own,
      achieved: all,
      status: all ? 'dat' : isYearEnd(context.period) ? 'khong_dat' : 'cham',
      unjudgedReason: null,
      percentOfPlan: percent,
      completion: percent,
      estimated: own.estimated || rows.some((row) => row.estimated && row.achieved !== null),
      completeness: rows.every((row) => row.achieved !== null) ? 'complete' : 'partial',
    },
  };
}
