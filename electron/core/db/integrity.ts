import Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { dbMessages } from '@shared/i18n/vi-errors';
import { latestSchemaVersion } from './migrations';
import { inspectDatabaseFile } from './sqlite-file';

export interface IntegrityReport {
  /** "ok", or SQLite's first problems. */
  integrity: string;
  schemaVersion: number;
  latestSchemaVersion: number;
}

/** Read-only: checking a file must never change it (not even switch its journal mode). */
export function checkDatabaseFile(path: string): IntegrityReport {
  const kind = inspectDatabaseFile(path);
  if (kind === 'missing') throw new AppError('DB_MISSING', dbMessages.missing(path));
  if (kind !== 'sqlite') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(path));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check(20)', { simple: false }) as Array<{ integrity_check: string }>;
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return { integrity, schemaVersion, latestSchemaVersion };
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    throw new AppError('DB_DAMAGED', dbMessages.damaged(code), { cause: error });
  } finally {
    db?.close();
  }
}
