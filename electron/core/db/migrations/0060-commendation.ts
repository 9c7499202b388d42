import { seedBaseSalaries, seedRules, seedTitles, seedTitlesEffectiveFrom } from '@shared/commendation/catalogue';
import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
export const migration0060: Migration = {
  version: 60,
  name: 'commendation',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        -- foldVietnamese(full_name): "Nguyen Van A" finds "Nguyễn Văn A".
        folded_name TEXT NOT NULL,
        position TEXT,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        birth_date TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_unit ON people(unit_id);
      CREATE INDEX people_folded ON people(folded_name);

      -- The catalogue of danh hiệu thi đua and hình thức khen thưởng (Luật 2022).
      CREATE TABLE award_titles (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('danh_hieu','hinh_thuc')),
        recipient TEXT NOT NULL CHECK (recipient IN ('ca_nhan','tap_the')),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- Who may award a title and its prize-money multiple change with law: versions by effective date.
      CREATE TABLE award_title_versions (
        title_id INTEGER NOT NULL REFERENCES award_titles(id),
        effective_from TEXT NOT NULL,
        authority TEXT NOT NULL,
        prize_multiple REAL NOT NULL CHECK (prize_multiple >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (title_id, effective_from)
      ) STRICT;

      -- Checkable rules as data (shared/commendation/rules.ts). Old versions are kept: a rule in force on a date is
      -- the latest version of its key from that date; inactive versions retire the rule.
      CREATE TABLE award_rules (
        rule_key TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        title_code TEXT NOT NULL REFERENCES award_titles(code),
        label TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('luat','tinh','ke_hoach')),
        source_note TEXT NOT NULL DEFAULT '',
        applies_to TEXT NOT NULL DEFAULT 'all' CHECK (applies_to IN ('all','H1','Y')),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (rule_key, effective_from)
      ) STRICT;

      CREATE TABLE initiatives (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        authors_text TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES units(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        recognition_decision TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL CHECK (scope IN ('co_so','tinh','toan_quoc')),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE initiative_authors (
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        PRIMARY KEY (initiative_id, person_id)
      ) STRICT;
      CREATE INDEX initiative_authors_person ON initiative_authors(person_id);

      -- Điển hình tiên tiến and gương người tốt việc tốt.
      CREATE TABLE exemplars (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('dien_hinh_tien_tien','nguoi_tot_viec_tot')),
        who TEXT NOT NULL,
        person_id INTEGER REFERENCES people(id),
        unit_id INTEGER REFERENCES units(id),
        deed TEXT NOT NULL,
        occurred_on TEXT NOT NULL,
        movement_id INTEGER REFERENCES movements(id),
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        signer TEXT NOT NULL,
        authority TEXT NOT NULL,
        subject TEXT NOT NULL,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX decisions_number_date ON decisions(number, signed_on);

      CREATE TABLE proposals (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        period TEXT NOT NULL CHECK (period IN ('H1','Y')),
        title_id INTEGER NOT NULL REFERENCES award_titles(id),
        note TEXT NOT NULL DEFAULT '',
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One recipient of a title or form: a person or a collective, with the decision that gave it. Prize money is
      -- frozen at the decision (the base salary in force on its date); history imported without a registered
      -- decision keeps the decision as text.
      CREATE TABLE awards (
        id INTEGER PRIMARY KEY,
        title_id INTEGER NOT NULL REFERENCES award_titles(id),
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        period TEXT NOT NULL DEFAULT 'Y' CHECK (period IN ('H1','Y')),
        person_id INTEGER REFERENCES people(id),
        unit_id INTEGER REFERENCES units(id),
        decision_id INTEGER REFERENCES decisions(id),
        decision_text TEXT NOT NULL DEFAULT '',
        prize_multiple REAL,
        base_salary INTEGER,
        prize_amount INTEGER,
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        CHECK ((person_id IS NULL) <> (unit_id IS NULL))
      ) STRICT;
      CREATE INDEX awards_person ON awards(person_id, year);
      CREATE INDEX awards_unit ON awards(unit_id, year);
      CREATE INDEX awards_title_year ON awards(title_id, year);
      CREATE INDEX awards_decision ON awards(decision_id);

      CREATE TABLE proposal_entries (
        id INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id INTEGER REFERENCES people(id),
        unit_id INTEGER REFERENCES units(id),
        achievements TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'de_xuat'
          CHECK (status IN ('de_xuat','da_xet','de_nghi_cap_tren','quyet_dinh','khong_dat')),
        award_id INTEGER REFERENCES awards(id),
        updated_at TEXT NOT NULL,
        CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
        CHECK (status <> 'quyet_dinh' OR award_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX proposal_entries_person ON proposal_entries(proposal_id, person_id) WHERE person_id IS NOT NULL;
      CREATE UNIQUE INDEX proposal_entries_unit ON proposal_entries(proposal_id, unit_id) WHERE unit_id IS NOT NULL;
    `);
    // The catalogue, the law's rules and the base salary are data the secretary edits, seeded here once.
    const now = new Date().toISOString();
    const insertTitle = db.prepare(
      `INSERT INTO award_titles (code, name, category, recipient, position) VALUES (?, ?, ?, ?, ?)`,
    );
    const insertVersion = db.prepare(
      `INSERT INTO award_title_versions (title_id, effective_from, authority, prize_multiple, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    for (const t of seedTitles) {
      const id = insertTitle.run(t.code, t.name, t.category, t.recipient, t.position).lastInsertRowid;
      insertVersion.run(id, seedTitlesEffectiveFrom, t.authority, t.prizeMultiple, now);
    }
    const insertRule = db.prepare(
      `INSERT INTO award_rules (rule_key, effective_from, title_code, label, source, source_note, applies_to,
         definition, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of seedRules) {
      insertRule.run(
        r.key,
        r.effectiveFrom,
        r.titleCode,
        r.label,
        r.source,
        r.sourceNote,
        r.appliesTo,
        JSON.stringify(r.definition),
        r.active ? 1 : 0,
        now,
      );
    }
    const insertSetting = db.prepare(
      `INSERT OR IGNORE INTO settings (key, effective_from, value, updated_at) VALUES ('commendation.baseSalary', ?, ?, ?)`,
    );
    for (const b of seedBaseSalaries) insertSetting.run(b.effectiveFrom, JSON.stringify(b.amount), now);
  },
};
