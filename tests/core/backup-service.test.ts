import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBackupFolder, readBackupSettings } from '@core/backups/backup-settings';
import { identityTag } from '@core/backups/names';
import { writeVerifiedCopy } from '@core/backups/write-copy';
import { readIdentity } from '@core/db/identity';
import type { CoreContext } from '@core/context';
import { latestSchemaVersion, migrations } from '@core/db/migrations';
import { openDatabase } from '@core/db/open';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import { backupBeforeImport, createBackup } from '@core/backups/service';
import { dumpDatabase, openDemoCore } from '../support/demo-core';
import { pickPath } from '../support/pick-path';
import { makeReadOnly } from '../support/read-only';
import { openTestCore, tempDir } from '../support/temp-core';

async function addUnit(ctx: CoreContext, name: string) {
  return invoke(ctx, 'units:create', { name, kind: 'xa' });
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

describe('backups: create and list', () => {
  it('"Sao lưu ngay" writes a verified, self-contained copy named with date, time and reason', async () => {
    const ctx = await openDemoCore();
    const entry = await invoke(ctx, 'backups:create', {});
    const identity = identityTag(readIdentity(ctx.repos)!);
    expect(entry.fileName).toBe(`test.20230405-${localStamp(ctx)}.manual.${identity}.sqlite`);
    expect(entry.folder).toBe(defaultBackupFolder(ctx.databasePath));
    expect(entry).toMatchObject({ reason: 'manual', reasonLabel: 'Sao lưu ngay', protected: false });
    expect(entry.sizeText).toMatch(/^\d+(,\d)? (KB|MB)$/);
    // One file, no -wal/-shm, no leftover .partial: it can be carried on a USB stick as it is.
    expect(readdirSync(entry.folder)).toEqual([entry.fileName]);
    const copy = new Database(entry.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM units').pluck().get()).toBe(
      ctx.db.prepare('SELECT count(*) FROM units').pluck().get(),
    );
    copy.close();

    const overview = await invoke(ctx, 'backups:list', {});
    expect(overview.backups.map((b) => b.path)).toEqual([entry.path]);
    expect(overview).toMatchObject({ usesDefaultFolder: true, folderAvailable: true, undo: null });
    expect(overview.health).toMatchObject({ level: 'ok', title: null, consecutiveFailures: 0 });
    expect(overview.rotationText).toContain('mỗi ngày một bản');
  });

  it('two copies in the same second get distinct names, newest first', async () => {
    const ctx = await openTestCore();
    const first = await createBackup(ctx, 'manual');
    const second = await createBackup(ctx, 'scheduled');
    expect(second.fileName).toMatch(/-2\.scheduled\.[0-9a-f]{8}\.sqlite$/);
    expect((await invoke(ctx, 'backups:list', {})).backups.map((b) => b.path)).toEqual([second.path, first.path]);
  });

  it('a copy that fails integrity_check is deleted and reported', async () => {
    const dir = tempDir();
    const path = join(dir, 'source.sqlite');
    const ctx = await openDemoCore();
    await writeVerifiedCopy(ctx.db, path);
    damageMiddlePage(path);
    const damaged = new Database(path);
    const target = join(dir, 'out', 'copy.sqlite');
    await expect(writeVerifiedCopy(damaged, target, { createFolder: true })).rejects.toMatchObject({
      code: 'DB_DAMAGED',
      message: expect.stringContaining('không đạt kiểm tra toàn vẹn'),
    });
    damaged.close();
    expect(readdirSync(dirname(target))).toEqual([]);
  });

  it('rotation runs after each copy: at most 5 copies of today remain', async () => {
    const ctx = await openTestCore();
    for (let i = 0; i < 7; i++) await createBackup(ctx, 'scheduled');
    expect((await invoke(ctx, 'backups:list', {})).backups).toHaveLength(5);
  });

  it('before an import: a copy with reason before-import', async () => {
    const ctx = await openDemoCore();
    const entry = await backupBeforeImport(ctx);
    expect(entry).toMatchObject({ reason: 'before-import', reasonLabel: 'Trước khi nhập dữ liệu' });
  });
});

function localStamp(ctx: CoreContext): string {
  const d = ctx.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

describe('backups: restore and undo', () => {
  it('restoring a backup then undoing the restore gives back the exact database content', async () => {
    const ctx = await openDemoCore();
    const backup = await invoke(ctx, 'backups:create', {});
    const atBackup = dumpDatabase(ctx);
    await addUnit(ctx, 'Xã Mới Sau Sao Lưu');
    const beforeRestore = dumpDatabase(ctx);
    const oldConnection = ctx.db;

    const restored = await invoke(ctx, 'backups:restore', { backup: backup.token });
    expect(ctx.db).not.toBe(oldConnection); // swapped in place: every holder of ctx sees the restored data
    expect(dumpDatabase(ctx)).toEqual(atBackup);
    expect(restored).toMatchObject({
      restoredFrom: backup.path,
      schemaVersion: latestSchemaVersion,
      upgradedFrom: null,
    });
    expect(restored.snapshot).toMatchObject({ reason: 'before-restore', protected: true });
    expect(restored.message).toContain('có thể hoàn tác');
    expect((await invoke(ctx, 'units:list', {})).map((u) => u.name)).not.toContain('Xã Mới Sau Sao Lưu');

    const overview = await invoke(ctx, 'backups:list', {});
    expect(overview.undo).toMatchObject({ snapshot: { path: restored.snapshot.path }, restoredFrom: backup.path });

    await invoke(ctx, 'backups:undoRestore', {});
    expect(dumpDatabase(ctx)).toEqual(beforeRestore);
    expect((await invoke(ctx, 'units:list', {})).map((u) => u.name)).toContain('Xã Mới Sau Sao Lưu');
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('the undo point survives rotation while it is the undo point', async () => {
    const ctx = await openTestCore();
    await addUnit(ctx, 'Xã A');
    const backup = await createBackup(ctx, 'manual');
    const { snapshot } = await invoke(ctx, 'backups:restore', { backup: backup.token });
    for (let i = 0; i < 8; i++) await createBackup(ctx, 'scheduled');
    expect(existsSync(snapshot.path)).toBe(true);
    expect(readBackupSettings(ctx.databasePath).lastRestore?.snapshotPath).toBe(snapshot.path);
  });

  it('restores only copies the list shows; any other file goes through importDatabase', async () => {
    const ctx = await openTestCore();
    const elsewhere = join(tempDir(), 'test.20230101-000000.manual.sqlite');
    await writeVerifiedCopy(ctx.db, elsewhere);
    // A path is not a token; a token picked to import a file is not a listed copy.
    expect(await dispatch(ctx, 'backups:restore', { backup: elsewhere })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const picked = await pickPath(ctx, 'import-database-file', elsewhere);
    expect(await dispatch(ctx, 'backups:restore', { backup: picked })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Đường dẫn này được chọn cho việc khác; hãy chọn lại.' },
    });
  });

  it('refuses a file that is not SQLite, newer, damaged or another program’s, and changes nothing', async () => {
    const ctx = await openDemoCore();
    const before = dumpDatabase(ctx);
    const dir = tempDir();

    const excel = join(dir, 'bao-cao.xlsx');
    writeFileSync(excel, Buffer.from('PK\u0003\u0004 not a database at all'));
    const future = join(dir, 'future.sqlite');
    await writeVerifiedCopy(ctx.db, future);
    const f = new Database(future);
    f.pragma(`user_version = ${latestSchemaVersion + 50}`);
    f.close();
    const damaged = join(dir, 'damaged.sqlite');
    await writeVerifiedCopy(ctx.db, damaged);
    damageMiddlePage(damaged);
    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    const foreignBytes = readFileSync(foreign);

    const cases: Array<[string, string, RegExp]> = [
      [excel, 'DB_NOT_SQLITE', /không phải là cơ sở dữ liệu/],
      [future, 'DB_TOO_NEW', /phiên bản Thi Đua Desk mới hơn/],
      [damaged, 'DB_DAMAGED', /bị hỏng/],
      [foreign, 'DB_NOT_SQLITE', /không phải dữ liệu của Thi Đua Desk/],
      [join(dir, 'absent.sqlite'), 'DB_MISSING', /Không tìm thấy tệp/],
    ];
    writeFileSync(join(dir, 'absent.sqlite'), '');
    const absent = await pickPath(ctx, 'import-database-file', join(dir, 'absent.sqlite'));
    rmSync(join(dir, 'absent.sqlite'));
    for (const [path, code, message] of cases) {
      const file = path.endsWith('absent.sqlite') ? absent : await pickPath(ctx, 'import-database-file', path);
      const result = await dispatch(ctx, 'backups:importDatabase', { file });
      expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    }
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(readFileSync(foreign).equals(foreignBytes)).toBe(true); // the secretary's file is only read
    expect(readBackupSettings(ctx.databasePath).lastRestore).toBeNull();
    expect((await invoke(ctx, 'backups:list', {})).backups).toEqual([]); // refused before any snapshot
    expect(readdirSync(dirname(ctx.databasePath)).filter((n) => n.includes('.restore.'))).toEqual([]);
  });

  it('an older backup is migrated on restore (and keeps its own pre-migration copy)', async () => {
    const dir = tempDir();
    const oldPath = join(dir, 'old.sqlite');
    const older = migrations.slice(0, 2);
    const opened = await openDatabase(oldPath, { create: true, migrations: older });
    opened.db
      .prepare(`INSERT INTO units (code, name, kind, created_at, updated_at) VALUES ('CU', 'Xã Cũ', 'xa', 'x', 'x')`)
      .run();
    opened.db.close();
    const oldVersion = older.at(-1)!.version;

    const ctx = await openTestCore();
    const result = await invoke(ctx, 'backups:importDatabase', {
      file: await pickPath(ctx, 'import-database-file', oldPath),
    });
    expect(result).toMatchObject({ schemaVersion: latestSchemaVersion, upgradedFrom: oldVersion });
    expect(result.message).toContain('Đã nhập dữ liệu');
    expect(ctx.schemaVersion).toBe(latestSchemaVersion);
    expect((await invoke(ctx, 'units:list', {})).map((u) => u.name)).toEqual(['Xã Cũ']);
    const reasons = (await invoke(ctx, 'backups:list', {})).backups.map((b) => b.reason).sort();
    expect(reasons).toEqual(['before-migration', 'before-restore']);
  });

  it('refuses to swap the file while another program holds it open, and stays usable', async () => {
    const ctx = await openDemoCore();
    const backup = await createBackup(ctx, 'manual');
    await addUnit(ctx, 'Xã Sau');
    const before = dumpDatabase(ctx);
    const other = new Database(ctx.databasePath);
    other.prepare('SELECT count(*) FROM units').get();
    try {
      const result = await dispatch(ctx, 'backups:restore', { backup: backup.token });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      other.close();
    }
    expect(dumpDatabase(ctx)).toEqual(before);
    await addUnit(ctx, 'Xã Vẫn Ghi Được');
  });

  it('undo with nothing to undo says so', async () => {
    const ctx = await openTestCore();
    expect(await dispatch(ctx, 'backups:undoRestore', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Chưa có lần khôi phục nào để hoàn tác.' },
    });
  });
});

describe('backups: folder, export and import', () => {
  it('the folder is a setting: backups go there, the change is audited, null goes back to the default', async () => {
    const ctx = await openDemoCore();
    const usb = join(tempDir(), 'USB', 'SaoLuu');
    mkdirSync(usb, { recursive: true });
    const overview = await invoke(ctx, 'backups:setFolder', { folder: await pickPath(ctx, 'backup-folder', usb) });
    expect(overview).toMatchObject({ folder: usb, usesDefaultFolder: false, folderAvailable: true });
    const entry = await invoke(ctx, 'backups:create', {});
    expect(entry.folder).toBe(usb);
    const audit = ctx.repos.audit.forEntity('setting', 'backup.folder');
    expect(audit.at(-1)).toMatchObject({ before: { folder: null }, after: { folder: usb }, actor: 'kiem-thu' });

    const back = await invoke(ctx, 'backups:setFolder', { folder: null });
    expect(back).toMatchObject({ folder: defaultBackupFolder(ctx.databasePath), usesDefaultFolder: true });
    // Copies in the chosen folder are no longer listed; those in the default folder always are.
    expect(back.backups.map((b) => b.folder)).not.toContain(usb);
  });

  it('refuses a folder that cannot be written, and never creates one', async () => {
    const ctx = await openTestCore();
    const stick = join(tempDir(), 'E');
    mkdirSync(stick);
    const token = await pickPath(ctx, 'backup-folder', stick);
    const release = makeReadOnly(stick);
    try {
      expect(await dispatch(ctx, 'backups:setFolder', { folder: token })).toMatchObject({
        ok: false,
        error: { code: 'FILE_INVALID', message: expect.stringContaining('Không dùng được thư mục') },
      });
    } finally {
      release();
    }
    expect(readBackupSettings(ctx.databasePath).folder).toBeNull();
    // A folder that is not there is not picked, let alone created.
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'backup-folder' })).toMatchObject({ ok: true });
    ctx.picker = { mode: 'dialog', choose: () => Promise.resolve(join(stick, 'SaoLuu')) };
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'backup-folder' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('không phải là thư mục có sẵn') },
    });
    expect(existsSync(join(stick, 'SaoLuu'))).toBe(false);
  });

  it('with the USB stick gone, automatic copies fall back to the default folder and say so; "Sao lưu ngay" reports it', async () => {
    const ctx = await openDemoCore();
    const stick = join(tempDir(), 'E');
    mkdirSync(join(stick, 'SaoLuu'), { recursive: true });
    await invoke(ctx, 'backups:setFolder', { folder: await pickPath(ctx, 'backup-folder', join(stick, 'SaoLuu')) });
    rmSync(stick, { recursive: true });
    writeFileSync(stick, 'the drive letter now points at nothing usable');

    const manual = await dispatch(ctx, 'backups:create', {});
    expect(manual).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });

    const automatic = await createBackup(ctx, 'scheduled', { automatic: true });
    expect(automatic.folder).toBe(defaultBackupFolder(ctx.databasePath));
    const overview = await invoke(ctx, 'backups:list', {});
    expect(overview.folderAvailable).toBe(false);
    expect(overview.health).toMatchObject({
      level: 'warning',
      title: 'Các bản sao lưu tự động đang được lưu tạm vào thư mục mặc định',
      detail: expect.stringContaining('bản sao đã được lưu vào'),
    });
    expect(overview.backups.map((b) => b.path)).toContain(automatic.path);
  });

  it('export on one PC and import on another gives the same data, and the import can be undone', async () => {
    const source = await openDemoCore();
    const usb = tempDir();
    const exported = await invoke(source, 'backups:exportDatabase', {
      folder: await pickPath(source, 'export-database-folder', usb),
    });
    expect(exported.path).toMatch(/ThiDuaDesk-du-lieu-20230405-\d{4}\.sqlite$/);
    expect(exported.message).toContain('Nhập toàn bộ dữ liệu');
    expect(readdirSync(usb)).toEqual([exported.path.split(/[\\/]/).at(-1)]);

    const newPc = await openTestCore();
    await addUnit(newPc, 'Dữ liệu thử trên máy mới');
    const beforeImport = dumpDatabase(newPc);
    await invoke(newPc, 'backups:importDatabase', {
      file: await pickPath(newPc, 'import-database-file', exported.path),
    });
    expect(dumpDatabase(newPc)).toEqual(dumpDatabase(source));
    await invoke(newPc, 'backups:undoRestore', {});
    expect(dumpDatabase(newPc)).toEqual(beforeImport);
  });

  it('a second export in the same minute does not overwrite the first', async () => {
    const ctx = await openTestCore();
    const usb = tempDir();
    const folder = await pickPath(ctx, 'export-database-folder', usb);
    const first = await invoke(ctx, 'backups:exportDatabase', { folder });
    const second = await invoke(ctx, 'backups:exportDatabase', { folder });
    expect(second.path).not.toBe(first.path);
    expect(readdirSync(usb)).toHaveLength(2);
  });

  it('the backup settings file is read defensively: garbage means defaults', async () => {
    const ctx = await openTestCore();
    mkdirSync(dirname(ctx.databasePath), { recursive: true });
    writeFileSync(`${ctx.databasePath}.backup.json`, '{ not json');
    expect(await invoke(ctx, 'backups:list', {})).toMatchObject({ usesDefaultFolder: true, undo: null });
  });
});
