/**
 * The vocabulary of target (chỉ tiêu) forms shared by the plan importer, the database and the screens.
 * See domain §3 for the meaning of each form.
 */

/** How an actual figure is compared with a target's value. */
export const comparators = [
  'gte',
  'gt',
  'lte',
  'lt',
  'eq',
  'between',
  'increase',
  'decrease',
  'zero',
  'achieve',
  'text',
] as const;

export type Comparator = (typeof comparators)[number];

/** Comparators that carry no number: the council judges them Đạt / Không đạt. */
export const qualitativeComparators: readonly Comparator[] = ['achieve', 'text'];

/**
 * How a comparator is read aloud in a plan or a report.
 * @example comparatorLabels.gte === 'từ … trở lên'
 */
export const comparatorLabels: Readonly<Record<Comparator, string>> = {
  gte: 'từ … trở lên',
  gt: 'trên',
  lte: 'bằng hoặc dưới',
  lt: 'dưới',
  eq: 'bằng/chiếm',
  between: 'từ … đến',
  increase: 'tăng',
  decrease: 'giảm',
  zero: 'không để phát sinh',
  achieve: 'đạt (có/không)',
  text: 'định tính',
};

/** The fields a plan groups its targets under. */
export const indicatorGroups = [
  'kinh_te',
  'van_hoa_xa_hoi',
  'quoc_phong_an_ninh',
  'xay_dung_dang_chinh_quyen',
  'khac',
] as const;

export type IndicatorGroup = (typeof indicatorGroups)[number];

/**
 * The heading of each indicator group in a report.
 * @example indicatorGroupLabels.van_hoa_xa_hoi === 'Văn hóa – xã hội'
 */
export const indicatorGroupLabels: Readonly<Record<IndicatorGroup, string>> = {
  kinh_te: 'Kinh tế',
  van_hoa_xa_hoi: 'Văn hóa – xã hội',
  quoc_phong_an_ninh: 'Quốc phòng – an ninh',
  xay_dung_dang_chinh_quyen: 'Xây dựng Đảng, chính quyền',
  khac: 'Khác',
};

/**
 * Narrows an unknown string (from a form or a database row) to a comparator.
 * @example isComparator('gte') === true
 */
export function isComparator(value: string): value is Comparator {
  return (comparators as readonly string[]).includes(value);
}

/**
 * Narrows an unknown string to an indicator group.
 * @example isIndicatorGroup('kinh_te') === true
 */
export function isIndicatorGroup(value: string): value is IndicatorGroup {
  return (indicatorGroups as readonly string[]).includes(value);
}
