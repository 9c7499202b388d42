import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0020: Migration = {
  version: 20,
  name: 'plans-and-targets',
  up(db) {
    db.exec(`
      CREATE TABLE movements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('thuong_xuyen','chuyen_de')),
        start_year INTEGER NOT NULL,
        end_year INTEGER CHECK (end_year IS NULL OR end_year >= start_year),
        launched_by TEXT,
        description TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        number TEXT,
        issued_on TEXT,
        place TEXT,
        issuer TEXT,
        title TEXT NOT NULL,
        theme TEXT,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        legal_bases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_bases)),
        signer TEXT,
        source_text TEXT,
        status TEXT NOT NULL DEFAULT 'nhap' CHECK (status IN ('nhap','ban_hanh')),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- A plan is identified by its number and date; importing the same one again must ask before replacing.
      CREATE UNIQUE INDEX plans_number_date ON plans(number, issued_on) WHERE number IS NOT NULL AND issued_on IS NOT NULL;
      CREATE INDEX plans_year ON plans(year);

      CREATE TABLE plan_phases (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        starts_on TEXT,
        ends_on TEXT,
        UNIQUE (plan_id, position)
      ) STRICT;

      CREATE TABLE plan_movements (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        movement_id INTEGER NOT NULL REFERENCES movements(id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, movement_id)
      ) STRICT;

      CREATE TABLE indicators (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('kinh_te','van_hoa_xa_hoi','quoc_phong_an_ninh','xay_dung_dang_chinh_quyen','khac')),
        measure_unit TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('flow','stock','rate','intensity','unit_count','area_only','qualitative')),
        numerator_label TEXT,
        denominator_label TEXT,
        rate_scale REAL NOT NULL DEFAULT 100 CHECK (rate_scale > 0),
        direction TEXT NOT NULL CHECK (direction IN ('higher','lower','band')),
        decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX indicators_name_unit ON indicators(name COLLATE NOCASE, ifnull(measure_unit, ''));

      CREATE TABLE targets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id),
        unit_id INTEGER REFERENCES units(id),
        year INTEGER NOT NULL,
        comparator TEXT NOT NULL CHECK (comparator IN ('gte','gt','lte','lt','eq','between','increase','decrease','zero','achieve','text')),
        value REAL,
        max REAL,
        change_mode TEXT CHECK (change_mode IN ('relative','points','absolute')),
        baseline_year INTEGER,
        baseline_value REAL,
        source_text TEXT,
        phasing_mode TEXT NOT NULL DEFAULT 'seasonal' CHECK (phasing_mode IN ('seasonal','linear','explicit')),
        milestones TEXT CHECK (milestones IS NULL OR (json_valid(milestones) AND json_array_length(milestones) = 4)),
        position INTEGER NOT NULL DEFAULT 0,
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (comparator <> 'between' OR (value IS NOT NULL AND max IS NOT NULL AND max >= value)),
        CHECK (comparator IN ('achieve','text','zero') OR value IS NOT NULL),
        CHECK (phasing_mode <> 'explicit' OR milestones IS NOT NULL)
      ) STRICT;
      -- One whole-area target per plan and indicator, and at most one allocation per unit.
      CREATE UNIQUE INDEX targets_area ON targets(plan_id, indicator_id) WHERE unit_id IS NULL;
      CREATE UNIQUE INDEX targets_unit ON targets(plan_id, indicator_id, unit_id) WHERE unit_id IS NOT NULL;
      CREATE INDEX targets_indicator ON targets(indicator_id, year);

      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        title TEXT NOT NULL,
        assigned_by TEXT,
        deadline TEXT,
        completed_on TEXT,
        state TEXT NOT NULL DEFAULT 'dang_thuc_hien' CHECK (state IN ('dang_thuc_hien','hoan_thanh','huy')),
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (state <> 'hoan_thanh' OR completed_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX tasks_unit ON tasks(unit_id);
    `);
  },
};
