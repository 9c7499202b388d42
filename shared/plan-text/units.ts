import { lowerVietnamese } from './normalize';

/**
 * Units of measure and counted things seen in emulation plans, longest first so "triệu đồng"
 * wins over "đồng" and "tuyến đường" over "tuyến".
 */
const knownUnits = [
  'lượt người',
  'triệu đồng',
  'tỷ đồng',
  'tỉ đồng',
  'nghìn đồng',
  'ngàn đồng',
  'triệu usd',
  'tổ dân phố',
  'khu dân cư',
  'tuyến đường',
  'hợp tác xã',
  'tổ hợp tác',
  'hộ gia đình',
  'gia đình',
  'giường bệnh',
  'công trình',
  'doanh nghiệp',
  'sáng kiến',
  'mô hình',
  'sản phẩm',
  'lao động',
  'học sinh',
  'học viên',
  'đảng viên',
  'hội viên',
  'đoàn viên',
  'thị trấn',
  'tiêu chí',
  'cơ quan',
  'đơn vị',
  'dự án',
  'bác sĩ',
  'cơ sở',
  'phường',
  'trường',
  'người',
  'tuyến',
  'lượt',
  'thôn',
  'bản',
  'xã',
  'ấp',
  'tổ',
  'hộ',
  'con',
  'cây',
  'căn',
  'nhà',
  'chiếc',
  'cái',
  'lớp',
  'thẻ',
  'đồng',
  'usd',
  'tấn',
  'tạ',
  'kg',
  'ha',
  'km',
  'm2',
  'm3',
  'm²',
  'm³',
  'm',
];

/** Counts of meetings and events are activities, not targets a unit is measured against. */
export const meetingUnits = ['cuộc họp', 'hội nghị', 'phiên họp', 'kỳ họp', 'buổi', 'lần', 'cuộc'];

/**
 * The unit written at the start of `text` (right after a number), with any "/ha", "/người/năm" tail,
 * and how many characters of `text` it spans.
 * @example unitSpanAt(' tạ/ha, …') deep-equals { unit: 'tạ/ha', length: 6 }
 */
export function unitSpanAt(text: string): { unit: string; length: number } | null {
  const leading = /^\s*/.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(leading);
  if (trimmed.startsWith('%')) return { unit: '%', length: leading + 1 };
  const lower = lowerVietnamese(trimmed);
  const meeting = meetingUnits.find((unit) => startsWithWord(lower, unit));
  const known = meeting ?? knownUnits.find((unit) => startsWithWord(lower, unit));
  if (known === undefined) return null;
  const perTail = /^(?:\s*\/\s*\p{L}+)*/u.exec(trimmed.slice(known.length))?.[0] ?? '';
  const unit = trimmed.slice(0, known.length) + perTail.replace(/\s+/g, '');
  return { unit, length: leading + known.length + perTail.length };
}

/**
 * The unit written at the start of `text`, see {@link unitSpanAt}.
 * @example unitAt(' tuyến đường ngõ xóm') === 'tuyến đường'
 */
export function unitAt(text: string): string | null {
  return unitSpanAt(text)?.unit ?? null;
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && !/^[\p{L}\d]/u.test(text.slice(word.length));
}

/**
 * The first word after a number, used as the unit of a count that is not in the list ("05 chợ").
 * @example firstWordAt(' chợ đạt chuẩn') === 'chợ'
 */
export function firstWordAt(text: string): string | null {
  return /^\s*(\p{L}+)/u.exec(text)?.[1] ?? null;
}

/**
 * True for units that count things rather than measure them; their trailing words belong to the
 * name ("09 tuyến đường ngõ xóm" counts lanes).
 * @example isCountUnit('tuyến đường') === true
 */
export function isCountUnit(unit: string): boolean {
  return !/^(%|.*đồng|usd|triệu usd|tấn|tạ|kg|ha|km|m2|m3|m²|m³|m)(\/.*)?$/iu.test(unit);
}
