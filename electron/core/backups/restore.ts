import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupEntry, RestoreResult } from '@shared/contract/backups';
import { AppError, isAppError } from '@shared/errors';
import { backupMessages, formatDateTime } from '@shared/i18n/vi-backups';
import { schemaMessages } from '@shared/i18n/vi-schema';
import { isoNow, repositoriesOf, type CoreContext } from '../context';
import { openDatabase } from '../db/open';
import type { Repositories } from '../repositories';
import { describeSystemError } from '../system-errors';
import { defaultBackupFolder, readBackupSettings, updateBackupSettings } from './backup-settings';
import { removeDatabaseFiles } from './file-moves';
import { clearHealth } from './health';
import { putStagedInPlace, stageVerifiedCopy, type StagedCopy } from './replace-database';
import { copyInto, exclusive, foldersOf, listBackups, samePath } from './service';
import { recordWatermark } from './wal-watch';

/** Restoring a listed copy, importing a file from another PC, and undoing either: the whole database is replaced. */

/** `backups:restore`: only a copy that the list shows; a file from elsewhere goes through `importDatabase`. */
export async function restoreBackup(ctx: CoreContext, path: string): Promise<RestoreResult> {
  const entry = listBackups(ctx).find((b) => samePath(b.path, path));
  if (!entry) throw new AppError('NOT_FOUND', backupMessages.notInFolders(path));
  return exclusive(ctx, () => replaceDatabase(ctx, entry.path, 'restore'));
}

export function importDatabase(ctx: CoreContext, path: string): Promise<RestoreResult> {
  return exclusive(ctx, () => replaceDatabase(ctx, resolve(path), 'import'));
}

export function undoRestore(ctx: CoreContext): Promise<RestoreResult> {
  return exclusive(ctx, () => {
    const last = readBackupSettings(ctx.databasePath).lastRestore;
    if (!last) throw new AppError('NOT_FOUND', backupMessages.nothingToUndo);
    if (!existsSync(last.snapshotPath))
      throw new AppError('NOT_FOUND', backupMessages.undoSnapshotMissing(last.snapshotPath));
    return replaceDatabase(ctx, last.snapshotPath, 'undo');
  });
}

/**
 * Replaces the whole database with `source`:
 * 1. stage: copy the source beside the database and prove the copy usable (SQLite, not newer, intact, exactly the
 *    schema its version should have, no broken foreign key, opens and prepares like the app's own file; an older
 *    copy is migrated there). Any refusal leaves everything as it was, and says so;
 * 2. copy the current data into the default folder, verified: the undo point (local, so a missing USB stick can
 *    never make a restore impossible to undo), and record it as the undo point *before* the swap;
 * 3. close the connection, swap the files, reopen and swap `ctx.db`/`ctx.repos` in place, so every holder of `ctx`
 *    sees the new data. If the swapped file cannot be opened after all, the snapshot is put back and the message
 *    says exactly that; if even that fails, the message says the data was not put back and names the snapshot.
 * No audit row is written into the restored data: it must be exactly the backup, so that undoing gives back exactly
 * what was there. The restore is recorded in the backup settings file (for undo) and in the log.
 */
