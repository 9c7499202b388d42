/** ước (estimated, reported early) or chính thức (official, confirmed later). */
export const figureStatuses = ['uoc', 'chinh_thuc'] as const;
export type FigureStatus = (typeof figureStatuses)[number];

/**
 * One reported figure (số liệu thực hiện): an indicator, for a unit (or the whole area when unitId is null,
 * for `area_only` indicators), for one quarter. Which fields are filled depends on the indicator's kind:
 * - flow, stock, area_only: `value` (flow: the quarter's own amount, not the year to date; stock: the level at the
 *   end of the quarter);
 * - rate: `numerator` and `denominator` at the end of the quarter (e.g. poor households and all households);
 * - intensity: `numerator` and `denominator` of the quarter (e.g. output value and harvested area);
 * - unit_count: `achieved` (does this unit meet the standard at the end of the quarter?);
 * - qualitative: `achieved` (Đạt / Không đạt) and a `note` with the council's comment.
 */
export interface Figure {
  indicatorId: number;
  unitId: number | null;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  achieved: boolean | null;
  status: FigureStatus;
  note: string | null;
}

/**
 * The period key of a quarter, as stored in the audit log and printed by the CLI.
 * @example quarterKey(2023, 2) === '2023-Q2'
 */
export function quarterKey(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** ISO date of the last day of a quarter. */
export function quarterEndDate(year: number, quarter: 1 | 2 | 3 | 4): string {
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
}

const romanQuarters = ['I', 'II', 'III', 'IV'];

/** @example quarterLabel(2023, 2) === 'Quý II/2023' */
export function quarterLabel(year: number, quarter: number): string {
  return `Quý ${romanQuarters[quarter - 1]}/${year}`;
}
