import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackupSettings } from '@core/backups/backup-settings';
import { writeVerifiedCopy } from '@core/backups/write-copy';
import type { CoreContext } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';
import { createBackup } from '@core/backups/service';
import { dumpDatabase, openDemoCore } from '../support/demo-core';
import { pickPath } from '../support/pick-path';
import { tempDir } from '../support/temp-core';

/**
 * Crafted or foreign "backups" (issue 16, findings 1 and 3): a copy of real data with a schema object the
 * migrations never made, a table missing, rows breaking foreign keys, or a version that does not match its
 * tables. Each must be refused before the swap, with the data, the undo record and the folder unchanged.
 */
async function crafted(ctx: CoreContext, name: string, change: (db: Database.Database) => void): Promise<string> {
  const path = join(tempDir(), name);
  await writeVerifiedCopy(ctx.db, path);
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  change(db);
  db.close();
  return path;
}

const craftedCases: Array<[string, (db: Database.Database) => void, RegExp]> = [
  [
    'an extra trigger on audit_log and a dropped table (the audit’s reproduction)',
    (db) => db.exec(`CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN SELECT 1; END; DROP TABLE tasks;`),
    /trigger "t".*bảng "tasks"|bảng "tasks".*trigger "t"/,
  ],
  [
    'a trigger that inflates every saved figure by 10%',
    (db) =>
      db.exec(
        `CREATE TRIGGER inflate AFTER INSERT ON figures BEGIN
           UPDATE figures SET value = value * 1.1 WHERE id = NEW.id; END;`,
      ),
    /trigger "inflate"/,
  ],
  [
    'a trigger that deletes every audit row',
    (db) => db.exec(`CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END;`),
    /trigger "wipe"/,
  ],
  [
    'an INSTEAD-OF view in place of tasks that never finishes',
    (db) =>
      db.exec(`
        DROP TABLE tasks;
        CREATE VIEW tasks AS
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
          SELECT i AS id, NULL AS plan_id, NULL AS unit_id, '' AS title, NULL AS assigned_by, NULL AS deadline,
                 NULL AS completed_on, 'dang_lam' AS state, NULL AS note, '' AS created_at, '' AS updated_at FROM n;
        CREATE TRIGGER tasks_insert INSTEAD OF INSERT ON tasks BEGIN SELECT 1; END;`),
    /view "tasks"/,
  ],
  ['a missing table', (db) => db.exec(`DROP TABLE awards`), /thiếu bảng "awards"/],
  ['an extra table', (db) => db.exec(`CREATE TABLE notes (x TEXT)`), /bảng "notes"/],
  ['an extra index', (db) => db.exec(`CREATE INDEX units_note ON units(note)`), /chỉ mục "units_note"/],
  ['an extra column', (db) => db.exec(`ALTER TABLE units ADD COLUMN extra TEXT`), /bảng "units" khác/],
  [
    'a table rebuilt with a constraint the migrations never wrote, same columns',
    (db) => {
      const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'figures'`).pluck().get() as string;
      const indexes = db
        .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'figures' AND sql IS NOT NULL`)
        .pluck()
        .all() as string[];
      db.exec(`${sql.replace('CREATE TABLE figures', 'CREATE TABLE figures_new').replace('value REAL,', 'value REAL CHECK (value IS NULL OR value > -1e300),')};
        INSERT INTO figures_new SELECT * FROM figures; DROP TABLE figures; ALTER TABLE figures_new RENAME TO figures;
        ${indexes.join(';')};`);
    },
    /bảng "figures" khác/,
  ],
  [
    'rows that break foreign keys',
    (db) => {
      db.prepare(
        `INSERT INTO figures (indicator_id, unit_id, year, quarter, value, updated_by, updated_at)
         VALUES (99999, 88888, 2023, 2, 1, 'x', 'x')`,
      ).run();
    },
    /khóa ngoại/,
  ],
  [
    'user_version 60 with only audit_log',
    (db) => {
      const tables = db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('audit_log') AND name NOT LIKE 'sqlite_%'`,
        )
        .pluck()
        .all() as string[];
      for (const table of tables) db.exec(`DROP TABLE "${table}"`);
      db.pragma('user_version = 60');
    },
    /thiếu bảng/,
  ],
  [
    'a user_version no migration ever wrote',
    (db) => db.pragma('user_version = 35'),
    /không phải dữ liệu của Thi Đua Desk|phiên bản lược đồ 35/,
  ],
];

describe('a crafted or foreign backup is refused before the swap (issue 16, findings 1 and 3)', () => {
  it.each(craftedCases)('import: %s', async (_name, change, problem) => {
    const ctx = await openDemoCore();
    const source = await crafted(ctx, 'la.sqlite', change);
    const before = dumpDatabase(ctx);
    const connection = ctx.db;
    const file = await pickPath(ctx, 'import-database-file', source);

    const started = performance.now();
    const result = await dispatch(ctx, 'backups:importDatabase', { file });
    expect(performance.now() - started).toBeLessThan(20_000); // a view bomb must not be evaluated
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DB_NOT_SQLITE', message: expect.stringMatching(problem) },
    });
    if (!result.ok) expect(result.error.message).toContain('Dữ liệu hiện tại không bị thay đổi');
    // Refused before the swap: same connection, same rows, no undo record, no snapshot, nothing staged.
    expect(ctx.db).toBe(connection);
    expect(ctx.db.open).toBe(true);
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(readBackupSettings(ctx.databasePath).lastRestore).toBeNull();
    expect(readdirSync(dirname(ctx.databasePath)).filter((n) => n.includes('.restore.'))).toEqual([]);
    expect((await dispatch(ctx, 'backups:list', {})) as { value: { backups: unknown[] } }).toMatchObject({
      ok: true,
      value: { backups: [] },
    });
    expect(await dispatch(ctx, 'tasks:list', {})).toMatchObject({ ok: true });
  });

  it('restore: a crafted copy dropped into the backup folder under a backup’s name is refused too', async () => {
    const ctx = await openDemoCore();
    const good = await createBackup(ctx, 'manual');
    const path = join(good.folder, 'test.20230101-080000.manual.sqlite');
    writeFileSync(path, '');
    const source = await crafted(ctx, 'x.sqlite', (db) =>
      db.exec(`CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END;`),
    );
    writeFileSync(path, (await import('node:fs')).readFileSync(source));
    const before = dumpDatabase(ctx);
    const listed = await dispatch(ctx, 'backups:list', {});
    const entry = (listed as { value: { backups: Array<{ path: string; token: string }> } }).value.backups.find(
      (b) => b.path === path,
    )!;
    const result = await dispatch(ctx, 'backups:restore', { backup: entry.token });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/trigger "t"/) } });
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(existsSync(path)).toBe(true);
  });
});
