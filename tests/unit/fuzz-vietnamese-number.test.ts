import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatVietnameseNumber,
  parseVietnameseNumber,
  tryParseVietnameseNumber,
} from '@shared/domain/vietnamese-number';
import { isAppError } from '@shared/errors';

/**
 * Hostile input for the Vietnamese number parser (Excel cells, plan text, form fields): it returns a finite number
 * or refuses with AppError NUMBER_INVALID and a short Vietnamese message; nothing else escapes, and no input makes
 * it hang. Bounds are generous (a shared 2-core machine): they catch quadratic or exponential behaviour, not
 * micro-slowness.
 */

function timed<T>(run: () => T): { ms: number; value?: T; error?: unknown } {
  const start = performance.now();
  try {
    const value = run();
    return { ms: performance.now() - start, value };
  } catch (error) {
    return { ms: performance.now() - start, error };
  }
}

/** The characters numbers are typed with, plus the ones pasted from Word and Excel by accident. */
const numberish = fc
  .array(
    fc.constantFrom(...'0123456789', '.', ',', ' ', '%', '-', '+', '\u2212', '\u00a0', '\t', '\n', 'e', 'E', 'đ', '½'),
    { maxLength: 80 },
  )
  .map((chars) => chars.join(''));

function expectCleanOutcome(text: string): void {
  const tried = timed(() => tryParseVietnameseNumber(text));
  expect(tried.error).toBeUndefined();
  expect(tried.ms).toBeLessThan(100);
  if (tried.value !== null) expect(Number.isFinite(tried.value)).toBe(true);

  const parsed = timed(() => parseVietnameseNumber(text));
  if (parsed.error === undefined) {
    expect(parsed.value).toBe(tried.value);
  } else {
    expect(tried.value).toBeNull();
    expect(isAppError(parsed.error) && parsed.error.code).toBe('NUMBER_INVALID');
    expect((parsed.error as Error).message).toMatch(/^Không đọc được số/);
  }
}

describe('Vietnamese number parser under hostile input', () => {
  it('any string: a finite number, or NUMBER_INVALID; never another error', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectCleanOutcome), { numRuns: 2000 });
  });

  it('number-like strings: the same, and an accepted number prints and reads back to itself', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        expectCleanOutcome(text);
        const value = tryParseVietnameseNumber(text);
        if (value !== null && Math.abs(value) < 1e15) {
          expect(tryParseVietnameseNumber(formatVietnameseNumber(value))).toBeCloseTo(value, 6);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('every number it prints, it reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * (cents / 100);
        expect(parseVietnameseNumber(formatVietnameseNumber(value, 2))).toBeCloseTo(value, 2);
      }),
      { numRuns: 1000 },
    );
  });

  it('a 200 KB line of digits and dots returns within the bound', () => {
    const grouped = `1${'.234'.repeat(50_000)}`; // 200 001 characters, valid grouping, too large to be finite
    for (const text of [grouped, `${grouped}.12`, '.'.repeat(200_000), '9'.repeat(200_000), '1.'.repeat(100_000)]) {
      const result = timed(() => tryParseVietnameseNumber(text));
      expect(result.error).toBeUndefined();
      expect(result.ms).toBeLessThan(2000);
      expect(result.value).toBeNull();
    }
  });

  it('whitespace inside a long cell does not make it hang (the trailing-% rule must stay linear)', () => {
    // "1 1 1 …" and "1<spaces>x": every position starts a run of spaces that ends without a "%".
    for (const text of [`1${' '.repeat(50_000)}x`, '1 '.repeat(25_000)]) {
      const result = timed(() => tryParseVietnameseNumber(text));
      expect(result.ms, `${text.length} characters`).toBeLessThan(500);
      expect(result.value).toBeNull();
    }
  });

  it('the refusal is a short, clear message even for a huge cell', () => {
    const error = timed(() => parseVietnameseNumber(`abc${'x'.repeat(200_000)}`)).error as Error;
    expect(isAppError(error)).toBe(true);
    expect(error.message).toMatch(/^Không đọc được số "abc/);
    expect(error.message.length).toBeLessThan(400);
  });
});
