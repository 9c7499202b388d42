import type Database from 'better-sqlite3';
import type { ReportPeriod } from '@shared/domain/period';
import type { PlanEvaluation } from '@shared/evaluation/evaluate-plan';

/** Year 0 stands for what belongs to every year (indicators, units); see migration 0100. */
const everyYear = 0;
/** A secretary looks at a handful of periods and years; a province evaluation is a few MB. */
const maxEntries = 8;

interface Entry {
  /** The generation of each year the evaluation read (and of year 0) when it was computed. */
  generations: ReadonlyMap<number, number>;
  evaluation: PlanEvaluation;
}

interface Cache {
  readGenerations: () => Map<number, number>;
  entries: Map<string, Entry>;
}

/**
 * Per connection: a restore or an imported database opens a new connection, whose generations start again, so an
 * entry never outlives the data it was computed from.
 */
const caches = new WeakMap<Database.Database, Cache>();

function cacheOf(db: Database.Database): Cache {
  let cache = caches.get(db);
  if (cache === undefined) {
    const statement = db.prepare('SELECT year, generation FROM evaluation_generations').raw(true);
    cache = {
      readGenerations: () => new Map(statement.all() as [number, number][]),
      entries: new Map(),
    };
    caches.set(db, cache);
  }
  return cache;
}

const unchanged = (entry: Entry, now: ReadonlyMap<number, number>) =>
  [...entry.generations].every(([year, generation]) => (now.get(year) ?? 0) === generation);

/**
 * The evaluation of `year` at `period`, computed by `compute` only when a write to what it read (that year's or an
 * earlier read year's figures, targets, plans; any indicator or unit) happened since the last time. `compute`
 * returns the years whose figures it read. Inside a transaction nothing is stored: the writes there may still roll
 * back, and a rolled-back generation could be reached again by different data. The evaluation is frozen: callers
 * share it.
 */
export function cachedEvaluation(
  db: Database.Database,
  year: number,
  period: ReportPeriod,
  compute: () => { evaluation: PlanEvaluation; yearsRead: readonly number[] },
): PlanEvaluation {
  const cache = cacheOf(db);
  const key = `${year}:${period}`;
  const generations = cache.readGenerations();
  const entry = cache.entries.get(key);
  if (entry !== undefined && unchanged(entry, generations)) {
    // Most recently used last, so the oldest is dropped first.
    cache.entries.delete(key);
    cache.entries.set(key, entry);
    return entry.evaluation;
  }
  const { evaluation, yearsRead } = compute();
  deepFreeze(evaluation);
  if (db.inTransaction) return evaluation;
  const read = new Map([everyYear, year, ...yearsRead].map((y) => [y, generations.get(y) ?? 0]));
  cache.entries.delete(key);
  cache.entries.set(key, { generations: read, evaluation });
  if (cache.entries.size > maxEntries) cache.entries.delete(cache.entries.keys().next().value!);
  return evaluation;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
