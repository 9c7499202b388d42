import { AppError } from '../errors';

/**
 * Vietnamese numbers: `.` groups thousands, `,` is the decimal mark.
 * A dot is only ever a thousands separator, so every group after the first must have exactly
 * three digits: "12.34" is rejected rather than silently read as 1234 or as 12.34, because
 * either guess would put a wrong figure into a target.
 */
const vietnameseNumberPattern = /^([+-])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

function invalidNumber(text: string): AppError {
  // Quote enough of the cell to find it, not a 200 KB paste.
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return new AppError(
    'NUMBER_INVALID',
    `Không đọc được số "${shown}". Số viết theo kiểu Việt Nam: dấu chấm tách hàng nghìn, dấu phẩy là dấu thập phân ` +
      '(ví dụ 320.080 hoặc 789,53).',
  );
}

/**
 * Reads a number written the Vietnamese way. Spaces around it and a trailing "%" are tolerated;
 * the percent sign is dropped, not divided by 100 ("95%" → 95), because plans state rates in percent.
 * Throws AppError NUMBER_INVALID on anything else ("", "abc", "1..2", "12.34", "1,2,3").
 * @example parseVietnameseNumber('320.080') === 320080
 * @example parseVietnameseNumber('789,53') === 789.53
 * @example parseVietnameseNumber(' 95 % ') === 95
 */
export function parseVietnameseNumber(text: string): number {
  const value = tryParseVietnameseNumber(text);
  if (value === null) throw invalidNumber(text);
  return value;
}

/**
 * Like {@link parseVietnameseNumber} but returns null instead of throwing.
 * @example tryParseVietnameseNumber('6.830.000.000') === 6830000000
 * @example tryParseVietnameseNumber('1.2.3,4,5') === null
 */
export function tryParseVietnameseNumber(text: string): number | null {
  // U+2212 (minus sign) appears in text pasted from Word.
  // No regex over the trailing whitespace: a cell of one digit and 200.000 spaces must not backtrack for seconds.
  let trimmed = text.trim();
  if (trimmed.endsWith('%')) trimmed = trimmed.slice(0, -1).trim();
  trimmed = trimmed.replace(/^\u2212/, '-');
  const match = vietnameseNumberPattern.exec(trimmed);
  if (!match) return null;
  const [, sign, integerPart = '', fractionPart] = match;
  const digits = integerPart.replace(/\./g, '') + (fractionPart === undefined ? '' : `.${fractionPart}`);
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return sign === '-' ? -value : value;
}

// Building an Intl.NumberFormat costs ~50 µs; a grid or a report formats thousands of numbers.
const formatters = new Map<number | undefined, Intl.NumberFormat>();
function formatterFor(decimals: number | undefined): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 10,
    });
    formatters.set(decimals, format);
  }
  return format;
}

/**
 * Writes a number the Vietnamese way. Without `decimals` it keeps up to 10 decimals and drops
 * trailing zeros (so floating-point noise such as 0.30000000000000004 prints as "0,3").
 * Throws AppError NUMBER_INVALID for NaN or infinities, which have no printable form in a report.
 * @example formatVietnameseNumber(320080) === '320.080'
 * @example formatVietnameseNumber(789.53) === '789,53'
 * @example formatVietnameseNumber(95, 1) === '95,0'
 */
export function formatVietnameseNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) throw invalidNumber(String(value));
  const format = formatterFor(decimals);
  // Rounding -0.001 to 0 decimals must not print "-0".
  const printed = format.format(value);
  return /^-0(,0*)?$/.test(printed) ? printed.slice(1) : printed;
}
