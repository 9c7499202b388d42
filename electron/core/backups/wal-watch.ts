import type { ChannelName } from '@shared/contract';
import { backupHealthMessages, formatDateTime } from '@shared/i18n/vi-backups';
import { isoNow, type CoreContext } from '../context';
import { readIdentity } from '../db/identity';
import { readBackupSettings, updateBackupSettings } from './backup-settings';
import { recordDataWarning } from './health';
import { changeCount } from './service';

/**
 * Commits sit in the `-wal` file beside the database until a checkpoint copies them into it. A `-wal` that is lost
 * (deleted, or left behind when the file was copied) silently takes them along, so the app checkpoints when work
 * pauses, after every import and on a timer, and notes how many changes the database held (its watermark, in the
 * backup settings file); a file that later opens with fewer is reported on Tổng quan and in Cài đặt.
 */

/** Copies the committed pages into the database file; never blocks on readers (PASSIVE), never throws. */
export function checkpointWal(ctx: CoreContext): void {
  if (!ctx.db.open) return;
  try {
    ctx.db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    ctx.log.error('WAL checkpoint failed', error);
  }
}

/** Notes the database's current change count (when it moved since the last note). */
export function recordWatermark(ctx: CoreContext): void {
  if (!ctx.db.open) return;
  const identity = readIdentity(ctx.repos);
  if (identity === null) return;
  const changes = changeCount(ctx);
  const known = readBackupSettings(ctx.databasePath).watermark;
  if (known?.identity === identity && known.changes === changes) return;
  try {
    updateBackupSettings(ctx.databasePath, (settings) => ({
      ...settings,
      watermark: { identity, changes, at: isoNow(ctx) },
    }));
  } catch (error) {
    ctx.log.error('Could not note the change count of the database', error);
  }
}

/**
 * At start-up: a database with fewer changes than noted last time (the same database, not one restored or started
 * afresh, which note their own count) lost its recent commits; the secretary is told, with what to do.
 */
export function detectLostChanges(ctx: CoreContext): void {
  const known = readBackupSettings(ctx.databasePath).watermark;
  const identity = readIdentity(ctx.repos);
  if (known !== null && identity !== null && known.identity === identity) {
    const missing = known.changes - changeCount(ctx);
    if (missing > 0) {
      recordDataWarning(ctx, backupHealthMessages.lostChanges(missing, formatDateTime(new Date(known.at))));
    }
  }
  recordWatermark(ctx);
}

/** Channels after which the WAL is checkpointed at once: each writes many rows in one go. */
const importChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'figures:applyImport',
  'awards:applyImport',
  'scores:applyImport',
  'plans:import',
  'clusters:importCriteria',
]);

/** Called by dispatch after a channel succeeded. */
export function afterChannel(ctx: CoreContext, channel: ChannelName): void {
  if (!importChannels.has(channel)) return;
  checkpointWal(ctx);
  recordWatermark(ctx);
}

export interface WalClock {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const walTickMs = 60_000;
/** Ticks after which the WAL is checkpointed even while work goes on. */
const forcedEveryTicks = 10;

/**
 * Every minute: the change count is noted when it moved; when it has not moved since the last minute (the secretary
 * paused) or every ten minutes regardless, changes not yet checkpointed are.
 */
export function startWalMaintenance(ctx: CoreContext, clock: WalClock, tickMs = walTickMs): { stop(): void } {
  let seen = ctx.db.open ? changeCount(ctx) : -1;
  let checkpointed = seen;
  let ticks = 0;
  const handle = clock.setInterval(() => {
    if (!ctx.db.open) return; // a restore has the connection closed for a moment
    ticks++;
    let now: number;
    try {
      now = changeCount(ctx);
    } catch (error) {
      ctx.log.error('WAL maintenance skipped: the database cannot be read', error);
      return;
    }
    const idle = now === seen;
    if (now !== checkpointed && (idle || ticks % forcedEveryTicks === 0)) {
      checkpointWal(ctx);
      checkpointed = now;
    }
    if (!idle) recordWatermark(ctx);
    seen = now;
  }, tickMs);
  return {
    stop() {
      clock.clearInterval(handle);
      recordWatermark(ctx);
    },
  };
}
