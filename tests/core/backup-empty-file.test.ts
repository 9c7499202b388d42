import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackupFiles } from '@core/backups/backup-list';
import { defaultBackupFolder } from '@core/backups/backup-settings';
import { openAppDatabase, startNewDatabase } from '@core/backups/startup-recovery';
import type { CoreContext } from '@core/context';
import { readIdentity } from '@core/db/identity';
import { invoke } from '@core/dispatch/dispatch';
import { createBackup } from '@core/backups/service';
import { startHarness, type Harness } from '@harness/server';
import { recoverFromDamage, type AskSecretary } from '@main/startup-error';
import { dumpDatabase } from '../support/demo-core';
import { tempDir } from '../support/temp-core';

const silent = { error: () => undefined, info: () => undefined };
const opened: CoreContext[] = [];
afterEach(() => {
  for (const ctx of opened.splice(0)) if (ctx.db.open) ctx.db.close();
});

/** The app's data file with some work in it and its backups, as the desktop app leaves them. */
async function dataWithBackups(now: () => Date = () => new Date(2023, 3, 5, 9, 0)) {
  const databasePath = join(tempDir(), 'thi-dua-desk.sqlite');
  const ctx = await openAppDatabase(databasePath, { log: silent, now, actor: 'thu-ky' });
  opened.push(ctx);
  await invoke(ctx, 'app:setup', { mode: 'demo' });
  await invoke(ctx, 'units:create', { name: 'Xã trước sự cố', kind: 'xa' });
  for (let i = 0; i < 3; i++) await createBackup(ctx, 'scheduled', { automatic: true });
  const dump = dumpDatabase(ctx);
  const identity = readIdentity(ctx.repos)!;
  ctx.db.close();
  return { databasePath, dump, identity };
}

describe('an empty data file is damage, never a new database (issue 16, finding 2)', () => {
  it('a zero-byte file at start is offered the newest backup, which brings the data back', async () => {
    const { databasePath, dump } = await dataWithBackups();
    truncateSync(databasePath, 0); // a power cut during a replace, a sync tool, a full disk
    const error = await openAppDatabase(databasePath, { log: silent }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DB_DAMAGED', message: expect.stringContaining('trống (0 byte)') });
    expect(readFileSync(databasePath)).toHaveLength(0); // nothing created in its place

    const ask = vi.fn<AskSecretary>(async () => 0);
    expect(await recoverFromDamage(databasePath, error, ask, silent)).toBe('restored');
    expect(ask.mock.calls[0]![0]).toMatchObject({
      message: expect.stringMatching(/^Tệp dữ liệu bị hỏng\. Khôi phục từ bản sao lưu ngày 05\/04\/2023/),
      buttons: ['Khôi phục', 'Thoát'],
    });
    const ctx = await openAppDatabase(databasePath, { log: silent });
    opened.push(ctx);
    expect(dumpDatabase(ctx)).toEqual(dump);
  });

  it('a zeroed header or a file of a few bytes at the app’s own path is damage too', async () => {
    for (const damage of [
      (p: string) => writeFileSync(p, 'SQLite'),
      (p: string) => {
        const bytes = readFileSync(p);
        bytes.fill(0, 0, 100);
        writeFileSync(p, bytes);
      },
    ]) {
      const { databasePath } = await dataWithBackups();
      damage(databasePath);
      const error = await openAppDatabase(databasePath, { log: silent }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'DB_DAMAGED', message: expect.stringContaining('bị hỏng phần đầu tệp') });
      const ask = vi.fn<AskSecretary>(async () => 1);
      expect(await recoverFromDamage(databasePath, error, ask, silent)).toBe('quit');
      expect(ask.mock.calls[0]![0].buttons).toEqual(['Khôi phục', 'Thoát']);
    }
  });

  it('the harness serves the recovery page for a zero-byte file instead of the first-run screen', async () => {
    const { databasePath } = await dataWithBackups();
    truncateSync(databasePath, 0);
    const rendererDir = join(tempDir(), 'r');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>ỨNG DỤNG</body></html>');
    let harness: Harness | undefined;
    try {
      harness = await startHarness({ databasePath, rendererDir, log: silent });
      expect(harness.recoveryOffer?.backup).not.toBeNull();
      const page = await (await fetch(`${harness.origin}/`, { headers: harness.authHeaders })).text();
      expect(page).toContain('Khôi phục từ bản sao lưu ngày');
      expect(page).not.toContain('ỨNG DỤNG');
    } finally {
      await harness?.close();
    }
  });

  it('an empty file with no backups and no backup record is a first start that never finished: it starts afresh', async () => {
    const databasePath = join(tempDir(), 'thi-dua-desk.sqlite');
    writeFileSync(databasePath, '');
    const ctx = await openAppDatabase(databasePath, { log: silent });
    opened.push(ctx);
    expect((await invoke(ctx, 'app:info', {})).setupDone).toBe(false);
  });
});

describe('a missing data file that backups say existed (issue 16, finding 2)', () => {
  it('is offered the newest backup or a new start; a new start never rotates the earlier database’s copies away', async () => {
    const day = () => new Date(2023, 3, 5, 9, 0);
    const { databasePath, identity } = await dataWithBackups(day);
    const folder = defaultBackupFolder(databasePath);
    const earlierCopies = readdirSync(folder).sort();
    expect(earlierCopies).toHaveLength(3);
    rmSync(databasePath);

    const error = await openAppDatabase(databasePath, { log: silent }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DB_MISSING' });
    expect(existsSync(databasePath)).toBe(false);
    const ask = vi.fn<AskSecretary>(async () => 1);
    expect(await recoverFromDamage(databasePath, error, ask, silent)).toBe('start-new');
    expect(ask.mock.calls[0]![0]).toMatchObject({
      message: expect.stringMatching(/^Không tìm thấy tệp dữ liệu\. Khôi phục từ bản sao lưu ngày 05\/04\/2023/),
      buttons: ['Khôi phục', 'Bắt đầu dữ liệu mới', 'Thoát'],
    });

    // The secretary starts again; within the same day the new database is backed up many times.
    const fresh = await startNewDatabase(databasePath, { log: silent, now: day });
    opened.push(fresh);
    expect(readIdentity(fresh.repos)).not.toBe(identity);
    await invoke(fresh, 'units:create', { name: 'Xã mới', kind: 'xa' });
    for (let i = 0; i < 8; i++) await createBackup(fresh, 'scheduled', { automatic: true });
    const after = readdirSync(folder).sort();
    for (const copy of earlierCopies) expect(after).toContain(copy);
    const fresher = listBackupFiles([folder], 'thi-dua-desk').filter((f) => !earlierCopies.includes(f.fileName));
    expect(fresher).toHaveLength(5);
    expect(dirname(fresher[0]!.path)).toBe(folder);
  });
});
