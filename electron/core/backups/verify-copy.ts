import Database from 'better-sqlite3';
import { AppError, type ErrorCode } from '@shared/errors';
import { backupMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import { describeForeignKeyViolations, describeSchemaDifferences, schemaMessages } from '@shared/i18n/vi-schema';
import { latestSchemaVersion } from '../db/migrations';
import { foreignKeyViolations, schemaDifferences } from '../db/schema-check';
import { inspectDatabaseFile } from '../db/sqlite-file';

export type CopyCheck =
  | { ok: true; schemaVersion: number }
  | {
      ok: false;
      code: Extract<ErrorCode, 'DB_MISSING' | 'DB_NOT_SQLITE' | 'DB_TOO_NEW' | 'DB_DAMAGED'>;
      problem: string;
    };

export interface VerifyOptions {
  /**
   * Switch the copy to a rollback journal, so it is one self-contained file (a WAL-mode file leaves `-wal` and
   * `-shm` files beside it whenever it is opened). Only for copies the app owns: never for the secretary's files.
   */
  makeSelfContained?: boolean;
  /**
   * A copy about to become the database (restore, import, start-up recovery): no row may break a foreign key either.
   * Not asked of each automatic backup, which copies the data as it is.
   */
  restorable?: boolean;
  /** The name messages give the file: the secretary's original, not the staged copy being checked. */
  shownAs?: string;
}

/**
 * Checks a copy of the database the way a restore needs it: a SQLite file, written by this version or an older one,
 * `PRAGMA integrity_check` = ok (the full check, not quick_check: a backup is only worth keeping if every page
 * reads), a Thi Đua Desk database rather than some other program's SQLite file, and exactly the schema the
 * migrations make at its version (no trigger, view, table or index they did not create, none missing). Reading
 * the schema runs no view and no trigger.
 * Opens the file read-write because a read-only connection to a WAL-mode file leaves `-wal`/`-shm` files behind.
 */
export function checkDatabaseCopy(file: string, options: VerifyOptions = {}): CopyCheck {
  const path = options.shownAs ?? file;
  const kind = inspectDatabaseFile(file);
  if (kind === 'missing') return { ok: false, code: 'DB_MISSING', problem: backupMessages.sourceMissing(path) };
  if (kind !== 'sqlite') return { ok: false, code: 'DB_NOT_SQLITE', problem: dbMessages.notSqlite(path) };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > latestSchemaVersion) {
      return {
        ok: false,
        code: 'DB_TOO_NEW',
        problem: backupMessages.sourceTooNew(path, schemaVersion, latestSchemaVersion),
      };
    }
    const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>;
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    if (integrity !== 'ok') {
      return { ok: false, code: 'DB_DAMAGED', problem: backupMessages.sourceDamaged(path, integrity.slice(0, 300)) };
    }
    const hasAuditLog = (db.pragma(`table_info('audit_log')`) as unknown[]).length > 0;
    if (schemaVersion < 1 || !hasAuditLog) {
      return { ok: false, code: 'DB_NOT_SQLITE', problem: backupMessages.notOurs(path) };
    }
    const differences = schemaDifferences(db, schemaVersion);
    if (differences === null) {
      return { ok: false, code: 'DB_NOT_SQLITE', problem: schemaMessages.copyUnknownVersion(path, schemaVersion) };
    }
    if (differences.length > 0) {
      const described = describeSchemaDifferences(differences);
      return { ok: false, code: 'DB_NOT_SQLITE', problem: schemaMessages.copyForeign(path, schemaVersion, described) };
    }
    if (options.restorable) {
      const violations = foreignKeyViolations(db);
      if (violations.size > 0) {
        const described = describeForeignKeyViolations(violations);
        return { ok: false, code: 'DB_NOT_SQLITE', problem: schemaMessages.copyForeignKeys(path, described) };
      }
    }
    if (options.makeSelfContained) db.pragma('journal_mode = DELETE');
    return { ok: true, schemaVersion };
  } catch (error) {
    const code = (error as { code?: string }).code ?? String(error);
    if (code === 'SQLITE_NOTADB') return { ok: false, code: 'DB_NOT_SQLITE', problem: dbMessages.notSqlite(path) };
    return { ok: false, code: 'DB_DAMAGED', problem: backupMessages.sourceDamaged(path, code) };
  } finally {
    db?.close();
  }
}

/** Like {@link checkDatabaseCopy}, throwing the AppError a restore reports. */
export function assertGoodCopy(path: string, options: VerifyOptions = {}): number {
  const check = checkDatabaseCopy(path, options);
  if (!check.ok) throw new AppError(check.code, check.problem);
  return check.schemaVersion;
}
