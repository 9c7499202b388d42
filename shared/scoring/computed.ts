import type { EvaluationStatus } from '../evaluation/status';
import { isMetOrAhead } from '../evaluation/status';
import { formatVietnameseNumber } from '../domain/vietnamese-number';
import { evaluationStatusLabels } from '../i18n/vi-evaluation';
import { computedWords } from '../i18n/vi-clusters';
import { roundPoints, type CriterionLink } from './criteria';

/** What the evaluation says about one unit's allocation of the linked target (a row of `targets[i].units`). */
export interface UnitTargetResult {
  /**
   * "Mức hoàn thành" (see `completionPercent`), not "% KH": a cap beaten or a reduction beyond plan scores above
   * 100, which lũy kế ÷ KH năm would not say.
   */
  completion: number | null;
  /** Null when the unit has no allocation of its own. */
  status: EvaluationStatus | null;
}

export interface ComputedPoints {
  /** Null when the result cannot be scored (no allocation, no figures): the criterion is then scored by hand. */
  points: number | null;
  /** "Sản lượng lúa đạt 103% kế hoạch → 20/20 điểm". */
  explanation: string;
}

const percentText = (p: number) => formatVietnameseNumber(Math.round(p * 10) / 10);

/**
 * Scores a criterion linked to a target from the unit's result in the one evaluation of the year (`evaluateYear`).
 * @example computeCriterionPoints({ indicatorId: 1, rule: 'ty_le', zeroBelowPercent: null }, 20, 'Sản lượng lúa', { completion: 103, status: 'vuot' }) → { points: 20, explanation: 'Sản lượng lúa đạt 103% kế hoạch → 20/20 điểm' }
 */
export function computeCriterionPoints(
  link: CriterionLink,
  maxPoints: number,
  indicatorName: string,
  result: UnitTargetResult | undefined,
): ComputedPoints {
  if (result === undefined || result.status === null) {
    return { points: null, explanation: computedWords.noTarget(indicatorName) };
  }
  if (result.status === 'chua_co_so_lieu') return { points: null, explanation: computedWords.noData(indicatorName) };
  const percent = result.completion === null ? null : percentText(result.completion);
  const status = evaluationStatusLabels[result.status];
  if (isMetOrAhead(result.status)) {
    return { points: maxPoints, explanation: computedWords.met(indicatorName, percent, status, maxPoints, maxPoints) };
  }
  if (link.rule === 'dat_du_diem' || result.completion === null) {
    return { points: 0, explanation: computedWords.missed(indicatorName, percent, status, 0, maxPoints) };
  }
  if (link.zeroBelowPercent !== null && result.completion < link.zeroBelowPercent) {
    return {
      points: 0,
      explanation: computedWords.belowFloor(indicatorName, percent!, percentText(link.zeroBelowPercent), maxPoints),
    };
  }
  const points = roundPoints(Math.min(maxPoints, Math.max(0, (maxPoints * result.completion) / 100)));
  return { points, explanation: computedWords.missed(indicatorName, percent, status, points, maxPoints) };
}
