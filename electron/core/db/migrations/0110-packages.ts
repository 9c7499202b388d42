import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
/**
 * Packages received from the councils below (issue 21): one row per distinct package applied, so the status board
 * knows who sent what and when, a re-import of the same package is recognised by its content hash, and an older
 * package never overwrites the figures of a newer one. The validated content is kept as sent (it carries the award
 * proposals and their dossier summaries, which the province reads beside the figures).
 */
export const migration0110: Migration = {
  version: 110,
  name: 'packages',
  up(db) {
    db.exec(`
      CREATE TABLE package_receipts (
        id INTEGER PRIMARY KEY,
        sender_unit_id INTEGER NOT NULL REFERENCES units(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
        -- When the sender built the package (its own clock, as written in the manifest).
        created_at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        app_version TEXT NOT NULL,
        figure_count INTEGER NOT NULL,
        estimated_count INTEGER NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        UNIQUE (sender_unit_id, year, quarter, content_sha256)
      ) STRICT;
      CREATE INDEX package_receipts_period ON package_receipts(year, quarter, sender_unit_id, created_at);
    `);
  },
};