async function replaceDatabase(
  ctx: CoreContext,
  source: string,
  kind: 'restore' | 'import' | 'undo',
): Promise<RestoreResult> {
  const { fallback } = foldersOf(ctx);
  let staged: StagedCopy;
  try {
    staged = await stageVerifiedCopy(source, ctx.databasePath, { now: ctx.now });
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(error.code, `${error.message} ${schemaMessages.unchanged}`, { cause: error });
  }
  let snapshot: BackupEntry;
  try {
    snapshot = await copyInto(ctx, fallback, 'before-restore');
  } catch (error) {
    removeDatabaseFiles(staged.staged);
    const detail = isAppError(error) ? error.message : describeSystemError(error);
    throw new AppError('FILE_INVALID', backupMessages.snapshotFailed(detail), { cause: error });
  }

  const before = readBackupSettings(ctx.databasePath);
  const restoredAt = isoNow(ctx);
  try {
    updateBackupSettings(ctx.databasePath, (settings) => ({
      ...settings,
      lastRestore: { snapshotPath: snapshot.path, restoredFrom: source, restoredAt },
    }));
  } catch (error) {
    // Without the undo record the restore would be one-way: refuse it rather than lose the way back.
    removeDatabaseFiles(staged.staged);
    throw new AppError('FILE_INVALID', backupMessages.undoRecordFailed(describeSystemError(error)), { cause: error });
  }
  const takeBackUndoRecord = () => {
    try {
      updateBackupSettings(ctx.databasePath, (settings) => ({ ...settings, lastRestore: before.lastRestore }));
    } catch (error) {
      ctx.log.error('Could not take back the undo record of an abandoned restore', error);
    }
  };
  const abandon = async () => {
    removeDatabaseFiles(staged.staged);
    takeBackUndoRecord();
    adopt(ctx, await reopen(ctx));
  };

  ctx.db.close();
  if (existsSync(`${ctx.databasePath}-wal`)) {
    // Closing the last connection checkpoints and deletes the WAL; one left means another program has the file open.
    await abandon();
    throw new AppError('CONFLICT', backupMessages.busyElsewhere);
  }
  try {
    await putStagedInPlace(staged.staged, ctx.databasePath);
  } catch (error) {
    // The rename failed (a file lock that outlasted the retries): the old file is still in place, untouched.
    await abandon();
    throw new AppError('FILE_INVALID', backupMessages.replaceFailed(describeSystemError(error)), { cause: error });
  }
  let opened: ReopenedCore;
  try {
    opened = await reopen(ctx);
  } catch (error) {
    ctx.log.error(`Restored file ${source} could not be opened; putting back ${snapshot.path}`, error);
    const detail = isAppError(error) ? error.message : describeSystemError(error);
    try {
      const back = await stageVerifiedCopy(snapshot.path, ctx.databasePath, { now: ctx.now });
      await putStagedInPlace(back.staged, ctx.databasePath);
      adopt(ctx, await reopen(ctx));
      takeBackUndoRecord();
    } catch (putBackError) {
      ctx.log.error(`Putting back ${snapshot.path} failed as well`, putBackError);
      throw new AppError('DB_DAMAGED', backupMessages.putBackFailed(detail, snapshot.path), { cause: putBackError });
    }
    throw new AppError('DB_DAMAGED', backupMessages.reopenFailed(detail), { cause: error });
  }
  adopt(ctx, opened);
  // The data is another now: earlier backup problems and the change count no longer describe it.
  clearHealth(ctx, 'all');
  recordWatermark(ctx);

  ctx.log.info(`Database replaced (${kind}) from ${source}; previous data kept in ${snapshot.path}`);
  const when = formatDateTime(new Date(restoredAt));
  const sourceEntry = listBackups(ctx).find((b) => samePath(b.path, source));
  return {
    restoredFrom: source,
    snapshot: { ...snapshot, protected: true },
    schemaVersion: opened.schemaVersion,
    upgradedFrom: staged.schemaVersion < opened.schemaVersion ? staged.schemaVersion : null,
    message:
      kind === 'import'
        ? backupMessages.imported(source, snapshot.path)
        : backupMessages.restored(sourceEntry?.takenAtText ?? when, snapshot.path),
  };
}

interface ReopenedCore {
  db: Database.Database;
  repos: Repositories;
  schemaVersion: number;
}

/** The swapped-in file through the same path as at start-up: open, checks, repositories. */
async function reopen(ctx: CoreContext): Promise<ReopenedCore> {
  const opened = await openDatabase(ctx.databasePath, {
    backupDir: defaultBackupFolder(ctx.databasePath),
    now: ctx.now,
  });
  return { db: opened.db, repos: repositoriesOf(opened.db), schemaVersion: opened.schemaVersion };
}

/** Every handler reads `ctx.db`/`ctx.repos` at call time, so swapping them in place switches the whole app over. */
function adopt(ctx: CoreContext, opened: ReopenedCore): void {
  ctx.db = opened.db;
  ctx.repos = opened.repos;
  ctx.schemaVersion = opened.schemaVersion;
}
