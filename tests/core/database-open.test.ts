import Database from 'better-sqlite3';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@core/db/open';
import { latestSchemaVersion, migrations } from '@core/db/migrations';
import type { Migration } from '@core/db/migrations/types';
import { tempDir } from '../support/temp-core';

function expectAppError(promise: Promise<unknown>, code: string) {
  return expect(promise).rejects.toMatchObject({ name: 'AppError', code });
}

describe('opening the database', () => {
  it('migrates a new file from zero to the latest schema with the crash-safe pragmas', async () => {
    const path = join(tempDir(), 'new.sqlite');
    const { db, schemaVersion, preMigrationBackup } = await openDatabase(path, { create: true });
    expect(schemaVersion).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'settings', 'units']));
    expect(preMigrationBackup).toBeNull(); // nothing to lose in a new file
    db.close();
  });

  it('refuses a missing file unless asked to create it', async () => {
    await expectAppError(openDatabase(join(tempDir(), 'absent.sqlite')), 'DB_MISSING');
  });

  it('refuses a file of random bytes with a Vietnamese message and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'random.sqlite');
    const bytes = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(path, bytes);
    await expect(openDatabase(path, { create: true })).rejects.toMatchObject({
      code: 'DB_NOT_SQLITE',
      message: expect.stringContaining('không phải là cơ sở dữ liệu'),
    });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a database written by a newer version and does not touch it', async () => {
    const path = join(tempDir(), 'future.sqlite');
    const future = new Database(path);
    future.pragma(`user_version = ${latestSchemaVersion + 90}`);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.close();
    const before = readFileSync(path);
    await expect(openDatabase(path)).rejects.toMatchObject({
      code: 'DB_TOO_NEW',
      message: expect.stringContaining('phiên bản Thi Đua Desk mới hơn'),
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  const addColumn: Migration = {
    version: latestSchemaVersion + 10,
    name: 'test-add-column',
    up: (db) => db.exec(`ALTER TABLE units ADD COLUMN extra TEXT`),
  };

  it('backs up an existing database before migrating it, and the copy holds the old version', async () => {
    const dir = tempDir();
    const path = join(dir, 'data.sqlite');
    const first = await openDatabase(path, { create: true });
    first.db
      .prepare(`INSERT INTO units (code, name, kind, created_at, updated_at) VALUES ('A', 'Xã A', 'xa', 'x', 'x')`)
      .run();
    first.db.close();

    const upgraded = await openDatabase(path, { migrations: [...migrations, addColumn], backupDir: join(dir, 'bk') });
    expect(upgraded.schemaVersion).toBe(addColumn.version);
    expect(upgraded.preMigrationBackup).not.toBeNull();
    upgraded.db.close();

    const copy = new Database(upgraded.preMigrationBackup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(copy.prepare('SELECT name FROM units').pluck().all()).toEqual(['Xã A']);
    copy.close();
  });

  it('applies pending steps in one transaction: a failing step leaves the database at its old version', async () => {
    const path = join(tempDir(), 'data.sqlite');
    (await openDatabase(path, { create: true })).db.close();
    const broken: Migration = {
      version: latestSchemaVersion + 20,
      name: 'test-broken',
      up: (db) => db.exec(`CREATE TABLE half_done (x INTEGER) STRICT; SELECT * FROM no_such_table;`),
    };
    await expect(openDatabase(path, { migrations: [...migrations, addColumn, broken] })).rejects.toThrow();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const columns = db.prepare(`SELECT name FROM pragma_table_info('units')`).pluck().all();
    expect(columns).not.toContain('extra');
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).pluck().get()).toBe(0);
    db.close();
  });
});
