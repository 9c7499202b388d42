import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { backupMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import { inspectDatabaseFile } from '../db/sqlite-file';
import { moveFile, removeDatabaseFiles } from './file-moves';
import { describe } from './write-copy';
import { assertGoodCopy } from './verify-copy';

export interface StagedCopy {
  staged: string;
  schemaVersion: number;
}

/**
 * Copies a backup (or a file from another PC) beside the database and verifies the copy, never the original: the
 * secretary's file on a USB stick is only read. A file that is not SQLite is refused before anything is copied; a
 * newer, damaged or foreign database is refused after the check, and its copy removed.
 * A `-wal` file next to the source (a database copied while the app was running) is copied too, so its last
 * commits are not lost.
 */
export function stageVerifiedCopy(source: string, databasePath: string): StagedCopy {
  const kind = inspectDatabaseFile(source);
  if (kind === 'missing') throw new AppError('DB_MISSING', backupMessages.sourceMissing(source));
  if (kind !== 'sqlite') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(source));
  const staged = `${databasePath}.restore.partial`;
  removeDatabaseFiles(staged);
  try {
    copyFileSync(source, staged);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${staged}-wal`);
  } catch (error) {
    removeDatabaseFiles(staged);
    throw new AppError('FILE_INVALID', backupMessages.sourceDamaged(source, describe(error)), { cause: error });
  }
  try {
    return { staged, schemaVersion: assertGoodCopy(staged, { makeSelfContained: true }) };
  } catch (error) {
    removeDatabaseFiles(staged);
    throw error;
  }
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
