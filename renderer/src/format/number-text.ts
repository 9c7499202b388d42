import { formatVietnameseNumber, tryParseVietnameseNumber } from '@shared/domain/vietnamese-number';

/** What a number box holds: nothing, a number, or text that is not a Vietnamese number (kept to show the error). */
export type NumberTextReading = { ok: true; value: number | null } | { ok: false; text: string };

/**
 * Reads a number box typed the Vietnamese way; blank is "no value", not zero.
 * @example readNumberText('1.234,5') → { ok: true, value: 1234.5 }
 * @example readNumberText('  ') → { ok: true, value: null }
 * @example readNumberText('1,234.5') → { ok: false, text: '1,234.5' }
 */
export function readNumberText(text: string): NumberTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = tryParseVietnameseNumber(trimmed);
  return value === null ? { ok: false, text: trimmed } : { ok: true, value };
}

/**
 * What a number box shows for a stored value.
 * @example numberText(320080) === '320.080'
 * @example numberText(null) === ''
 */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : formatVietnameseNumber(value);
}

/**
 * Re-writes what was typed in the house style once the box loses focus, leaving unreadable text as typed.
 * @example tidyNumberText('320080') === '320.080'
 * @example tidyNumberText('abc') === 'abc'
 */
export function tidyNumberText(text: string): string {
  const reading = readNumberText(text);
  return reading.ok ? numberText(reading.value) : text;
}
