import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '@core/context';
import { migrations } from '@core/db/migrations';
import { openDatabase } from '@core/db/open';
import { invoke } from '@core/dispatch/dispatch';
import { createUnit } from '@core/units/service';
import { bundleChild, childEnv, repoRoot } from '../support/bundle-child';
import { fixedNow, openTestCore, tempDir } from '../support/temp-core';

const silent = { error: () => undefined, info: () => undefined };
let child = '';
let bundleDir = '';

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'thidua-child-'));
  child = await bundleChild('tests/core/concurrent-child.ts', bundleDir, 'concurrent-child');
}, 60_000);
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

function run(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const process_ = spawn(process.execPath, [child, ...args], { cwd: repoRoot, env: childEnv() });
    let out = '';
    let err = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    process_.on('error', fail);
    process_.on('close', (code) =>
      code === 0 ? done(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>) : fail(new Error(err)),
    );
  });
}

describe('two writers on one data file (issue 16, finding 6)', () => {
  it('two processes creating units at once (read, then write): each call succeeds or says the data is busy', async () => {
    const ctx = await openTestCore();
    const path = ctx.databasePath;
    ctx.db.close();
    const startAt = String(Date.now() + 1500);
    const perWriter = 120;
    const [a, b] = (await Promise.all([
      run(['write', path, 'A', String(perWriter), startAt]),
      run(['write', path, 'B', String(perWriter), startAt]),
    ])) as Array<{ ok: string[]; busy: number; other: string[] }>;
    // Never "Có lỗi ngoài dự kiến": a busy database is said in Vietnamese, anything else is a bug.
    expect(a!.other).toEqual([]);
    expect(b!.other).toEqual([]);
    expect(a!.ok.length + a!.busy).toBe(perWriter);
    expect(b!.ok.length + b!.busy).toBe(perWriter);
    const db = new Database(path, { readonly: true });
    const names = db.prepare(`SELECT name FROM units`).pluck().all() as string[];
    db.close();
    expect(names.sort()).toEqual([...a!.ok, ...b!.ok].sort());
  }, 120_000);

  it('a writer that finds the data locked past the wait gets the Vietnamese busy message, not INTERNAL', async () => {
    const first = await openTestCore();
    const second = await openCore(first.databasePath, { log: silent, now: fixedNow, busyTimeoutMs: 100 });
    try {
      // The first window holds its write transaction while the second tries to write.
      let attempt: unknown;
      first.db.transaction(() => {
        first.repos.units.all();
        try {
          createUnit(second, { name: 'Xã cửa sổ hai', kind: 'xa', parentId: null, validFrom: null, note: null });
        } catch (error) {
          attempt = error;
        }
      })();
      expect(attempt).toMatchObject({ code: 'BUSY', message: 'Dữ liệu đang được một cửa sổ khác dùng, thử lại.' });
      // Once the first has finished, the second succeeds.
      await invoke(second, 'units:create', { name: 'Xã cửa sổ hai', kind: 'xa' });
      expect(first.repos.units.all().map((u) => u.name)).toEqual(['Xã cửa sổ hai']);
    } finally {
      second.db.close();
    }
  });

  it('every transaction takes the write lock first: a read-then-write is never overtaken by another commit', async () => {
    const ctx = await openTestCore();
    const other = new Database(ctx.databasePath, { timeout: 50 });
    try {
      let otherWrite: unknown = null;
      ctx.db.transaction(() => {
        ctx.repos.units.all();
        try {
          other.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', 'x')`).run();
        } catch (error) {
          otherWrite = error;
        }
        createUnit(ctx, { name: 'Xã A', kind: 'xa', parentId: null, validFrom: null, note: null });
      })();
      expect(otherWrite).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(ctx.repos.units.all()).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('two processes opening an old data file at once: both open it, one migrates, one copy is kept', async () => {
    const dir = tempDir();
    const path = join(dir, 'cu.sqlite');
    const old = await openDatabase(path, { create: true, migrations: migrations.slice(0, 2) });
    old.db
      .prepare(`INSERT INTO units (code, name, kind, created_at, updated_at) VALUES ('CU', 'Xã Cũ', 'xa', 'x', 'x')`)
      .run();
    // Enough history that copying the file before migrating takes a while: the window in which a second opener
    // used to decide, from a stale version, to copy and migrate again.
    const audit = old.db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after) VALUES ('x', 'x', 'unit', '1', 'update', ?, ?)`,
    );
    old.db.transaction(() => {
      for (let i = 0; i < 40_000; i++) audit.run(JSON.stringify({ i }), JSON.stringify({ note: 'x'.repeat(200) }));
    })();
    old.db.close();
    const startAt = String(Date.now() + 1500);
    const results = await Promise.all([
      run(['open', path, startAt]),
      run(['open', path, startAt]),
      run(['open', path, startAt]),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: true, schemaVersion: migrations.at(-1)!.version });
    const copies = readdirSync(join(dir, 'backups')).filter((name) => /^cu\.v20\./.test(name));
    expect(copies).toHaveLength(1);
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.includes('.partial'))).toEqual([]);
  }, 60_000);
});
