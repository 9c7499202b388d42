import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0040: Migration = {
  version: 40,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        period TEXT NOT NULL CHECK (period IN ('Q1','Q2','Q3','Q4','H1','9M','Y')),
        document_number TEXT NOT NULL DEFAULT '',
        issued_on TEXT NOT NULL,
        prose TEXT NOT NULL CHECK (json_valid(prose)),
        recipients TEXT NOT NULL CHECK (json_valid(recipients)),
        status TEXT NOT NULL DEFAULT 'nhap' CHECK (status IN ('nhap','phat_hanh')),
        -- What was printed, frozen at issue: the data, and the exact HTML, so a reprint in December is the April page.
        snapshot_data TEXT CHECK (snapshot_data IS NULL OR json_valid(snapshot_data)),
        snapshot_html TEXT,
        issued_at TEXT,
        issued_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status = 'nhap' OR (snapshot_data IS NOT NULL AND snapshot_html IS NOT NULL))
      ) STRICT;
      -- One working draft per period; issued reports are kept as they were.
      CREATE UNIQUE INDEX reports_one_draft ON reports(year, period) WHERE status = 'nhap';
      CREATE INDEX reports_year ON reports(year, period);
    `);
  },
};
