import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupOverview } from '@shared/contract/backups';
import { AppError } from '@shared/errors';
import { backupHealthMessages, backupMessages } from '@shared/i18n/vi-backups';
import { isoNow, type CoreContext } from '../context';
import { describeSystemError } from '../system-errors';
import { parseBackupFileName } from './names';
import { defaultBackupFolder, readBackupSettings, updateBackupSettings } from './backup-settings';
import { clearHealth } from './health';
import { backupOverview, samePath } from './service';

/**
 * The folder the secretary chose for backups (a USB stick, a share) is never created, only checked: it must be there
 * and carry this marker, written when it was chosen. A stick that was pulled out then fails instead of reappearing as
 * an empty folder on the local disk, and another stick that got the same drive letter is not taken for it.
 */
export const markerFileName = '.thi-dua-desk-sao-luu.txt';

function writeMarker(folder: string): void {
  const probe = join(folder, `.thi-dua-desk-kiem-tra-${process.pid}`);
  try {
    // Writing and removing a file proves the folder can be written now (a write-protected stick, a share without
    // permission), not only at the first automatic copy.
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
    writeFileSync(join(folder, markerFileName), backupHealthMessages.markerText, 'utf8');
  } catch (error) {
    throw new AppError('FILE_INVALID', backupMessages.folderNotUsable(folder, describeSystemError(error)), {
      cause: error,
    });
  }
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Before a copy goes into a chosen folder: it exists and is the folder that was chosen. A folder chosen before
 * markers existed is recognised by the copies of this database already in it, and gets its marker now.
 */
export function assertChosenFolder(folder: string, base: string): void {
  if (!isFolder(folder)) throw new AppError('FILE_INVALID', backupHealthMessages.folderGone(folder));
  if (existsSync(join(folder, markerFileName))) return;
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    // Unreadable: treated as not the chosen folder below.
  }
  if (!names.some((name) => parseBackupFileName(base, name) !== null)) {
    throw new AppError('FILE_INVALID', backupHealthMessages.notChosenFolder(folder));
  }
  writeMarker(folder);
}

/** `backups:setFolder`: a folder picked in the app's dialog (it exists), checked by writing its marker; null: default. */
export function setBackupFolder(ctx: CoreContext, folder: string | null): BackupOverview {
  const settings = readBackupSettings(ctx.databasePath);
  const chosen = folder === null ? null : resolve(folder);
  // Choosing the default folder by its path is the same as choosing the default.
  const next = chosen !== null && samePath(chosen, defaultBackupFolder(ctx.databasePath)) ? null : chosen;
  if (next !== null) {
    if (!isFolder(next)) throw new AppError('FILE_INVALID', backupHealthMessages.folderGone(next));
    writeMarker(next);
  }
  updateBackupSettings(ctx.databasePath, (current) => ({ ...current, folder: next }));
  const at = isoNow(ctx);
  ctx.db.transaction(() =>
    ctx.repos.audit.record({
      at,
      actor: ctx.actor,
      entity: 'setting',
      entityId: 'backup.folder',
      action: 'update',
      before: { folder: settings.folder },
      after: { folder: next },
    }),
  )();
  // The problems of the folder that was replaced no longer apply.
  clearHealth(ctx, 'copies');
  return backupOverview(ctx);
}
