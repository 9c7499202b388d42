import type { Migration } from './types';

/** The tables an evaluation reads, and the year each row's change belongs to (0: every year). */
const watched: readonly { table: string; year: (row: 'NEW' | 'OLD') => string }[] = [
  { table: 'figures', year: (row) => `${row}.year` },
  { table: 'targets', year: (row) => `${row}.year` },
  { table: 'plans', year: (row) => `${row}.year` },
  { table: 'indicators', year: () => '0' },
  { table: 'units', year: () => '0' },
];

const bump = (year: string) =>
  `INSERT INTO evaluation_generations (year, generation) VALUES (${year}, 1)
     ON CONFLICT (year) DO UPDATE SET generation = generation + 1;`;

// Shipped: never edit. Add a new numbered file instead.
/**
 * A generation per year that every write to what an evaluation reads moves on: a year's figures, targets and plans
 * move that year's, indicators and units move year 0 (they belong to every year). The evaluated-year cache
 * (`dashboard/evaluation-cache.ts`) keeps an evaluation only while the generations of the years it read are unchanged.
 * Triggers, rather than the services, are the one place that knows which writes count: every path that writes
 * (services, imports, packages, another program on the same file) is covered, and a rolled-back write rolls its
 * generation back with it.
 *
 * The period index gains the unit: "which units have reported this quarter" (the dashboard's silent units) is then
 * read from the index alone, in unit order, instead of from 24.000 rows of a province's quarter.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'evaluation-generations',
  up(db) {
    db.exec(`CREATE TABLE evaluation_generations (
      year INTEGER PRIMARY KEY,
      generation INTEGER NOT NULL
    ) STRICT;
      DROP INDEX figures_period;
      CREATE INDEX figures_period ON figures(year, quarter, unit_id, indicator_id);`);
    for (const { table, year } of watched) {
      db.exec(`
        CREATE TRIGGER ${table}_evaluation_insert AFTER INSERT ON ${table} BEGIN ${bump(year('NEW'))} END;
        CREATE TRIGGER ${table}_evaluation_delete AFTER DELETE ON ${table} BEGIN ${bump(year('OLD'))} END;
        CREATE TRIGGER ${table}_evaluation_update AFTER UPDATE ON ${table} BEGIN
          ${bump(year('OLD'))}
          ${
            year('NEW') === year('OLD')
              ? ''
              : `INSERT INTO evaluation_generations (year, generation)
            SELECT ${year('NEW')}, 1 WHERE ${year('NEW')} IS NOT ${year('OLD')} ON CONFLICT (year) DO UPDATE SET generation = generation + 1;`
          }
        END;`);
    }
  },
};
