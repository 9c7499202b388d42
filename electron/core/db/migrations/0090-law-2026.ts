import {
  lawAuthorities,
  lawBaseSalaries,
  lawMultiples,
  lawPrinciples,
  lawRegimes,
  newTitles,
  titleTiers,
} from './0090-law-2026-data';
import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
/**
 * The law and the map as they stand in 2026 (issue 18):
 * - units: a special zone (đặc khu) and an enterprise are kinds of unit; a unit ended by dissolution in the 2025
 *   restructuring says so (TT 15/2025 bars its commendation);
 * - people: gender (NĐ 152 Điều 4 khoản 6 prefers women on a tie) and the group the statistics forms count them in;
 * - sanctions: discipline, inspection or a pending review of a person or a collective, with dates;
 * - awards: how an award was given (thường xuyên, chuyên đề, đột xuất, …), which NĐ 152 Điều 4 khoản 3 and the
 *   statistics forms read;
 * - the law by date as data with its citation: prize regimes (rounding), base salaries, multiples per title and
 *   form, who may award each title at each council level, and the principles every title is checked against.
 *
 * SQLite cannot alter a CHECK constraint and rebuilding `units` would need foreign keys off (this runs inside one
 * transaction): the kind moves to a new column with the new CHECK, the old one is dropped and the new one renamed.
 */
