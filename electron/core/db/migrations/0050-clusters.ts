import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0050: Migration = {
  version: 50,
  name: 'clusters',
  up(db) {
    db.exec(`
      -- Cụm, khối thi đua: per year, because membership and leadership change at each year-end review.
      CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('cum','khoi')),
        leader_unit_id INTEGER REFERENCES units(id),
        deputy_unit_id INTEGER REFERENCES units(id),
        note TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, name),
        CHECK (leader_unit_id IS NULL OR deputy_unit_id IS NULL OR leader_unit_id <> deputy_unit_id)
      ) STRICT;

      CREATE TABLE cluster_members (
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        -- The order the leadership rotates through.
        position INTEGER NOT NULL,
        PRIMARY KEY (cluster_id, unit_id)
      ) STRICT;
      CREATE INDEX cluster_members_unit ON cluster_members(unit_id);

      -- The scoring table (bảng chấm điểm) of a cluster, as an outline: a row's parent is the nearest row above it
      -- with a lower level.
      CREATE TABLE score_criteria (
        id INTEGER PRIMARY KEY,
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('noi_dung','thuong','tru')),
        max_points REAL NOT NULL CHECK (max_points >= 0),
        indicator_id INTEGER REFERENCES indicators(id),
        compute_rule TEXT CHECK (compute_rule IN ('dat_du_diem','ty_le')),
        zero_below_percent REAL,
        CHECK ((indicator_id IS NULL) = (compute_rule IS NULL))
      ) STRICT;
      CREATE INDEX score_criteria_cluster ON score_criteria(cluster_id, position);

      -- A scoring round: a cluster's sơ kết (H1) or tổng kết (Y), with the peer nomination and its minutes.
      CREATE TABLE score_rounds (
        id INTEGER PRIMARY KEY,
        cluster_id INTEGER NOT NULL REFERENCES clusters(id),
        period TEXT NOT NULL CHECK (period IN ('H1','Y')),
        tie_rule TEXT NOT NULL CHECK (json_valid(tie_rule)),
        nominations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(nominations)),
        meeting_date TEXT,
        meeting_place TEXT,
        chair TEXT,
        recorder TEXT,
        voters INTEGER CHECK (voters IS NULL OR voters >= 0),
        minutes_note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (cluster_id, period)
      ) STRICT;

      -- One score per round, unit, criterion and layer (tự chấm, cụm chấm, hội đồng), each with its comment.
      CREATE TABLE scores (
        round_id INTEGER NOT NULL REFERENCES score_rounds(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        criterion_id INTEGER NOT NULL REFERENCES score_criteria(id),
        layer TEXT NOT NULL CHECK (layer IN ('tu_cham','cum_cham','hoi_dong')),
        points REAL,
        comment TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (round_id, unit_id, criterion_id, layer),
        CHECK (points IS NOT NULL OR comment IS NOT NULL)
      ) STRICT;
      CREATE INDEX scores_criterion ON scores(criterion_id);
    `);
  },
};
