import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, isAppError } from '@shared/errors';
import { dbMessages } from '@shared/i18n/vi-errors';
import { applyMigrations, pendingMigrations, schemaVersionOf } from './migrate';
import { inspectDatabaseFile } from './sqlite-file';
import type { Migration } from './migrations/types';

export interface OpenOptions {
  /** Create the file when it does not exist (the app and `init`); other CLI commands refuse a missing file. */
  create?: boolean;
  /** Where the copy taken before a migration goes; beside the database by default. */
  backupDir?: string;
  now?: () => Date;
  /** Tests replay a prefix of the steps, or add a step, to check upgrades; the app always uses all of them. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  /** The copy taken before migrating, if one was needed. */
  preMigrationBackup: string | null;
}

/**
 * Opens (or creates) the database the way every entry point must: refuse foreign files before SQLite
 * touches them, refuse files from a newer build, check integrity, back up, then migrate in one transaction.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const kind = inspectDatabaseFile(path);
  if (kind === 'not-sqlite') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(path));
  if (kind === 'missing' && !options.create) throw new AppError('DB_MISSING', dbMessages.missing(path));
  if (kind === 'missing') mkdirSync(dirname(path), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw new AppError('DB_NOT_SQLITE', dbMessages.cannotOpen(String((error as Error).message)), { cause: error });
  }
  try {
    // Version first, before any pragma that writes: a file from a newer build must stay byte-identical.
    const steps = options.migrations;
    const pending = steps ? pendingMigrations(db, steps, steps[steps.length - 1]?.version ?? 0) : pendingMigrations(db);
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new AppError('DB_DAMAGED', dbMessages.damaged(String(quick)));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // office PCs lose power; a committed figure must survive it
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    let preMigrationBackup: string | null = null;
    if (pending.length > 0 && schemaVersionOf(db) > 0) {
      preMigrationBackup = await backupBeforeMigration(db, path, options);
    }
    applyMigrations(db, pending);
    return { db, schemaVersion: schemaVersionOf(db), preMigrationBackup };
  } catch (error) {
    db.close();
    if (isAppError(error)) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(path), { cause: error });
    if (code.startsWith('SQLITE_CORRUPT')) {
      throw new AppError('DB_DAMAGED', dbMessages.damaged(code), { cause: error });
    }
    throw error;
  }
}

async function backupBeforeMigration(db: Database.Database, path: string, options: OpenOptions): Promise<string> {
  const dir = options.backupDir ?? join(dirname(path), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const target = join(dir, `${basename(path).replace(/\.sqlite$/i, '')}.v${schemaVersionOf(db)}.${stamp}.sqlite`);
  await db.backup(target);
  return target;
}
