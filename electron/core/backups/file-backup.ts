import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { backupMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import { latestSchemaVersion } from '../db/migrations';
import { inspectDatabaseFile } from '../db/sqlite-file';
import { writeVerifiedCopy } from './write-copy';

/**
 * A verified online backup of a database file that the app may have open (the CLI's `backup`). The source is
 * opened without `openDatabase` on purpose: taking a copy must not migrate it or switch its journal mode.
 * Refuses to overwrite `out`: a typo must not destroy an older backup.
 */
export async function backupDatabaseFile(source: string, out: string): Promise<{ size: number }> {
  const kind = inspectDatabaseFile(source);
  if (kind === 'missing') throw new AppError('DB_MISSING', dbMessages.missing(source));
  if (kind !== 'sqlite') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(source));
  if (existsSync(out)) throw new AppError('FILE_INVALID', backupMessages.outExists(out));
  let db: Database.Database;
  try {
    db = new Database(source, { fileMustExist: true });
  } catch (error) {
    throw new AppError('DB_NOT_SQLITE', dbMessages.cannotOpen(String((error as Error).message)), { cause: error });
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion)
      throw new AppError('DB_TOO_NEW', dbMessages.tooNew(version, latestSchemaVersion));
    return { size: await writeVerifiedCopy(db, out, { createFolder: true }) };
  } finally {
    db.close();
  }
}
