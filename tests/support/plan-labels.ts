import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A hand-written label of the plan corpus (format: /work/coord/plan-corpus-format.md). */
export interface ExpectedTarget {
  quote: string;
  name: string;
  comparator: string;
  value: number | null;
  max: number | null;
  unit: string | null;
}

export interface ExpectedPlan {
  source: string;
  header: { number: string | null; date: string | null; place: string | null; year: number | null };
  noNumericTargets: boolean;
  targets: ExpectedTarget[];
}

/** What a reader proposed (or the app stored) for one target: its source text, form and figures. */
export interface ReadTarget {
  text: string;
  comparator: string;
  value: number | null;
  max: number | null;
}

export const corpusDir = join(__dirname, '..', 'fixtures', 'plans');

export function readExpected(dir: string): ExpectedPlan {
  return JSON.parse(readFileSync(join(corpusDir, dir, 'expected.json'), 'utf8')) as ExpectedPlan;
}

/** Case, spacing and emphasis marks do not make two quotes of one sentence different. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function words(text: string): Set<string> {
  return new Set(
    normalise(text)
      .split(/[^\p{L}\p{N}%]+/u)
      .filter(Boolean),
  );
}

/** The source text and the expected quote overlap: one contains the other, or they share ≥ 60 % of their words. */
function overlaps(read: string, quote: string): boolean {
  const a = normalise(read);
  const b = normalise(quote);
  if (a.includes(b) || b.includes(a)) return true;
  const mine = words(a);
  const theirs = words(b);
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared += 1;
  return shared >= 0.6 * Math.max(mine.size, theirs.size);
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function matches(read: ReadTarget, expected: ExpectedTarget): boolean {
  return (
    read.comparator === expected.comparator &&
    sameNumber(read.value, expected.value) &&
    sameNumber(read.max, expected.max) &&
    overlaps(read.text, expected.quote)
  );
}

/**
 * The largest one-to-one matching of expected targets to read ones (Kuhn's augmenting paths), scored as the corpus
 * format says: same comparator, same value and bound, overlapping source text.
 * @returns the expected targets that found no match, and how many matched.
 */
export function matchTargets(
  read: readonly ReadTarget[],
  expected: readonly ExpectedTarget[],
): { matched: number; unmatched: ExpectedTarget[] } {
  const candidates = expected.map((target) =>
    read.flatMap((proposal, index) => (matches(proposal, target) ? [index] : [])),
  );
  const owner = new Map<number, number>();
  const assign = (e: number, seen: Set<number>): boolean => {
    for (const p of candidates[e] ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const current = owner.get(p);
      if (current === undefined || assign(current, seen)) {
        owner.set(p, e);
        return true;
      }
    }
    return false;
  };
  const unmatched: ExpectedTarget[] = [];
  let matched = 0;
  expected.forEach((target, e) => {
    if (assign(e, new Set())) matched += 1;
    else unmatched.push(target);
  });
  return { matched, unmatched };
}
