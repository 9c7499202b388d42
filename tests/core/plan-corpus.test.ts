/**
 * The plan reader against the hand-labelled corpus (tests/fixtures/plans/NN-slug, format in
 * /work/coord/plan-corpus-format.md): each plan is read the way the app reads the file the secretary opens (a .docx
 * through the Word reader), its proposed targets are matched with the labels, and recall and precision are printed
 * per plan. The bar: ≥ 0.9 on every plan, ≥ 0.95 over the corpus, and the header's number, date, year and place
 * right wherever the plan states them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlanText } from '@core/plans/plan-file';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedPlan } from '@shared/plan-text/types';
import { corpusDir, matchTargets, readExpected, type ExpectedPlan } from '../support/plan-labels';

/** The isolated reader's own errors are logged; these tests look only at what comes back. */
const silent = { error: () => undefined };

const planDirs = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

interface Score {
  plan: string;
  expected: number;
  proposed: number;
  matched: number;
  recall: number;
  precision: number;
  headerProblems: string[];
}

async function readPlan(dir: string, expected: ExpectedPlan): Promise<ParsedPlan> {
  const bytes = readFileSync(join(corpusDir, dir, expected.source));
  // A .tsv is text pasted from Excel or Word: the app reads it as it reads any text.
  const fileName = expected.source.endsWith('.docx') ? expected.source : 'plan.txt';
  return parsePlanText(await extractPlanText(fileName, bytes, silent));
}

function headerProblems(plan: ParsedPlan, expected: ExpectedPlan): string[] {
  const problems: string[] = [];
  for (const field of ['number', 'date', 'place', 'year'] as const) {
    const want = expected.header[field];
    if (want !== null && plan.header[field] !== want) problems.push(`${field}: ${plan.header[field]} ≠ ${want}`);
  }
  return problems;
}

async function scorePlan(dir: string): Promise<Score> {
  const expected = readExpected(dir);
  const plan = await readPlan(dir, expected);
  const { matched } = matchTargets(plan.targets, expected.targets);
  return {
    plan: dir,
    expected: expected.targets.length,
    proposed: plan.targets.length,
    matched,
    recall: expected.targets.length === 0 ? 1 : matched / expected.targets.length,
    precision: plan.targets.length === 0 ? (expected.targets.length === 0 ? 1 : 0) : matched / plan.targets.length,
    headerProblems: headerProblems(plan, expected),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

describe('plan reader on the labelled corpus', () => {
  it('has a corpus to read', () => {
    expect(planDirs.length).toBeGreaterThanOrEqual(18);
  });

  it('reaches recall and precision ≥ 0.9 on every plan and ≥ 0.95 overall, with the stated header fields right', async () => {
    const scores = await Promise.all(planDirs.map(scorePlan));
    const total = scores.reduce(
      (sum, s) => ({
        expected: sum.expected + s.expected,
        proposed: sum.proposed + s.proposed,
        matched: sum.matched + s.matched,
      }),
      { expected: 0, proposed: 0, matched: 0 },
    );
    const recall = total.expected === 0 ? 1 : total.matched / total.expected;
    const precision = total.proposed === 0 ? 1 : total.matched / total.proposed;
    const rows = scores.map(
      (s) =>
        `${s.plan.padEnd(48)} ${String(s.expected).padStart(4)} ${String(s.proposed).padStart(4)} ${String(s.matched).padStart(4)} ${percent(s.recall)} ${percent(s.precision)}${s.headerProblems.length > 0 ? `  header: ${s.headerProblems.join('; ')}` : ''}`,
    );
    console.log(
      [
        `${'plan'.padEnd(48)} ${'exp'.padStart(4)} ${'prop'.padStart(4)} ${'ok'.padStart(4)} ${'recall'.padStart(7)} ${'prec.'.padStart(7)}`,
        ...rows,
        `${'overall'.padEnd(48)} ${String(total.expected).padStart(4)} ${String(total.proposed).padStart(4)} ${String(total.matched).padStart(4)} ${percent(recall)} ${percent(precision)}`,
      ].join('\n'),
    );
    expect(scores.filter((s) => s.recall < 0.9 || s.precision < 0.9).map((s) => s.plan)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.filter((s) => s.headerProblems.length > 0).map((s) => [s.plan, s.headerProblems])).toEqual([]);
  });
});
