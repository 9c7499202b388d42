import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { dumpDatabase } from '../support/demo-core';
import { tempDir } from '../support/temp-core';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const silent = { error: () => undefined, info: () => undefined };

async function dumpFile(path: string) {
  const ctx = await openCore(path, { log: silent });
  try {
    return dumpDatabase(ctx);
  } finally {
    ctx.db.close();
  }
}

async function addUnit(path: string, name: string) {
  const ctx = await openCore(path, { log: silent });
  try {
    await invoke(ctx, 'units:create', { name: `${name} ${'dài '.repeat(30)}`, kind: 'xa' });
  } finally {
    ctx.db.close();
  }
}

/** Overwrites one page in the middle of a closed database file with garbage. */
function damageMiddlePage(path: string): void {
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  const page = Math.floor(bytes.length / pageSize / 2);
  bytes.fill(0x5a, page * pageSize, (page + 1) * pageSize);
  writeFileSync(path, bytes);
}

describe('CLI backup and restore', () => {
  it('backup writes a verified copy and refuses to overwrite an existing file', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    expect((await cli('init', '--db', db, '--demo', 'huyen-2023')).code).toBe(0);
    const out = join(dir, 'copy.sqlite');
    const done = await cli('backup', '--db', db, '--out', out);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toContain('kiểm tra toàn vẹn: ok');
    expect(await dumpFile(out)).toEqual(await dumpFile(db));
    expect((await cli('check', '--db', out)).code).toBe(0);

    const again = await cli('backup', '--db', db, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('không ghi đè');
  });

  it('restore snapshots the current file first and prints where the snapshot went', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    await cli('init', '--db', db, '--demo', 'huyen-2023');
    const out = join(dir, 'copy.sqlite');
    await cli('backup', '--db', db, '--out', out);
    const atBackup = await dumpFile(db);
    await addUnit(db, 'Xã sau sao lưu');
    const beforeRestore = await dumpFile(db);

    const restored = await cli('restore', '--db', db, '--from', out);
    expect(restored.code).toBe(0);
    expect(await dumpFile(db)).toEqual(atBackup);
    const snapshot = /sao lưu tại: (.+)$/m.exec(restored.stdout)?.[1];
    expect(snapshot).toBeDefined();
    expect(snapshot).toMatch(/before-restore\.[0-9a-f]{8}\.sqlite$/);
    expect(await dumpFile(snapshot!)).toEqual(beforeRestore);
  });

  it('restore over a damaged file keeps the damaged file aside', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    await cli('init', '--db', db, '--demo', 'huyen-2023');
    const out = join(dir, 'copy.sqlite');
    await cli('backup', '--db', db, '--out', out);
    damageMiddlePage(db);
    const damaged = readFileSync(db);

    const restored = await cli('restore', '--db', db, '--from', out);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('bị hỏng, được giữ nguyên tại');
    expect((await cli('check', '--db', db)).code).toBe(0);
    const kept = readdirSync(dir).find((n) => n.includes('.hong-'))!;
    expect(readFileSync(join(dir, kept)).equals(damaged)).toBe(true);
  });

  it('restore onto a new PC (no database yet) just puts the verified copy in place', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    await cli('init', '--db', db, '--demo', 'huyen-2023');
    const out = join(dir, 'copy.sqlite');
    await cli('backup', '--db', db, '--out', out);
    const fresh = join(tempDir(), 'moi', 'data.sqlite');
    expect((await cli('restore', '--db', fresh, '--from', out)).code).toBe(0);
    expect(await dumpFile(fresh)).toEqual(await dumpFile(db));
  });

  it('restore refuses a file that is not a database, and changes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    await cli('init', '--db', db);
    const before = await dumpFile(db);
    const bogus = join(dir, 'bao-cao.xlsx');
    writeFileSync(bogus, 'PK\u0003\u0004 this is a spreadsheet, honestly');
    const refused = await cli('restore', '--db', db, '--from', bogus);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không phải là cơ sở dữ liệu');
    expect(await dumpFile(db)).toEqual(before);
  });

  it('check fails with exit 1 on a file with a damaged page in the middle; backup refuses it too', async () => {
    const dir = tempDir();
    const db = join(dir, 'data.sqlite');
    await cli('init', '--db', db, '--demo', 'huyen-2023');
    damageMiddlePage(db);
    const checked = await cli('check', '--db', db);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/bị hỏng/);
    const out = join(dir, 'copy.sqlite');
    const backup = await cli('backup', '--db', db, '--out', out);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toMatch(/không đạt kiểm tra toàn vẹn|bị hỏng/);
    expect(existsSync(out)).toBe(false);
  });

  it('help lists both commands', async () => {
    const help = await cli('help');
    expect(help.stdout).toContain('backup --db TỆP --out TỆP');
    expect(help.stdout).toContain('restore --db TỆP --from TỆP');
  });
});
