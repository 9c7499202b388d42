import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@core/db/open';
import { migrations } from '@core/db/migrations';
import { IndicatorsRepository } from '@core/indicators/repository';
import { tempDir } from '../support/temp-core';

/** A database as version 70 wrote it (before this migration): "Chỉ toàn địa bàn" was a kind, and its quarters were added up. */
async function version60Database(path: string) {
  const before80 = migrations.filter((m) => m.version < 80);
  const { db } = await openDatabase(path, { create: true, migrations: before80 });
  const insert = db.prepare(
    `INSERT INTO indicators (name, field, measure_unit, kind, direction, decimals, created_at, updated_at)
     VALUES (?, 'kinh_te', ?, ?, ?, ?, 'x', 'x')`,
  );
  const ids = {
    agriculture: Number(insert.run('Nông nghiệp chiếm', '%', 'area_only', 'band', 1).lastInsertRowid),
    income: Number(insert.run('Thu nhập bình quân đầu người', 'triệu đồng', 'area_only', 'higher', 0).lastInsertRowid),
    industry: Number(insert.run('Giá trị sản xuất công nghiệp', 'tỷ đồng', 'area_only', 'higher', 2).lastInsertRowid),
    poverty: Number(insert.run('Tỷ lệ hộ nghèo', '%', 'rate', 'lower', 0).lastInsertRowid),
    rice: Number(insert.run('Sản lượng lúa', 'tấn', 'flow', 'higher', 0).lastInsertRowid),
  };
  db.prepare(
    `INSERT INTO figures (indicator_id, unit_id, year, quarter, value, status, updated_by, updated_at)
     VALUES (?, NULL, 2023, 1, 38.1, 'chinh_thuc', 'x', 'x'), (?, NULL, 2023, 2, 38.3, 'chinh_thuc', 'x', 'x')`,
  ).run(ids.agriculture, ids.agriculture);
  db.close();
  return ids;
}

describe('migration 80: how indicators add up', () => {
  it('makes "Chỉ toàn địa bàn" a place of entry, reads shares and per-capita figures as levels, keeps the figures', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const ids = await version60Database(path);
    const upTo80 = migrations.filter((m) => m.version <= 80);
    const { db, schemaVersion } = await openDatabase(path, { backupDir: join(tempDir(), 'bk'), migrations: upTo80 });
    expect(schemaVersion).toBe(80);
    const repo = new IndicatorsRepository(db);
    const read = (id: number) => {
      const i = repo.byId(id)!;
      return { kind: i.kind, areaOnly: i.areaOnly, decimals: i.decimals };
    };
    expect(read(ids.agriculture)).toEqual({ kind: 'level', areaOnly: true, decimals: 1 });
    // A per-capita figure gets its decimal: 14,8 no longer prints as 15.
    expect(read(ids.income)).toEqual({ kind: 'level', areaOnly: true, decimals: 1 });
    // An amount entered for the whole area still adds its quarters up.
    expect(read(ids.industry)).toEqual({ kind: 'flow', areaOnly: true, decimals: 2 });
    expect(read(ids.poverty)).toEqual({ kind: 'rate', areaOnly: false, decimals: 1 });
    expect(read(ids.rice)).toEqual({ kind: 'flow', areaOnly: false, decimals: 0 });

    expect(db.prepare('SELECT count(*) FROM figures').pluck().get()).toBe(2);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const audited = db
      .prepare(`SELECT entity_id, before, after FROM audit_log WHERE entity = 'indicator' ORDER BY entity_id`)
      .all() as { entity_id: string; before: string; after: string }[];
    expect(audited.map((a) => Number(a.entity_id))).toEqual([ids.agriculture, ids.income, ids.industry, ids.poverty]);
    expect(JSON.parse(audited[0]!.after)).toEqual({ kind: 'level', areaOnly: true, decimals: 1 });
    expect(() => db.prepare(`UPDATE indicators SET kind = 'area_only' WHERE id = ?`).run(ids.rice)).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });
});
