import { describe, expect, it, vi } from 'vitest';
import type { BackupReason } from '@shared/contract/backups';
import { startBackupScheduler, type SchedulerClock } from '@core/backups/scheduler';
import { invoke } from '@core/dispatch/dispatch';
import { createBackup } from '@core/backups/service';
import { openTestCore } from '../support/temp-core';

/** A clock whose timer only fires when the test says so. */
function manualClock() {
  const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  const clock: SchedulerClock = {
    setInterval: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearInterval: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
  };
  return { clock, timers };
}

describe('backup scheduler (injected clock)', () => {
  it('copies at start when there is data, then every 30 minutes only while changes happen, and at quit', async () => {
    const ctx = await openTestCore();
    await invoke(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    const reasons: BackupReason[] = [];
    const backup = vi.fn(async (reason: BackupReason) => {
      reasons.push(reason);
      return createBackup(ctx, reason, { automatic: true });
    });
    const { clock, timers } = manualClock();
    const scheduler = startBackupScheduler(ctx, { clock, backup });

    expect((await scheduler.started)?.reason).toBe('startup');
    // The copies every 30 minutes, and the WAL looked after every minute.
    expect(timers.map((t) => t.ms)).toEqual([30 * 60 * 1000, 60 * 1000]);

    expect(await scheduler.tick()).toBeNull(); // nothing changed since the start-up copy
    await invoke(ctx, 'units:create', { name: 'Xã B', kind: 'xa' });
    expect((await scheduler.tick())?.reason).toBe('scheduled');
    expect(await scheduler.tick()).toBeNull();

    await invoke(ctx, 'units:create', { name: 'Xã C', kind: 'xa' });
    timers[0]!.run(); // the timer firing does the same as tick()
    await vi.waitFor(() => expect(reasons).toEqual(['startup', 'scheduled', 'scheduled']));

    await invoke(ctx, 'units:create', { name: 'Xã D', kind: 'xa' });
    expect((await scheduler.stop({ finalBackup: true }))?.reason).toBe('quit');
    expect(timers[0]!.cleared).toBe(true);
    expect(await scheduler.tick()).toBeNull(); // stopped
    const listed = (await invoke(ctx, 'backups:list', {})).backups.map((b) => b.reason);
    expect(listed.sort()).toEqual(['quit', 'scheduled', 'scheduled', 'startup']);
  });

  it('takes no copy of an empty new database, and none at quit when nothing changed', async () => {
    const ctx = await openTestCore();
    const backup = vi.fn(async (reason: BackupReason) => createBackup(ctx, reason));
    const scheduler = startBackupScheduler(ctx, { clock: manualClock().clock, backup });
    expect(await scheduler.started).toBeNull();
    expect(await scheduler.tick()).toBeNull();
    expect(await scheduler.stop({ finalBackup: true })).toBeNull();
    expect(backup).not.toHaveBeenCalled();
  });

  it('a failed copy is logged, does not stop the scheduler, and is retried at the next tick', async () => {
    const errors: string[] = [];
    const ctx = await openTestCore({ log: { error: (m) => errors.push(m), info: () => undefined } });
    await invoke(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    let fail = true;
    const backup = vi.fn(async (reason: BackupReason) => {
      if (fail) throw new Error('disk full');
      return createBackup(ctx, reason);
    });
    const scheduler = startBackupScheduler(ctx, { clock: manualClock().clock, backup });
    expect(await scheduler.started).toBeNull();
    expect(errors[0]).toContain('startup');
    fail = false;
    expect((await scheduler.tick())?.reason).toBe('scheduled'); // the change is still uncopied
    await scheduler.stop();
  });
});
