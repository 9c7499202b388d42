import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '@core/backups/startup-recovery';
import { startWalMaintenance, type WalClock } from '@core/backups/wal-watch';
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

describe('lost commits and the WAL (issue 16, finding 8: a lost -wal)', () => {
  it('a copy of the data file without its -wal opens with the recent changes missing, and says so', async () => {
    const databasePath = join(tempDir(), 'thi-dua-desk.sqlite');
    const ctx = await openApp(databasePath);
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const name of ['Xã Một', 'Xã Hai', 'Xã Ba']) await invoke(ctx, 'units:create', { name, kind: 'xa' });
    const sessions = startWalMaintenance(ctx, { setInterval: () => 0, clearInterval: () => undefined });
    sessions.stop(); // the app notes the change count when it quits (and every minute while work goes on)

    // The data file carried to another folder without the "-wal" beside it (the three units are only there).
    const carried = join(tempDir(), 'thi-dua-desk.sqlite');
    copyFileSync(databasePath, carried);
    copyFileSync(`${databasePath}.backup.json`, `${carried}.backup.json`);
    const moved = await openApp(carried);
    expect(await invoke(moved, 'units:list', {})).not.toContainEqual(expect.objectContaining({ name: 'Xã Ba' }));
    const health = (await invoke(moved, 'backups:list', {})).health;
    expect(health).toMatchObject({ level: 'error', title: 'Tệp dữ liệu có thể đã mất các thay đổi gần nhất' });
    expect(health.detail).toContain('có ít hơn 3 thay đổi');

    // The untouched original has them all and raises nothing.
    ctx.db.close();
    const original = await openApp(databasePath);
    expect((await invoke(original, 'backups:list', {})).health.level).toBe('ok');
  });

  it('checkpoints the WAL once work pauses, so the data file alone holds every commit', async () => {
    const databasePath = join(tempDir(), 'thi-dua-desk.sqlite');
    const ctx = await openApp(databasePath);
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const ticks: Array<() => void> = [];
    const clock: WalClock = { setInterval: (run) => ticks.push(run), clearInterval: () => undefined };
    const wal = startWalMaintenance(ctx, clock, 1000);
    const unitsIn = (path: string) => {
      const copy = join(tempDir(), 'copy.sqlite');
      copyFileSync(path, copy); // the main file only, as a sync tool or a careless copy takes it
      const db = new Database(copy, { readonly: true });
      try {
        return (db.prepare("SELECT name FROM units WHERE name = 'Xã Tạm Dừng'").all() as unknown[]).length;
      } finally {
        db.close();
      }
    };

    await invoke(ctx, 'units:create', { name: 'Xã Tạm Dừng', kind: 'xa' });
    expect(unitsIn(databasePath)).toBe(0); // committed, but only in the -wal
    ticks[0]!(); // work went on during this minute: no checkpoint yet
    expect(unitsIn(databasePath)).toBe(0);
    ticks[0]!(); // a minute without changes: checkpointed
    expect(unitsIn(databasePath)).toBe(1);
    wal.stop();
  });
});
