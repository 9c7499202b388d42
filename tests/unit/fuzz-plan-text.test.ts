import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoPlanText } from '@core/demo/demo-plan-text';
import { isAppError } from '@shared/errors';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedPlan } from '@shared/plan-text/types';

/**
 * Hostile input for the plan-text parser (text pasted by the secretary or extracted from a .docx someone sent):
 * it proposes a plan or refuses blank text with PLAN_TEXT_INVALID; nothing else escapes, every number it proposes
 * is finite, every line it cites exists, and no input makes it hang.
 */

function timedParse(text: string): { ms: number; plan?: ParsedPlan; error?: unknown } {
  const start = performance.now();
  try {
    return { plan: parsePlanText(text), ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

function expectSound(text: string, boundMs: number): void {
  const result = timedParse(text);
  expect(result.ms).toBeLessThan(boundMs);
  if (result.error !== undefined) {
    expect(isAppError(result.error) && result.error.code).toBe('PLAN_TEXT_INVALID');
    expect(text.trim()).toBe('');
    return;
  }
  const plan = result.plan!;
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const target of plan.targets) {
    for (const n of [target.value, target.max])
      if (n !== null && n !== undefined) expect(Number.isFinite(n)).toBe(true);
    expect(target.line).toBeGreaterThanOrEqual(0);
    expect(target.line).toBeLessThanOrEqual(lineCount);
  }
  expect(JSON.parse(JSON.stringify(plan))).toEqual(plan); // plain data: crosses IPC as it is
}

const demoLines = demoPlanText.split('\n');
/** Real plan lines, shuffled, duplicated and damaged character by character. */
const mangledPlan = fc
  .array(
    fc.tuple(
      fc.constantFrom(...demoLines),
      fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((lines) =>
    lines
      .map(([line, edits]) =>
        edits.reduce((text, [at, insert]) => {
          const i = text.length === 0 ? 0 : at % text.length;
          return text.slice(0, i) + insert + text.slice(i + 1);
        }, line),
      )
      .join('\n'),
  );

describe('plan-text parser under hostile input', () => {
  it('any text: a proposal of finite numbers on existing lines, or PLAN_TEXT_INVALID for blank text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => expectSound(text, 1000)),
      { numRuns: 300 },
    );
  });

  it('real plan lines shuffled and damaged: the same', () => {
    fc.assert(
      fc.property(mangledPlan, (text) => expectSound(text, 1000)),
      { numRuns: 300 },
    );
  });

  it('numbers in every shape inside target sentences: the same', () => {
    const number = fc.stringMatching(/^[0-9.,%\u2212 -]{1,40}$/);
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 10 }), (numbers) =>
        expectSound(
          `II. CHỈ TIÊU THI ĐUA\n${numbers.map((n, i) => `(${i + 1}) Sản lượng lúa đạt ${n} tấn.`).join('\n')}`,
          1000,
        ),
      ),
      { numRuns: 500 },
    );
  });

  it('a 200 KB line of digits and dots, 200 000 blank lines and 2 MB of plan text return within the bound', () => {
    const twoMegabytes = demoPlanText.repeat(Math.ceil(2_000_000 / demoPlanText.length)).slice(0, 2_000_000);
    for (const [text, boundMs] of [
      [`1${'.234'.repeat(50_000)}`, 3000],
      [`(1) Sản lượng lúa đạt ${'1.234'.repeat(40_000)} tấn.`, 3000],
      [`${'\n'.repeat(200_000)}x`, 5000],
      [twoMegabytes, 20_000],
    ] as const) {
      expectSound(text, boundMs);
    }
  });
});
