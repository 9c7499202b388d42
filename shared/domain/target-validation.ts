import type { AggregationKind } from './indicator';
import type { ChangeMode, PhasingMode } from './plan';
import type { Comparator } from './target-form';

export interface TargetDraft {
  comparator: Comparator;
  value: number | null;
  max: number | null;
  changeMode: ChangeMode | null;
  phasingMode: PhasingMode;
  milestones: readonly [number, number, number, number] | null;
}

const needsValue: readonly Comparator[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'between', 'increase', 'decrease'];

/**
 * Why a target cannot be saved as it stands, in Vietnamese, or null when it is complete.
 * Every target must end with an explicit comparator, value and (for changes) how the change is measured.
 * @example validateTargetDraft({comparator:'between', value:95, max:90, ...}) === 'Giá trị "đến" phải lớn hơn hoặc bằng giá trị "từ".'
 */
export function validateTargetDraft(target: TargetDraft, indicatorKind?: AggregationKind): string | null {
  const { comparator, value, max } = target;
  if (needsValue.includes(comparator) && value === null) return 'Thiếu giá trị chỉ tiêu.';
  if (comparator === 'between') {
    if (max === null) return 'Chỉ tiêu dạng khoảng cần cả giá trị "từ" và "đến".';
    if (value !== null && max < value) return 'Giá trị "đến" phải lớn hơn hoặc bằng giá trị "từ".';
  } else if (max !== null && comparator !== 'increase' && comparator !== 'decrease') {
    return 'Chỉ chỉ tiêu dạng khoảng hoặc tăng/giảm mới có giá trị "đến".';
  }
  if (max !== null && value !== null && max < value) return 'Giá trị "đến" phải lớn hơn hoặc bằng giá trị "từ".';
  if (comparator === 'zero' && value !== null && value !== 0) return 'Chỉ tiêu "không để phát sinh" có giá trị 0.';
  if ((comparator === 'achieve' || comparator === 'text') && value !== null) {
    return 'Chỉ tiêu định tính không có giá trị số.';
  }
  if ((comparator === 'increase' || comparator === 'decrease') && target.changeMode === null) {
    return 'Chọn cách tính mức tăng/giảm: theo % so với năm gốc, theo điểm phần trăm, hay theo số tuyệt đối.';
  }
  if (indicatorKind === 'qualitative' && comparator !== 'achieve' && comparator !== 'text') {
    return 'Chỉ số định tính chỉ nhận chỉ tiêu dạng "đạt" hoặc định tính.';
  }
  if (indicatorKind !== undefined && indicatorKind !== 'qualitative' && comparator === 'text') {
    return 'Chỉ số có số liệu không nhận chỉ tiêu định tính; chọn chỉ số định tính.';
  }
  if (target.phasingMode === 'explicit') {
    const m = target.milestones;
    if (m === null) return 'Tiến độ theo mốc cần đủ 4 mốc quý.';
    if (m.some((x) => x < 0 || x > 1)) return 'Mốc tiến độ phải từ 0% đến 100% kế hoạch năm.';
    if (m[0] > m[1] || m[1] > m[2] || m[2] > m[3]) return 'Mốc tiến độ lũy kế không được giảm dần qua các quý.';
    if (Math.abs(m[3] - 1) > 1e-9) return 'Mốc quý IV phải là 100% kế hoạch năm.';
  }
  return null;
}
