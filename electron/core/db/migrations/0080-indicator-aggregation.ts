import type { Migration } from './types';

// Frozen copies of the wording rules as they stood when this step shipped: a migration must do the same thing on
// every machine, whatever later versions of shared/domain/indicator-suggestion.ts say.
const levelWording = /(^|\s)chiếm(\s|$)|tỷ trọng|cơ cấu|bình quân|đầu người|tốc độ tăng|tốc độ phát triển|trung bình/i;
const perCapitaWording = /đầu người|bình quân|trung bình/i;

interface OldIndicator {
  id: number;
  name: string;
  measure_unit: string | null;
  kind: string;
  decimals: number;
}

// Shipped: never edit. Add a new numbered file instead.
/**
 * "Chỉ toàn địa bàn" stops being a kind and becomes where the figures are entered (`area_only`), so a whole-area
 * indicator says how its quarters add up like any other; a `level` kind is added for shares, averages and
 * per-capita figures (the latest quarter, not the sum). Existing area-only indicators keep adding up their quarters
 * (flow), except those whose name reads as a level ("chiếm", "tỷ trọng", "bình quân", "đầu người", "tốc độ tăng"),
 * which become levels: the sums they showed (38,1 + 38,3 = 76,4%) were wrong. Rates, percentages and per-capita
 * figures get at least one decimal. Each change is written to the audit log.
 *
 * SQLite cannot alter a CHECK constraint, and rebuilding `indicators` would need foreign keys off (the migration
 * runs inside one transaction): the kind is moved to a new column with the new CHECK, the old column dropped and
 * the new one renamed, all of which SQLite does in place.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'indicator-aggregation',
  up(db) {
    db.exec(`
      ALTER TABLE indicators ADD COLUMN area_only INTEGER NOT NULL DEFAULT 0 CHECK (area_only IN (0,1));
      ALTER TABLE indicators ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'flow'
        CHECK (aggregation IN ('flow','stock','level','rate','intensity','unit_count','qualitative'));
    `);
    const rows = db.prepare('SELECT id, name, measure_unit, kind, decimals FROM indicators').all() as OldIndicator[];
    const update = db.prepare('UPDATE indicators SET aggregation = ?, area_only = ?, decimals = ? WHERE id = ?');
    const audit = db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason, indicator_id)
       VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Thi Đua Desk', 'indicator', ?, 'update', ?, ?, ?, ?)`,
    );
    for (const row of rows) {
      const areaOnly = row.kind === 'area_only';
      const kind = areaOnly ? (levelWording.test(row.name) ? 'level' : 'flow') : row.kind;
      const unit = row.measure_unit?.trim() ?? '';
      const needsDecimal =
        kind === 'rate' || unit === '%' || unit === '‰' || (kind === 'level' && perCapitaWording.test(row.name));
      const decimals = needsDecimal ? Math.max(1, row.decimals) : row.decimals;
      update.run(kind, areaOnly ? 1 : 0, decimals, row.id);
      if (areaOnly || decimals !== row.decimals) {
        audit.run(
          String(row.id),
          JSON.stringify({ kind: row.kind, decimals: row.decimals }),
          JSON.stringify({ kind, areaOnly, decimals }),
          'Nâng cấp: cách cộng số liệu và số chữ số thập phân theo quy tắc mới',
          row.id,
        );
      }
    }
    db.exec(`
      ALTER TABLE indicators DROP COLUMN kind;
      ALTER TABLE indicators RENAME COLUMN aggregation TO kind;
    `);
  },
};
