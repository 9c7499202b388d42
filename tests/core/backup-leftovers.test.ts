import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBackupFolder } from '@core/backups/backup-settings';
import { createBackup } from '@core/backups/service';
import { openAppDatabase } from '@core/backups/startup-recovery';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { tempDir } from '../support/temp-core';

const silent = { error: () => undefined, info: () => undefined };
const opened: CoreContext[] = [];
afterEach(() => {
  for (const ctx of opened.splice(0)) if (ctx.db.open) ctx.db.close();
});

async function openApp(databasePath: string): Promise<CoreContext> {
  const ctx = await openAppDatabase(databasePath, { log: silent, now: () => new Date(2023, 3, 5, 9, 0) });
  opened.push(ctx);
  return ctx;
}

const automatic = (ctx: CoreContext) => createBackup(ctx, 'scheduled', { automatic: true });

describe('leftovers of interrupted copies (issue 16, finding 8)', () => {
  it('removes what interrupted copies left (.partial and their side files) whose writer is gone, and nothing else', async () => {
    const databasePath = join(tempDir(), 'thi-dua-desk.sqlite');
    const ctx = await openApp(databasePath);
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    await automatic(ctx);
    ctx.db.close();

    const folder = defaultBackupFolder(databasePath);
    const beside = dirname(databasePath);
    // 4194305 is above Linux's largest process id: no process can have it.
    const stale = [
      join(folder, 'thi-dua-desk.20230405-0900.scheduled.sqlite.4194305.partial'),
      join(folder, 'thi-dua-desk.20230405-0900.scheduled.sqlite.4194305.partial-wal'),
      join(folder, 'thi-dua-desk.20230405-0930.scheduled.sqlite.partial'), // named before process ids were
      join(beside, 'thi-dua-desk.sqlite.restore.4194305.partial'),
      join(beside, 'thi-dua-desk.sqlite.backup.json.4194305.partial'),
    ];
    const kept = [
      join(folder, `thi-dua-desk.20230405-1000.scheduled.sqlite.${process.pid}.partial`), // a writer still at work
      join(folder, 'bao-cao.docx.4194305.partial'), // not this database's
      join(beside, 'ghi-chu.txt'),
    ];
    for (const path of [...stale, ...kept]) writeFileSync(path, 'half a file');
    const copies = readdirSync(folder).filter((name) => name.endsWith('.sqlite'));

    await openApp(databasePath);
    expect(stale.filter((path) => existsSync(path))).toEqual([]);
    expect(kept.filter((path) => !existsSync(path))).toEqual([]);
    expect(readdirSync(folder).filter((name) => name.endsWith('.sqlite'))).toEqual(copies);
  });
});
