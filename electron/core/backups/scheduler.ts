import type { BackupEntry, BackupReason } from '@shared/contract/backups';
import type { CoreContext } from '../context';
import { changeCount, createBackup } from './service';
import { startWalMaintenance } from './wal-watch';

/** Timers behind an interface, so tests drive the scheduler without waiting 30 minutes. */
export interface SchedulerClock {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  setInterval: (run, ms) => {
    const handle = setInterval(run, ms);
    // A pending backup timer must not keep a CLI or the harness process alive.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export const backupIntervalMs = 30 * 60 * 1000;

export interface SchedulerOptions {
  clock?: SchedulerClock;
  intervalMs?: number;
  /** Tests count calls; the app writes verified, rotated copies through the backup service. */
  backup?: (reason: BackupReason) => Promise<BackupEntry>;
  /** How often the WAL is looked after (checkpoint when work pauses, change count noted); a minute in the app. */
  walTickMs?: number;
}

export interface BackupScheduler {
  /** The start-up copy (null when the database holds nothing yet or the copy failed; failures are logged). */
  readonly started: Promise<BackupEntry | null>;
  /** What the timer runs: a copy if anything changed since the last one. */
  tick(): Promise<BackupEntry | null>;
  /** Stops the timer; with `finalBackup` takes the quit copy if anything changed since the last one. */
  stop(options?: { finalBackup?: boolean }): Promise<BackupEntry | null>;
}

/**
 * Automatic backups for an open database: one at start, then every `intervalMs` while changes happen (the newest
 * audit id moved since the last copy), and one at quit. A failed copy is logged and retried at the next tick;
 * it never stops the app. The Electron main process starts it once the database is open.
 */
export function startBackupScheduler(ctx: CoreContext, options: SchedulerOptions = {}): BackupScheduler {
  const clock = options.clock ?? systemClock;
  const backup = options.backup ?? ((reason: BackupReason) => createBackup(ctx, reason, { automatic: true }));
  let copiedAt = -1; // the change count the last successful copy holds
  let running: Promise<BackupEntry | null> = Promise.resolve(null);
  let stopped = false;

  const copyIfChanged = (reason: BackupReason, force: boolean): Promise<BackupEntry | null> => {
    running = running.then(async () => {
      // A restore has the connection closed for a moment; the next tick catches up.
      if (!ctx.db.open) return null;
      let count: number;
      try {
        count = changeCount(ctx);
      } catch (error) {
        ctx.log.error('Automatic backup skipped: the database cannot be read', error);
        return null;
      }
      if (!force && count === copiedAt) return null;
      try {
        const entry = await backup(reason);
        // Changes made while the copy ran are caught by the next tick: the count is compared again then.
        copiedAt = count;
        return entry;
      } catch (error) {
        ctx.log.error(`Automatic backup (${reason}) failed`, error);
        return null;
      }
    });
    return running;
  };

  // An empty new database has nothing to protect; any existing data gets a copy as the app starts.
  const initial = changeCount(ctx);
  if (initial === 0) copiedAt = 0;
  const started = initial > 0 ? copyIfChanged('startup', true) : Promise.resolve(null);
  const handle = clock.setInterval(
    () => void copyIfChanged('scheduled', false),
    options.intervalMs ?? backupIntervalMs,
  );
  const wal = startWalMaintenance(ctx, clock, options.walTickMs);

  return {
    started,
    tick: () => (stopped ? Promise.resolve(null) : copyIfChanged('scheduled', false)),
    async stop(stopOptions = {}) {
      if (stopped) return null;
      stopped = true;
      clock.clearInterval(handle);
      await running;
      const final = stopOptions.finalBackup ? await copyIfChanged('quit', false) : null;
      wal.stop();
      return final;
    },
  };
}
