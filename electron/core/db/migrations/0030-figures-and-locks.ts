import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0030: Migration = {
  version: 30,
  name: 'figures-and-locks',
  up(db) {
    db.exec(`
      CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id),
        unit_id INTEGER REFERENCES units(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        value REAL,
        numerator REAL,
        denominator REAL CHECK (denominator IS NULL OR denominator >= 0),
        achieved INTEGER CHECK (achieved IN (0,1)),
        status TEXT NOT NULL DEFAULT 'uoc' CHECK (status IN ('uoc','chinh_thuc')),
        note TEXT,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (value IS NOT NULL OR numerator IS NOT NULL OR denominator IS NOT NULL OR achieved IS NOT NULL)
      ) STRICT;
      -- One figure per indicator, unit (or the whole area) and quarter.
      CREATE UNIQUE INDEX figures_unit ON figures(indicator_id, unit_id, year, quarter) WHERE unit_id IS NOT NULL;
      CREATE UNIQUE INDEX figures_area ON figures(indicator_id, year, quarter) WHERE unit_id IS NULL;
      CREATE INDEX figures_period ON figures(year, quarter, indicator_id);

      -- A locked quarter (chốt số liệu) for one unit; unit_key 0 stands for the whole-area figures.
      CREATE TABLE period_locks (
        year INTEGER NOT NULL,
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        unit_key INTEGER NOT NULL,
        locked_at TEXT NOT NULL,
        locked_by TEXT NOT NULL,
        PRIMARY KEY (year, quarter, unit_key)
      ) STRICT, WITHOUT ROWID;

      -- The audit page filters figure changes by unit, indicator and period.
      ALTER TABLE audit_log ADD COLUMN unit_id INTEGER;
      ALTER TABLE audit_log ADD COLUMN indicator_id INTEGER;
      ALTER TABLE audit_log ADD COLUMN period TEXT;
      CREATE INDEX audit_log_figure ON audit_log(indicator_id, unit_id, period);
      CREATE INDEX audit_log_at ON audit_log(at);
    `);
  },
};
