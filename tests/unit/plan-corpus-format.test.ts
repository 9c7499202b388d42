/**
 * Guards the hand-written labels of the plan corpus (tests/fixtures/plans/NN-slug/expected.json, format in the
 * corpus README): every file is well-formed, and every quoted snippet really occurs in the plan's visible text, so a
 * typo in a label cannot hide behind a reader that happens to agree with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { comparators, indicatorGroups, qualitativeComparators } from '@shared/domain/target-form';

const corpusDir = join(__dirname, '..', 'fixtures', 'plans');
const planDirs = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{2}-[a-z0-9-]+$/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

const isoDate = z.string().refine((text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}, 'a real calendar date written YYYY-MM-DD');

const targetSchema = z
  .strictObject({
    quote: z.string().min(3),
    name: z.string().min(2),
    comparator: z.enum(comparators),
    value: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string().min(1).nullable(),
    relative: z.boolean().nullable(),
    baselineYear: z.number().int().min(2000).max(2100).nullable(),
    group: z.enum(indicatorGroups),
    notes: z.string().min(1).optional(),
  })
  .superRefine((target, context) => {
    const problem = (message: string) => context.addIssue({ code: 'custom', message });
    const qualitative = qualitativeComparators.includes(target.comparator);
    if (qualitative !== (target.value === null)) problem('value is null exactly for achieve/text');
    if (target.comparator === 'zero' && target.value !== 0) problem('zero has value 0');
    if (target.max !== null) {
      if (!['between', 'increase', 'decrease'].includes(target.comparator)) problem('max only on a range');
      else if (target.value === null || target.max <= target.value) problem('max is above value');
    }
    if (target.comparator === 'between' && target.max === null) problem('between needs max');
    const change = target.comparator === 'increase' || target.comparator === 'decrease';
    if (change !== (target.relative !== null)) problem('relative is set exactly for increase/decrease');
  });

const expectedSchema = z.strictObject({
  style: z.string().min(10),
  source: z.enum(['plan.txt', 'plan.docx', 'plan.tsv']),
  header: z.strictObject({
    number: z.string().min(3).nullable(),
    date: isoDate.nullable(),
    place: z.string().min(2).nullable(),
    issuer: z.string().min(3).nullable(),
    year: z.number().int().min(2000).max(2100).nullable(),
  }),
  noNumericTargets: z.boolean(),
  targets: z.array(targetSchema),
  notTargets: z.array(z.string().min(1)),
  criteria: z.array(z.string().min(1)).optional(),
});

type Expected = z.infer<typeof expectedSchema>;

/** The plan's visible text and its table rows (each row as its cells' texts), as a user's file shows them. */
interface PlanText {
  text: string;
  rows: string[][];
}

const cellSeparator = ' | ';

function decodeEntities(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

async function readPlan(dir: string, source: Expected['source']): Promise<PlanText> {
  const path = join(corpusDir, dir, source);
  if (source === 'plan.docx') {
    // mammoth's raw text is what the user sees; its HTML keeps each table row together for the row check.
    const { value: text } = await mammoth.extractRawText({ path });
    const { value: html } = await mammoth.convertToHtml({ path });
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => decodeEntities(cell[1]!)),
    );
    return { text, rows };
  }
  const text = readFileSync(path, 'utf8');
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  return { text, rows };
}

/** A quote is either a snippet of the text or a table row (its non-empty cells joined with " | "). */
function quoteProblem(quote: string, plan: PlanText): string | null {
  // A table typed with pipes in plain text is quoted as it stands.
  if (plan.text.includes(quote)) return null;
  if (!quote.includes(cellSeparator)) return `not in the text: "${quote}"`;
  const cells = quote.split(cellSeparator);
  const row = plan.rows.find((candidate) => {
    const filled = candidate.filter((cell) => cell !== '');
    return filled.length === cells.length && filled.every((cell, index) => cell === cells[index]);
  });
  return row ? null : `no table row has exactly the cells "${quote}"`;
}

describe('plan corpus (tests/fixtures/plans)', () => {
  it('holds at least 18 plans, each in its own numbered folder', () => {
    expect(planDirs.length).toBeGreaterThanOrEqual(18);
    expect(planDirs.map((dir) => dir.slice(0, 2))).toEqual(
      planDirs.map((_, index) => String(index + 1).padStart(2, '0')),
    );
  });

  describe.each(planDirs)('%s', (dir) => {
    const raw: unknown = JSON.parse(readFileSync(join(corpusDir, dir, 'expected.json'), 'utf8'));
    const parsed = expectedSchema.safeParse(raw);

    it('expected.json follows the corpus format', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(existsSync(join(corpusDir, dir, parsed.data!.source))).toBe(true);
    });

    it('quotes only what the plan says', async () => {
      const expected = parsed.data!;
      const plan = await readPlan(dir, expected.source);
      const problems: string[] = [];
      for (const target of expected.targets) {
        const problem = quoteProblem(target.quote, plan);
        if (problem) problems.push(`${target.name}: ${problem}`);
      }
      for (const snippet of [...expected.notTargets, ...(expected.criteria ?? [])]) {
        if (!plan.text.includes(snippet)) problems.push(`not in the text: "${snippet}"`);
      }
      const { number, place, issuer, year } = expected.header;
      // "Số: 47 /KH-UBND" is a common typing habit; the number is recorded without the stray space.
      const numberText = plan.text.replace(/\s+\//g, '/');
      if (number !== null && !numberText.includes(number)) problems.push(`number not in the text: ${number}`);
      if (place !== null && !plan.text.includes(place)) problems.push(`place not in the text: ${place}`);
      if (year !== null && !plan.text.includes(String(year))) problems.push(`year not in the text: ${year}`);
      const lowerText = plan.text.toLocaleLowerCase('vi');
      for (const word of issuer?.split(/\s+/) ?? []) {
        if (!lowerText.includes(word.toLocaleLowerCase('vi'))) problems.push(`issuer word not in the text: ${word}`);
      }
      expect(problems).toEqual([]);
    });

    it('labels each target once and agrees with its no-numeric-targets flag', () => {
      const expected = parsed.data!;
      const keys = expected.targets.map((t) => `${t.quote}|${t.name}|${t.comparator}|${t.value}|${t.max}`);
      expect(keys.length).toBe(new Set(keys).size);
      const numeric = expected.targets.filter((t) => !qualitativeComparators.includes(t.comparator));
      expect(expected.noNumericTargets).toBe(numeric.length === 0);
    });
  });
});
