import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodKey, parsePeriodKey, reportPeriods } from '@shared/domain/period';
import { isAppError } from '@shared/errors';

/** Hostile input for the period parser (`--period` on the CLI, dashboard and report channels). */

function outcome(input: unknown): { ms: number; value?: unknown; error?: unknown } {
  const start = performance.now();
  try {
    return { value: parsePeriodKey(input as string), ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

function expectRefusedCleanly(error: unknown): void {
  expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
  const message = (error as Error).message;
  expect(message).toMatch(/^Kỳ báo cáo ".*" không hợp lệ\./s);
  // The excerpt is capped and printable: a hostile string cannot flood a log line or a dialog.
  expect(message.length).toBeLessThan(250);
  // eslint-disable-next-line no-control-regex -- checking for control characters is the point
  expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
}

describe('period parser under hostile input', () => {
  it('any string: a valid key that prints back to its canonical form, or INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const result = outcome(text);
        expect(result.ms).toBeLessThan(100);
        if (result.error !== undefined) return expectRefusedCleanly(result.error);
        const key = result.value as ReturnType<typeof parsePeriodKey>;
        expect(formatPeriodKey(key)).toBe(text.trim().toUpperCase());
      }),
      { numRuns: 3000 },
    );
  });

  it('near-misses of real keys are refused, real keys (any case, padded) are read', () => {
    const key = fc.record({ year: fc.integer({ min: 1900, max: 2999 }), period: fc.constantFrom(...reportPeriods) });
    fc.assert(
      fc.property(key, fc.string({ maxLength: 3 }), fc.boolean(), (k, noise, lower) => {
        const text = formatPeriodKey(k);
        expect(parsePeriodKey(` ${lower ? text.toLowerCase() : text}\t`)).toEqual(k);
        const mangled = `${text}${noise}`;
        const result = outcome(mangled);
        if (result.error !== undefined) expectRefusedCleanly(result.error);
        else expect(formatPeriodKey(result.value as typeof k)).toBe(mangled.trim().toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('values that are not strings (from JSON or IPC) are refused with the same AppError', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== 'string');
        const result = outcome(value);
        expect(result.error).toBeDefined();
        expect(isAppError(result.error) && result.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: 500 },
    );
  });

  it('a 200 KB input returns within the bound', () => {
    for (const text of ['2023-Q1'.repeat(30_000), ' '.repeat(200_000), `2023-Q1${' '.repeat(200_000)}x`]) {
      const result = outcome(text);
      expect(result.ms).toBeLessThan(1000);
      expectRefusedCleanly(result.error);
    }
  });
});
