import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoPlanText } from '@core/demo/demo-plan-text';
import { isAppError } from '@shared/errors';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedPlan } from '@shared/plan-text/types';

/**
 * Hostile input for the plan reader (text pasted by the secretary or extracted from a .docx someone sent): it
 * proposes a plan or refuses blank text with PLAN_TEXT_INVALID; nothing else escapes, every number it proposes is
 * finite, every line it cites exists, every confidence is between 0 and 1 with a reason, and no input takes more
 * than a second of processor time (the reader's patterns are linear: an earlier one backtracked for 28 s on a run of
 * separators).
 */

const boundMs = 1000;

/**
 * The processor time the reader takes, which is what a runaway pattern consumes; the wall clock of a machine shared
 * by several test runs would measure the other runs too.
 */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function timedParse(text: string): { ms: number; plan?: ParsedPlan; error?: unknown } {
  const start = process.cpuUsage();
  try {
    return { plan: parsePlanText(text), ms: cpuMs(start) };
  } catch (error) {
    return { error, ms: cpuMs(start) };
  }
}

function expectSound(text: string): void {
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
    for (const n of [target.value, target.max]) if (n !== null) expect(Number.isFinite(n)).toBe(true);
    expect(target.line).toBeGreaterThanOrEqual(1);
    expect(target.line).toBeLessThanOrEqual(lineCount);
    expect(target.confidence).toBeGreaterThan(0);
    expect(target.confidence).toBeLessThan(1);
    expect(target.reason.length).toBeGreaterThan(0);
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

/** The pieces the reader's patterns look for, in any order and number: the shapes that make a pattern backtrack. */
const pieces = [
  '(',
  ')',
  ',',
  ', ',
  ';',
  ':',
  ' ',
  '  ',
  '\t',
  '\n',
  '1',
  '0,5',
  '1.234',
  '.',
  '%',
  '-',
  '–',
  '/',
  '“',
  '”',
  'và ',
  'không để ',
  'xảy ra ',
  'phấn đấu ',
  'đạt ',
  'tăng ',
  'giảm ',
  'trên ',
  'từ ',
  'đến ',
  'trở lên',
  'so với năm 2025',
  'cùng kỳ',
  'dự toán',
  'tỷ ',
  'triệu ',
  'nghìn ',
  'vạn ',
  'đồng',
  'xã ',
  'hộ ',
  'tấn',
  '- ',
  '+ ',
  '* ',
  'I. ',
  '1. ',
  'a) ',
  'PHẦN II',
  'CHỈ TIÊU',
  'Số: 15/KH-UBND',
  'Tân Hòa, ngày 10 tháng 01 năm 2026',
  'Căn cứ ',
  'Tỷ lệ ',
  'chiếm: ',
  'Ấp A (12 hộ): ',
  'STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026',
  'Nơi nhận:',
];
const pieceText = fc.array(fc.constantFrom(...pieces), { maxLength: 1500, size: 'max' }).map((parts) => parts.join(''));

describe('plan reader under hostile input', () => {
  it('any text: a proposal of finite numbers on existing lines, or PLAN_TEXT_INVALID for blank text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), expectSound), { numRuns: 300 });
  });

  it('real plan lines shuffled and damaged: the same', () => {
    fc.assert(fc.property(mangledPlan, expectSound), { numRuns: 200 });
  });

  it('the words, marks and layouts the reader looks for, in any order and number: the same', () => {
    fc.assert(fc.property(pieceText, expectSound), { numRuns: 300 });
  });

  it('numbers in every shape inside target sentences: the same', () => {
    const number = fc.stringMatching(/^[0-9.,%\u2212 -]{1,40}$/);
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 10 }), (numbers) =>
        expectSound(
          `II. CHỈ TIÊU THI ĐUA\n${numbers.map((n, i) => `(${i + 1}) Sản lượng lúa đạt ${n} tấn.`).join('\n')}`,
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('long runs of one mark or word, each about 200 KB, return within the bound', () => {
    for (const text of [
      `1${'.234'.repeat(50_000)}`,
      `(1) Sản lượng lúa đạt ${'1.234'.repeat(40_000)} tấn.`,
      `${'\n'.repeat(200_000)}x`,
      `${' '.repeat(200_000)}x`,
      `Tỷ lệ hộ nghèo${', '.repeat(100_000)}x`,
      `Tỷ lệ ${'('.repeat(100_000)}5%`,
      `${'(1%) '.repeat(40_000)}`,
      `${'a, 1%, '.repeat(30_000)}`,
      `${'không để '.repeat(20_000)}xảy ra`,
      `Giảm ${'tỷ lệ '.repeat(30_000)}đạt 5%`,
      `${'Chăn nuôi: '.repeat(18_000)}100 con`,
      `${'- '.repeat(100_000)}Sản lượng 5 tấn`,
      `${'1\t'.repeat(100_000)}\n${'2\t'.repeat(100_000)}`,
      `${'“'.repeat(50_000)}phong trào ${'”'.repeat(50_000)}`,
      `${'Số: 1/'.repeat(30_000)}KH`,
    ]) {
      expectSound(text);
    }
  });
});
