import type { Completeness } from '../evaluation/aggregate-time';
import type { PhasingBasis } from '../evaluation/expected-progress';
import type { EvaluationStatus, UnjudgedReason } from '../evaluation/status';
import { equalityTolerance } from '../evaluation/target-goal';
import { formatVietnameseNumber } from '../domain/vietnamese-number';

/** The "Đánh giá" column of a report, and the status badges on screen. */
export const evaluationStatusLabels: Readonly<Record<EvaluationStatus, string>> = {
  vuot: 'Vượt',
  dat: 'Đạt',
  dung_tien_do: 'Đúng tiến độ',
  cham: 'Chậm',
  khong_dat: 'Không đạt',
  chua_co_so_lieu: 'Chưa có số liệu',
};

/** What the expected progress was based on, shown next to the expected value. */
export const phasingBasisLabels: Readonly<Record<PhasingBasis, string>> = {
  explicit: 'Theo mốc tiến độ của kế hoạch',
  seasonal: 'Theo mùa vụ năm trước',
  linear: 'Chia đều các quý',
};

export const completenessLabels: Readonly<Record<Completeness, string>> = {
  complete: 'Đủ số liệu',
  partial: 'Thiếu số liệu một số quý hoặc đơn vị',
  none: 'Chưa có số liệu',
};

export const unjudgedReasonLabels: Readonly<Record<UnjudgedReason, string>> = {
  no_figures: 'Chưa có số liệu thực hiện',
  no_baseline: 'Chưa có số liệu năm gốc để tính mức tăng/giảm',
  no_target_value: 'Chỉ tiêu chưa có giá trị hoặc cách tính mức tăng/giảm',
  not_aggregable: 'Không tổng hợp được số toàn địa bàn từ số liệu các đơn vị',
};

/**
 * The stated rule for "=" targets, as the review screen and the user guide show it.
 * @example equalityToleranceRule.startsWith('Chỉ tiêu "bằng/chiếm"') === true
 */
export const equalityToleranceRule =
  `Chỉ tiêu "bằng/chiếm" (=) được đánh giá Đạt khi số thực hiện lệch không quá ` +
  `${formatVietnameseNumber(equalityTolerance)} so với kế hoạch, tính theo đơn vị tính của chỉ tiêu ` +
  `(với % là ${formatVietnameseNumber(equalityTolerance)} điểm phần trăm): "chiếm 38,5%" đạt từ 38,0% đến 39,0%.`;

/** Marks a figure that is still an estimate. */
export const estimatedLabel = 'Số liệu ước';

/**
 * The summary sentence of a report. Before year end, targets on schedule count as met ("đạt và vượt tiến độ");
 * the denominator is every target of the plan, and targets without figures are named rather than dropped.
 * @example headlineSentence({ metOrAhead: 23, total: 26, chua_co_so_lieu: 0 }, true) === '23/26 chỉ tiêu đạt và vượt'
 * @example headlineSentence({ metOrAhead: 20, total: 26, chua_co_so_lieu: 2 }, false) === '20/26 chỉ tiêu đạt và vượt tiến độ (2 chỉ tiêu chưa có số liệu)'
 */
export function headlineSentence(
  counts: { metOrAhead: number; total: number; chua_co_so_lieu: number },
  yearEnd: boolean,
): string {
  const sentence = `${counts.metOrAhead}/${counts.total} chỉ tiêu đạt và vượt${yearEnd ? '' : ' tiến độ'}`;
  return counts.chua_co_so_lieu > 0 ? `${sentence} (${counts.chua_co_so_lieu} chỉ tiêu chưa có số liệu)` : sentence;
}

export const evaluationMessages = {
  indicatorMissing: (id: number) => `Không tìm thấy chỉ số (mã số ${id}) của chỉ tiêu cần đánh giá.`,
  unknownUnit: (id: number) => `Đơn vị mã số ${id}`,
};
