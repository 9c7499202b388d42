import type { BackupHealth } from '@shared/contract/backups';
import { backupHealthMessages as m, formatDateTime } from '@shared/i18n/vi-backups';
import { isoNow, type CoreContext } from '../context';
import {
  emptyHealth,
  keptProblems,
  readBackupSettings,
  updateBackupSettings,
  type BackupHealthRecord,
} from './backup-settings';

/**
 * Backup health that cannot lie: every automatic copy's outcome is recorded in the backup settings file (so a
 * folder that has failed for days is still reported after a restart), and the overview escalates from a warning to
 * an error after repeated failures. Recording never throws: a disk too full to write the record is logged, and the
 * failure still shows for this session.
 */

/** Failures in a row after which a warning becomes an error. */
export const escalateAfter = 3;

const sessionHealth = new WeakMap<CoreContext, BackupHealthRecord>();

function record(ctx: CoreContext, change: (health: BackupHealthRecord) => BackupHealthRecord): void {
  const next = change(currentHealth(ctx));
  sessionHealth.set(ctx, next);
  try {
    updateBackupSettings(ctx.databasePath, (settings) => ({ ...settings, health: next }));
  } catch (error) {
    ctx.log.error('Could not record the health of automatic backups', error);
  }
}

/** The record as this session knows it: what it recorded itself, else what the file says. */
function currentHealth(ctx: CoreContext): BackupHealthRecord {
  return sessionHealth.get(ctx) ?? readBackupSettings(ctx.databasePath).health;
}

const withProblem = (health: BackupHealthRecord, at: string, message: string) => [
  { at, message },
  ...health.problems.slice(0, keptProblems - 1),
];

/** An automatic copy was written where it was meant to go. */
export function recordCopied(ctx: CoreContext): void {
  record(ctx, (health) => ({ ...health, lastSuccessAt: isoNow(ctx), consecutiveFailures: 0, fellBack: false }));
}

/** An automatic copy could not go to the chosen folder and went to the default folder instead. */
export function recordFellBack(ctx: CoreContext, message: string): void {
  const at = isoNow(ctx);
  ctx.log.error(message);
  record(ctx, (health) => ({
    ...health,
    lastSuccessAt: at,
    consecutiveFailures: 0,
    fellBack: true,
    problems: withProblem(health, at, message),
  }));
}

/** An automatic copy could not be written anywhere. */
export function recordFailed(ctx: CoreContext, message: string): void {
  const at = isoNow(ctx);
  ctx.log.error(`Automatic backup failed: ${message}`);
  record(ctx, (health) => ({
    ...health,
    consecutiveFailures: health.consecutiveFailures + 1,
    problems: withProblem(health, at, message),
  }));
}

/** The data file itself lost recent changes (found at start-up); shown until a restore or a new folder clears it. */
export function recordDataWarning(ctx: CoreContext, message: string): void {
  ctx.log.error(message);
  record(ctx, (health) => ({ ...health, dataWarning: { at: isoNow(ctx), message } }));
}

/**
 * After a newly chosen folder the earlier copy problems no longer describe the present ('copies'); after a restore
 * or an import the data itself is another, so neither does a warning about it ('all').
 */
export function clearHealth(ctx: CoreContext, scope: 'copies' | 'all'): void {
  record(ctx, (health) => ({
    ...emptyHealth,
    lastSuccessAt: health.lastSuccessAt,
    dataWarning: scope === 'all' ? null : health.dataWarning,
  }));
}

/** What Tổng quan and Cài đặt show. */
export function backupHealth(ctx: CoreContext): BackupHealth {
  const health = currentHealth(ctx);
  const lastSuccessText = health.lastSuccessAt === null ? null : formatDateTime(new Date(health.lastSuccessAt));
  const problems = health.problems.map((p) => ({ ...p, atText: formatDateTime(new Date(p.at)) }));
  const base = { consecutiveFailures: health.consecutiveFailures, lastSuccessText, problems };
  const newest = problems[0];
  if (health.dataWarning !== null) {
    return { ...base, level: 'error', title: m.dataTitle, detail: health.dataWarning.message };
  }
  if (health.consecutiveFailures >= escalateAfter && newest) {
    const detail = [newest.message, m.lastGood(lastSuccessText), m.whatToDo].join(' ');
    return { ...base, level: 'error', title: m.errorTitle(health.consecutiveFailures), detail };
  }
  if (health.consecutiveFailures > 0 && newest) {
    const detail = [newest.message, m.lastGood(lastSuccessText), m.retry].join(' ');
    return { ...base, level: 'warning', title: m.warningTitle(newest.atText), detail };
  }
  if (health.fellBack && newest) return { ...base, level: 'warning', title: m.fellBackTitle, detail: newest.message };
  return { ...base, level: 'ok', title: null, detail: null };
}
