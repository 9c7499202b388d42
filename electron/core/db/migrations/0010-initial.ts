import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0010: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT NOT NULL,
        -- Rules change with law and province: a setting may have several versions by effective date.
        effective_from TEXT NOT NULL DEFAULT '0000-01-01',
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (key, effective_from)
      ) STRICT;

      CREATE TABLE units (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('xa','phuong','thi_tran','phong_ban','doan_the','truong_hoc','thon','khac')),
        parent_id INTEGER REFERENCES units(id),
        valid_from TEXT,
        valid_to TEXT,
        merged_into_id INTEGER REFERENCES units(id),
        note TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)
      ) STRICT;
      CREATE INDEX units_parent ON units(parent_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        reason TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, at);
    `);
  },
};
