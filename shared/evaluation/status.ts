/**
 * How a target stands at a report period. Before year end a target is on or behind its expected progress;
 * at year end it is met or missed. See `evaluate-target.ts` for the exact rules.
 * - vuot: Vượt, better than the plan's figure;
 * - dat: Đạt, met;
 * - dung_tien_do: Đúng tiến độ, before year end, at or ahead of the value expected by now;
 * - cham: Chậm, before year end, behind it;
 * - khong_dat: Không đạt, at year end, missed;
 * - chua_co_so_lieu: Chưa có số liệu, nothing to judge (no figures, or no baseline for a change target).
 */
export const evaluationStatuses = ['vuot', 'dat', 'dung_tien_do', 'cham', 'khong_dat', 'chua_co_so_lieu'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/**
 * The statuses counted in "X/Y chỉ tiêu đạt và vượt (tiến độ)".
 * @example isMetOrAhead('dung_tien_do') === true
 */
export function isMetOrAhead(status: EvaluationStatus): boolean {
  return status === 'vuot' || status === 'dat' || status === 'dung_tien_do';
}

/** Why a target could not be judged (status chua_co_so_lieu). */
export type UnjudgedReason = 'no_figures' | 'no_baseline' | 'no_target_value' | 'not_aggregable';
