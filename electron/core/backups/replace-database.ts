import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { AppError, isAppError } from '@shared/errors';
import { backupMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import { schemaMessages } from '@shared/i18n/vi-schema';
import { repositoriesOf } from '../context';
import { openDatabase } from '../db/open';
import { inspectDatabaseFile } from '../db/sqlite-file';
import { defaultBackupFolder } from './backup-settings';
import { moveFile, partialPath, removeDatabaseFiles } from './file-moves';
import { databaseBaseName } from './names';
import { describeSystemError } from '../system-errors';
import { assertGoodCopy } from './verify-copy';

export interface StagedCopy {
  staged: string;
  /** The schema version of the source, before the staged copy was brought up to date. */
  schemaVersion: number;
  /** The copy of the source taken before migrating the staged copy, when it was older. */
  preMigrationBackup: string | null;
}

/**
 * Copies a backup (or a file from another PC) beside the database and proves the copy usable before anything is
 * swapped; the secretary's file on a USB stick is only read. The copy must:
 * 1. be SQLite (checked before copying), not newer, pass `integrity_check`, have exactly the schema the migrations
 *    make at its version (no foreign trigger, view, table or index, none missing) and no row breaking a foreign key;
 * 2. open through `openDatabase` like the app's own file (an older copy is migrated here, after a verified copy of
 *    it is kept) and have every repository statement prepare.
 * Any failure removes the copy and throws, with the current data untouched. A `-wal` next to the source (a database
 * copied while its app was running) is copied too, so its last commits are not lost.
 */
export async function stageVerifiedCopy(
  source: string,
  databasePath: string,
  options: { now?: () => Date } = {},
): Promise<StagedCopy> {
  const kind = inspectDatabaseFile(source);
  if (kind === 'missing') throw new AppError('DB_MISSING', backupMessages.sourceMissing(source));
  if (kind !== 'sqlite') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(source));
  const staged = partialPath(`${databasePath}.restore`);
  removeDatabaseFiles(staged);
  try {
    copyFileSync(source, staged);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${staged}-wal`);
  } catch (error) {
    removeDatabaseFiles(staged);
    throw new AppError('FILE_INVALID', backupMessages.sourceDamaged(source, describeSystemError(error)), {
      cause: error,
    });
  }
  try {
    const schemaVersion = assertGoodCopy(staged, { makeSelfContained: true, restorable: true, shownAs: source });
    const opened = await openDatabase(staged, {
      backupDir: defaultBackupFolder(databasePath),
      copyBaseName: databaseBaseName(databasePath),
      ...(options.now ? { now: options.now } : {}),
    }).catch((error: unknown) => {
      throw new AppError('DB_NOT_SQLITE', refusal(source, error), { cause: error });
    });
    try {
      repositoriesOf(opened.db);
    } catch (error) {
      throw new AppError('DB_NOT_SQLITE', refusal(source, error), { cause: error });
    } finally {
      if (opened.db.open) opened.db.close();
    }
    return { staged, schemaVersion, preMigrationBackup: opened.preMigrationBackup };
  } catch (error) {
    removeDatabaseFiles(staged);
    throw error;
  }
}

function refusal(source: string, error: unknown): string {
  const detail = isAppError(error) ? error.message : describeSystemError(error);
  return schemaMessages.copyUnusable(source, detail);
}

/**
 * Puts a staged copy in the place of the database file, which must be closed. With `keepOldAs` the old file and
 * its `-wal` (which may hold its last commits) are first copied there: a damaged database is kept for a
 * technician. The database path always holds a file: the staged copy replaces the old one with one atomic rename,
 * so a power cut can never leave the app to start on an empty database. Stale `-wal`/`-journal`/`-shm` files are
 * removed just before, because SQLite would replay them into the new file.
 */
export async function putStagedInPlace(staged: string, databasePath: string, keepOldAs?: string): Promise<void> {
  if (keepOldAs !== undefined) {
    for (const suffix of ['', '-wal', '-journal']) {
      if (existsSync(`${databasePath}${suffix}`)) copyFileSync(`${databasePath}${suffix}`, `${keepOldAs}${suffix}`);
    }
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${databasePath}${suffix}`, { force: true });
  await moveFile(staged, databasePath);
}
