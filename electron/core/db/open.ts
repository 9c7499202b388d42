import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, isAppError } from '@shared/errors';
import { dbMessages } from '@shared/i18n/vi-errors';
import { describeSchemaDifferences, schemaMessages } from '@shared/i18n/vi-schema';
import { freePath } from '../backups/file-moves';
import { writeVerifiedCopy } from '../backups/write-copy';
import { useImmediateTransactions } from './immediate-transactions';
import { pendingMigrations, schemaVersionOf } from './migrate';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';
import { schemaDifferences } from './schema-check';
import { appErrorFromSystem } from '../system-errors';
import { inspectDatabaseFile } from './sqlite-file';

export interface OpenOptions {
  /** Create the file when it does not exist (the app and `init`); other CLI commands refuse a missing file. */
  create?: boolean;
  /**
   * The path is the app's own data file (the desktop app, the browser harness): a file there that is not SQLite (a
   * zeroed header, a few stray bytes) is damage to be recovered from a backup, not some stranger's file.
   */
  ownDataFile?: boolean;
  /** Where the copy taken before a migration goes; beside the database by default. */
  backupDir?: string;
  /** The name that copy starts with; the file's own name by default (a staged restore names it after the database). */
  copyBaseName?: string;
  now?: () => Date;
  /** Tests replay a prefix of the steps, or add a step, to check upgrades; the app always uses all of them. */
  migrations?: readonly Migration[];
  /** How long a write waits for another connection's write to finish; 5 s unless a test wants it shorter. */
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  /** The copy taken before migrating, if one was needed. */
  preMigrationBackup: string | null;
}

/**
 * Opens (or creates) the database the way every entry point must: refuse foreign files before SQLite touches them,
 * refuse files from a newer build, check integrity, check that the schema is exactly the one the migrations make at
 * its version, then (holding the write lock) back up and migrate in one transaction.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const kind = inspectDatabaseFile(path);
  // A file of zero bytes is what a power cut during a replace, a sync tool or a full disk leaves: never "a new
  // database", whatever the caller asked (the start-up code decides whether there was ever data here).
  if (kind === 'empty') throw new AppError('DB_DAMAGED', dbMessages.emptyFile(path));
  if (kind === 'not-sqlite') {
    if (options.ownDataFile) throw new AppError('DB_DAMAGED', dbMessages.headerless(path));
    throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(path));
  }
  if (kind === 'missing' && !options.create) throw new AppError('DB_MISSING', dbMessages.missing(path));
  if (kind === 'missing') mkdirSync(dirname(path), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw (
      appErrorFromSystem(error) ??
      new AppError('DB_NOT_SQLITE', dbMessages.cannotOpen(String((error as Error).message)), { cause: error })
    );
  }
  const steps = options.migrations ?? allMigrations;
  const latest = steps[steps.length - 1]?.version ?? 0;
  try {
    // Before anything that writes: a file from a newer build must stay byte-identical. The busy timeout first, so
    // reading the version waits for another process that is migrating this file right now.
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    const versionBefore = schemaVersionOf(db);
    pendingMigrations(db, steps, latest);
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw new AppError('DB_DAMAGED', dbMessages.damaged(String(quick)));
    // A trigger or view the migrations never made must not run, not even during a migration.
    if (versionBefore > 0) assertOwnSchema(db, versionBefore, steps);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // office PCs lose power; a committed figure must survive it
    db.pragma('foreign_keys = ON');
    useImmediateTransactions(db);

    const preMigrationBackup = await migrate(db, path, steps, latest, options);
    const schemaVersion = schemaVersionOf(db);
    assertOwnSchema(db, schemaVersion, steps);
    return { db, schemaVersion, preMigrationBackup };
  } catch (error) {
    db.close();
    if (isAppError(error)) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') {
      if (options.ownDataFile) throw new AppError('DB_DAMAGED', dbMessages.headerless(path), { cause: error });
      throw new AppError('DB_NOT_SQLITE', dbMessages.notSqlite(path), { cause: error });
    }
    if (code.startsWith('SQLITE_CORRUPT')) {
      throw new AppError('DB_DAMAGED', dbMessages.damaged(code), { cause: error });
    }
    // A read-only file, a full disk, no permission: said as such, never as damage and never as a bug.
    throw appErrorFromSystem(error) ?? error;
  }
}

/** The schema of the file is the one the migrations make at `version`; otherwise the file is treated as damaged. */
function assertOwnSchema(db: Database.Database, version: number, steps: readonly Migration[]): void {
  const differences = schemaDifferences(db, version, steps);
  if (differences === null) throw new AppError('DB_DAMAGED', schemaMessages.ownUnknownVersion(version));
  if (differences.length > 0) {
    throw new AppError('DB_DAMAGED', schemaMessages.ownChanged(describeSchemaDifferences(differences)));
  }
}

/**
 * Pending steps under `BEGIN IMMEDIATE`, with the version read again inside: when two processes open an old file at
 * once, the second waits for the first's migration, finds nothing left to do and takes no copy. The copy before
 * migrating is written while the lock is held (so it is exactly the data being migrated) and verified like every
 * other backup. Either the database reaches the latest version or it stays as it was.
 */
async function migrate(
  db: Database.Database,
  path: string,
  steps: readonly Migration[],
  latest: number,
  options: OpenOptions,
): Promise<string | null> {
  if (schemaVersionOf(db) >= latest) return null;
  db.exec('BEGIN IMMEDIATE');
  try {
    const current = schemaVersionOf(db);
    const pending = steps.filter((step) => step.version > current);
    let copy: string | null = null;
    if (pending.length > 0 && current > 0) copy = await backupBeforeMigration(path, current, options);
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${Math.trunc(step.version)}`);
    }
    db.exec('COMMIT');
    return copy;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A verified copy through a second connection, which reads the last committed state while this one holds the lock. */
async function backupBeforeMigration(path: string, version: number, options: OpenOptions): Promise<string> {
  const dir = options.backupDir ?? join(dirname(path), 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const base = options.copyBaseName ?? basename(path).replace(/\.sqlite$/i, '');
  const target = freePath((sequence) =>
    join(dir, `${base}.v${version}.${stamp}${sequence > 1 ? `-${sequence}` : ''}.sqlite`),
  );
  const reader = new Database(path, { fileMustExist: true });
  try {
    await writeVerifiedCopy(reader, target, { createFolder: true });
  } finally {
    reader.close();
  }
  return target;
}
