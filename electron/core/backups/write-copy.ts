import type Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '@shared/errors';
import { backupMessages } from '@shared/i18n/vi-backups';
import { describeSystemError } from '../system-errors';
import { moveFile, partialPath, removeDatabaseFiles } from './file-moves';
import { checkDatabaseCopy } from './verify-copy';

/**
 * Copies the open database to `target` with SQLite's online backup API (consistent even while the app writes),
 * verifies the copy with `PRAGMA integrity_check`, and only then gives it its name. The copy is written as
 * `<target>.<pid>.partial` first, so a power cut halfway leaves a file the backup list ignores (and the next start
 * removes) rather than a truncated file that looks like a backup. A copy that fails the check is deleted and
 * reported. The folder is created only with `createFolder` (the default folder beside the database, a path typed
 * on the command line): a chosen folder that is gone (a USB stick pulled out) must fail, not reappear on the disk.
 * Returns the size of the kept file.
 */
export async function writeVerifiedCopy(
  db: Database.Database,
  target: string,
  options: { createFolder?: boolean } = {},
): Promise<number> {
  const partial = partialPath(target);
  const folder = dirname(target);
  try {
    if (options.createFolder) mkdirSync(folder, { recursive: true });
    removeDatabaseFiles(partial);
    await db.backup(partial);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw new AppError('FILE_INVALID', backupMessages.cannotWrite(folder, describeSystemError(error)), {
      cause: error,
    });
  }
  const check = checkDatabaseCopy(partial, { makeSelfContained: true });
  if (!check.ok) {
    removeDatabaseFiles(partial);
    throw new AppError('DB_DAMAGED', backupMessages.copyFailedCheck(check.problem));
  }
  try {
    await moveFile(partial, target);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw new AppError('FILE_INVALID', backupMessages.cannotWrite(folder, describeSystemError(error)), {
      cause: error,
    });
  }
  return statSync(target).size;
}
