import { lowerVietnamese } from './normalize';

/**
 * Units of measure and counted things seen in emulation plans, longest first so "triệu đồng" wins over "đồng" and
 * "tuyến đường" over "tuyến".
 */
const knownUnits = [
  'triệu đồng',
  'tỷ đồng',
  'tỉ đồng',
  'nghìn đồng',
  'ngàn đồng',
  'tỷ usd',
  'triệu usd',
  'nghìn usd',
  'lượt người',
  'lượt khách',
  'tổ dân phố',
  'khu dân cư',
  'khu phố',
  'tuyến đường',
  'hợp tác xã',
  'tổ hợp tác',
  'hộ gia đình',
  'gia đình',
  'giường bệnh',
  'giường',
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
  'thanh niên',
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
  'khóm',
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
  'thẻ',
  'chợ',
  // Only after "đạt/là" (life expectancy): an age in a name is skipped before units are read.
  'tuổi',
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
  'kwh',
  'm',
];

/** Counts of meetings and events are activities, not targets a unit is measured against. */
const activityUnits = ['cuộc họp', 'hội nghị', 'phiên họp', 'kỳ họp', 'buổi', 'lần', 'cuộc', 'đợt', 'lớp tập huấn'];

/**
 * Nouns that a number counts in a plan's own structure or schedule ("5 nội dung trọng tâm", "4 phong trào",
 * "2 cấp", "30 chỉ tiêu"): never a target's value.
 */
const structureNouns = [
  'nội dung',
  'phong trào',
  'cấp',
  'chỉ tiêu',
  'nhiệm vụ',
  'giải pháp',
  'chuyên đề',
  'mục tiêu',
  'lĩnh vực',
  'khâu',
  'đột phá',
  'cuộc vận động',
  'nhóm',
  'bước',
  'văn bản',
  'kế hoạch',
  'quyết định',
  'trang',
  'phụ lục',
  'biểu',
  'mẫu',
  'khối',
  'cụm',
  'tiêu chuẩn',
  'danh hiệu',
  'hình thức',
  'điều',
  'khoản',
  'chương',
  'phần',
  'mục',
];

export interface UnitSpan {
  unit: string;
  /** Characters of the text the unit spans, leading spaces included. */
  length: number;
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && !/^[\p{L}\d]/u.test(text.slice(word.length, word.length + 1));
}

function findWord(list: readonly string[], lower: string): string | undefined {
  return list.find((word) => startsWithWord(lower, word));
}

/**
 * The unit written at the start of `text` (right after a number), with any "/ha", "/người/năm" tail.
 * @example unitSpanAt(' tạ/ha, …') deep-equals { unit: 'tạ/ha', length: 6 }
 */
export function unitSpanAt(text: string): UnitSpan | null {
  const leading = /^\s*/.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(leading, leading + 80);
  if (trimmed.startsWith('%') || trimmed.startsWith('‰')) return { unit: trimmed.charAt(0), length: leading + 1 };
  const lower = lowerVietnamese(trimmed);
  if (startsWithWord(lower, 'phần trăm')) return { unit: '%', length: leading + 'phần trăm'.length };
  const known = findWord(knownUnits, lower);
  if (known === undefined) return null;
  const perTail = /^(?:\s*\/\s*\p{L}+)*/u.exec(trimmed.slice(known.length))?.[0] ?? '';
  const unit = trimmed.slice(0, known.length) + perTail.replace(/\s+/g, '');
  return { unit, length: leading + known.length + perTail.length };
}

/**
 * True when the words after a number make it a count of meetings, events or the plan's own parts.
 * @example countsActivity(' nội dung trọng tâm') === true
 */
export function countsActivity(after: string): boolean {
  const lower = lowerVietnamese(after.slice(0, 40).trimStart());
  return findWord(activityUnits, lower) !== undefined || findWord(structureNouns, lower) !== undefined;
}

/**
 * The first word after a number, used as the unit of a count that is not in the list ("05 chợ").
 * @example firstWordAt(' chợ đạt chuẩn') === 'chợ'
 */
export function firstWordAt(text: string): string | null {
  const word = /^\s*(\p{Ll}+)/u.exec(text.slice(0, 40))?.[1] ?? null;
  // Comparator and linking words are not nouns.
  if (word === null || /^(đạt|trở|trên|dưới|so|và|hoặc|trong|tăng|giảm|là|với|của|đến|tới|từ)$/u.test(word)) {
    return null;
  }
  return word;
}

/**
 * True for units that count things rather than measure them; their trailing words belong to the name ("09 tuyến
 * đường ngõ xóm" counts lanes).
 * @example isCountUnit('tuyến đường') === true
 */
export function isCountUnit(unit: string): boolean {
  return !/^(%|‰|.*đồng|.*usd|tấn|tạ|kg|ha|km|m2|m3|m²|m³|m|kwh)(\/.*)?$/iu.test(unit);
}

/**
 * Units that name a money amount, for "287 tỉ 350 triệu" and for flagging "789,53 đồng".
 * @example isMoneyUnit('tỷ đồng') === true
 */
export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && /đồng|usd/iu.test(unit);
}
