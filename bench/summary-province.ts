import { openCore } from '@core/context';
import { evaluateYear } from '@core/dashboard/summary';
import { buildProvinceDatabase, provinceShape } from './province-fixture';
import { medianMs, note, peakMB, round } from './measure';

/**
 * The floor: one hand-written SQL query that computes the same per-indicator, per-unit aggregates a summary needs
 * (for the year and the year before, quarters to date: Σ of flows, Σ numerators and denominators, and the latest
 * quarter's level through SQLite's bare-column rule for max()), without building any evaluation around them.
 */
const floorSql = `
  SELECT indicator_id, unit_id, year,
         sum(value) AS flow, sum(numerator) AS numerators, sum(denominator) AS denominators,
         max(quarter) AS latest, value AS latestValue, numerator AS latestNumerator,
         denominator AS latestDenominator, achieved AS latestAchieved, min(status) AS status
  FROM figures
  WHERE year IN (?, ?) AND quarter <= ?
  GROUP BY indicator_id, unit_id, year`;

export async function benchSummaryProvince(): Promise<Record<string, unknown>> {
  const started = performance.now();
  const fixture = await buildProvinceDatabase();
  const values = fixture.ctx.db.prepare('SELECT count(*) FROM figures').pluck().get() as number;
  note(`province database: ${values} figures in ${round(performance.now() - started)} ms (${fixture.path})`);
  fixture.ctx.db.close();

  const year = provinceShape.lastYear;
  const silent = { error: () => undefined, info: () => undefined };
  const coldStart = performance.now();
  const cold = await openCore(fixture.path, { actor: 'bench', log: silent });
  const evaluation = evaluateYear(cold, year, 'Q2');
  const coldMs = round(performance.now() - coldStart);
  note(`cold summary: ${evaluation.targets.length} targets, ${evaluation.headline}`);

  const ms = await medianMs(() => evaluateYear(cold, year, 'Q2'));
  const floor = cold.db.prepare(floorSql);
  const floorMs = await medianMs(() => floor.all(year, year - 1, 2));
  cold.db.close();
  return {
    bench: 'summary-province',
    values,
    units: provinceShape.units,
    indicators: provinceShape.indicators,
    ms,
    coldMs,
    floorMs,
    ratio: round(ms / floorMs),
    peakMB: peakMB(),
  };
}