export const migration0090: Migration = {
  version: 90,
  name: 'law-2026',
  up(db) {
    db.exec(`
      ALTER TABLE units ADD COLUMN kind_2026 TEXT NOT NULL DEFAULT 'khac' CHECK (kind_2026 IN
        ('xa','phuong','dac_khu','thi_tran','phong_ban','doan_the','truong_hoc','thon','doanh_nghiep','khac'));
      UPDATE units SET kind_2026 = kind;
      ALTER TABLE units DROP COLUMN kind;
      ALTER TABLE units RENAME COLUMN kind_2026 TO kind;
      ALTER TABLE units ADD COLUMN dissolved INTEGER NOT NULL DEFAULT 0 CHECK (dissolved IN (0,1));

      ALTER TABLE people ADD COLUMN gender TEXT CHECK (gender IN ('nam','nu'));
      ALTER TABLE people ADD COLUMN stat_group TEXT NOT NULL DEFAULT 'truc_tiep'
        CHECK (stat_group IN ('lanh_dao_bo_tinh','lanh_dao_vu_so','doanh_nhan','lanh_dao_khac','truc_tiep'));

      -- Kỷ luật, điều tra, thanh tra, kiểm tra, khiếu nại: while one covers the date under review, no award.
      CREATE TABLE sanctions (
        id INTEGER PRIMARY KEY,
        person_id INTEGER REFERENCES people(id),
        unit_id INTEGER REFERENCES units(id),
        kind TEXT NOT NULL
          CHECK (kind IN ('xem_xet_ky_luat','ky_luat','dieu_tra','thanh_tra','kiem_tra','khieu_nai_to_cao')),
        from_date TEXT NOT NULL,
        -- The last day (inclusive); NULL while it is still open.
        to_date TEXT,
        document TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0,1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
        CHECK (to_date IS NULL OR to_date >= from_date)
      ) STRICT;
      CREATE INDEX sanctions_person ON sanctions(person_id);
      CREATE INDEX sanctions_unit ON sanctions(unit_id);

      ALTER TABLE awards ADD COLUMN method TEXT NOT NULL DEFAULT 'thuong_xuyen'
        CHECK (method IN ('thuong_xuyen','chuyen_de','dot_xuat','doi_ngoai','cong_hien','nien_han','khang_chien'));

      ALTER TABLE award_titles ADD COLUMN tier TEXT NOT NULL DEFAULT 'co_so' CHECK (tier IN ('co_so','tinh','nha_nuoc'));
      ALTER TABLE award_title_versions ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
      ALTER TABLE award_title_versions ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0,1));

      -- The decree in force by date and how it rounds prize money.
      CREATE TABLE award_regimes (
        effective_from TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        legal_basis TEXT NOT NULL DEFAULT '',
        rounding TEXT NOT NULL CHECK (rounding IN ('ceil10000','nearest10000','none')),
        confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0,1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Lương cơ sở by date, with the decree that set it (was the setting 'commendation.baseSalary').
      CREATE TABLE base_salaries (
        effective_from TEXT PRIMARY KEY,
        amount INTEGER NOT NULL CHECK (amount > 0),
        legal_basis TEXT NOT NULL DEFAULT '',
        confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0,1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Who decides a title at each council level, by date; within_council 0: the council proposes it upward.
      CREATE TABLE award_authorities (
        title_id INTEGER NOT NULL REFERENCES award_titles(id),
        council_level TEXT NOT NULL CHECK (council_level IN ('tinh','huyen','xa')),
        effective_from TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        within_council INTEGER NOT NULL CHECK (within_council IN (0,1)),
        legal_basis TEXT NOT NULL DEFAULT '',
        confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0,1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (title_id, council_level, effective_from)
      ) STRICT;

      -- Checks every title goes through (NĐ 152 Điều 4, TT 15/2025), versioned like award_rules.
      CREATE TABLE award_principles (
        principle_key TEXT NOT NULL,
        effective_from TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('sanction','thematicNotBasis','dissolvedUnit','tiePreference')),
        label TEXT NOT NULL,
        legal_basis TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
        confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0,1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (principle_key, effective_from)
      ) STRICT;
    `);

    const now = new Date().toISOString();
    const insertTitle = db.prepare(
      `INSERT OR IGNORE INTO award_titles (code, name, category, recipient, position) VALUES (?, ?, ?, ?, ?)`,
    );
    for (const t of newTitles) insertTitle.run(t.code, t.name, t.category, t.recipient, t.position);
    const setTier = db.prepare(`UPDATE award_titles SET tier = ? WHERE code = ?`);
    for (const [code, tier] of Object.entries(titleTiers)) setTier.run(tier, code);
    const titleIds = new Map(
      (db.prepare(`SELECT id, code FROM award_titles`).all() as Array<{ id: number; code: string }>).map((r) => [
        r.code,
        r.id,
      ]),
    );

    // A version the secretary already entered on the same date is theirs: kept, not overwritten.
    const insertVersion = db.prepare(
      `INSERT OR IGNORE INTO award_title_versions (title_id, effective_from, authority, prize_multiple, updated_at,
         legal_basis, confirmed) VALUES (?, ?, '', ?, ?, ?, ?)`,
    );
    for (const regime of lawMultiples) {
      for (const row of regime.rows) {
        const id = titleIds.get(row.code);
        if (id === undefined) continue;
        insertVersion.run(id, regime.effectiveFrom, row.multiple, now, row.legalBasis, row.confirmed ? 1 : 0);
      }
    }

    const insertRegime = db.prepare(
      `INSERT INTO award_regimes (effective_from, name, legal_basis, rounding, confirmed, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const r of lawRegimes)
      insertRegime.run(r.effectiveFrom, r.name, r.legalBasis, r.rounding, r.confirmed ? 1 : 0, now);

    // Base salaries move out of the settings table, keeping any amount the secretary entered.
    const insertSalary = db.prepare(
      `INSERT INTO base_salaries (effective_from, amount, legal_basis, confirmed, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const stored = db
      .prepare(`SELECT effective_from, value FROM settings WHERE key = 'commendation.baseSalary'`)
      .all() as Array<{ effective_from: string; value: string }>;
    const known = new Map<string, (typeof lawBaseSalaries)[number]>(lawBaseSalaries.map((s) => [s.effectiveFrom, s]));
    for (const row of stored) {
      const amount = Math.round(Number(JSON.parse(row.value)));
      const law = known.get(row.effective_from);
      const cited = law !== undefined && law.amount === amount;
      insertSalary.run(row.effective_from, amount, cited ? law.legalBasis : '', cited && !law.confirmed ? 0 : 1, now);
    }
    db.prepare(`DELETE FROM settings WHERE key = 'commendation.baseSalary'`).run();
    const haveSalary = new Set(stored.map((r) => r.effective_from));
    for (const s of lawBaseSalaries) {
      if (!haveSalary.has(s.effectiveFrom)) {
        insertSalary.run(s.effectiveFrom, s.amount, s.legalBasis, s.confirmed ? 1 : 0, now);
      }
    }

    const insertAuthority = db.prepare(
      `INSERT OR IGNORE INTO award_authorities (title_id, council_level, effective_from, decided_by, within_council,
         legal_basis, confirmed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of lawAuthorities) {
      for (const code of a.codes) {
        const id = titleIds.get(code);
        if (id === undefined) continue;
        insertAuthority.run(
          id,
          a.level,
          a.effectiveFrom,
          a.decidedBy,
          a.within ? 1 : 0,
          a.legalBasis,
          a.confirmed ? 1 : 0,
          now,
        );
      }
    }

    const insertPrinciple = db.prepare(
      `INSERT INTO award_principles (principle_key, effective_from, kind, label, legal_basis, params, confirmed,
         active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
    );
    for (const p of lawPrinciples) {
      insertPrinciple.run(
        p.key,
        p.effectiveFrom,
        p.kind,
        p.label,
        p.legalBasis,
        JSON.stringify(p.params),
        p.confirmed ? 1 : 0,
        now,
      );
    }

    // The 15 % cap on CSTĐCS came from NĐ 91/2017 (Điều 9 khoản 3) and is not in the 2022 law: retired from
    // 1/1/2024, where the province has not set a version of its own on that date.
    db.prepare(
      `INSERT OR IGNORE INTO award_rules (rule_key, effective_from, title_code, label, source, source_note, applies_to,
         definition, active, updated_at)
       SELECT rule_key, '2024-01-01', title_code, label, source,
         'Tỷ lệ theo Nghị định 91/2017/NĐ-CP (Điều 9 khoản 3), không còn trong Luật 2022 và Nghị định 98/2023',
         applies_to, definition, 0, ?
       FROM award_rules WHERE rule_key = 'CSTDCS.TY_LE' AND effective_from = '2000-01-01'`,
    ).run(now);
  },
};
