import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupEntry, BackupOverview, BackupReason, ExportResult, RestoreResult } from '@shared/contract/backups';
import { AppError, isAppError } from '@shared/errors';
import { backupLabels, backupMessages, formatBytes, formatDateTime } from '@shared/i18n/vi-backups';
import { schemaMessages } from '@shared/i18n/vi-schema';
import { listBackupFiles, nextSequence, type BackupFile } from './backup-list';
import { defaultBackupFolder, readBackupSettings, writeBackupSettings, type BackupSettings } from './backup-settings';
import { freePath, removeDatabaseFiles } from './file-moves';
import { backupFileName, databaseBaseName, exportFileName, identityTag } from './names';
import { putStagedInPlace, stageVerifiedCopy, type StagedCopy } from './replace-database';
import { defaultRotationPolicy, planRotation } from './rotation';
import { writeVerifiedCopy } from './write-copy';
import { describeSystemError } from '../system-errors';
import { isoNow, repositoriesOf, type CoreContext } from '../context';
import { readIdentity } from '../db/identity';
import { openDatabase } from '../db/open';
import type { Repositories } from '../repositories';
import { ChangeCounterRepository } from './changes-repository';

interface RuntimeState {
  /** Backups, restores and exports of one database run one after another (see `exclusive`). */
  queue: Promise<unknown>;
  lastProblem: { at: string; message: string } | null;
}

const runtime = new WeakMap<CoreContext, RuntimeState>();
const counters = new WeakMap<Database.Database, ChangeCounterRepository>();

function stateOf(ctx: CoreContext): RuntimeState {
  let state = runtime.get(ctx);
  if (!state) {
    state = { queue: Promise.resolve(), lastProblem: null };
    runtime.set(ctx, state);
  }
  return state;
}

/**
 * One at a time per database: a scheduled copy must not start while a restore has the connection closed, and two
 * restores must not interleave their file swaps. Other channels are not blocked; they never await mid-transaction.
 */
function exclusive<T>(ctx: CoreContext, run: () => Promise<T>): Promise<T> {
  const state = stateOf(ctx);
  const result = state.queue.then(run, run);
  state.queue = result.catch(() => undefined);
  return result;
}

/** The newest audit id: the scheduler backs up only when it has moved. The statement is prepared once per connection. */
export function changeCount(ctx: CoreContext): number {
  let counter = counters.get(ctx.db);
  if (!counter) {
    counter = new ChangeCounterRepository(ctx.db);
    counters.set(ctx.db, counter);
  }
  return counter.latest();
}

interface Folders {
  active: string;
  fallback: string;
  settings: BackupSettings;
}

function foldersOf(ctx: CoreContext): Folders {
  const settings = readBackupSettings(ctx.databasePath);
  const fallback = defaultBackupFolder(ctx.databasePath);
  return { active: settings.folder ?? fallback, fallback, settings };
}

/** The copy the last restore can be undone to is kept out of rotation. */
function protectedPaths(settings: BackupSettings): string[] {
  return settings.lastRestore ? [settings.lastRestore.snapshotPath] : [];
}

/** A listed copy with the token `backups:restore` takes: the renderer restores copies the list showed, nothing else. */
function withToken(ctx: CoreContext, file: BackupFile): BackupEntry {
  const { identity: _identity, ...entry } = file;
  return { token: ctx.paths.issue(file.path, 'listed-backup'), ...entry };
}

export function listBackups(ctx: CoreContext): BackupEntry[] {
  const { active, fallback, settings } = foldersOf(ctx);
  return listBackupFiles([active, fallback], databaseBaseName(ctx.databasePath), protectedPaths(settings)).map((file) =>
    withToken(ctx, file),
  );
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

export function backupOverview(ctx: CoreContext): BackupOverview {
  const { active, fallback, settings } = foldersOf(ctx);
  const backups = listBackups(ctx);
  const last = settings.lastRestore;
  const snapshot = last ? backups.find((b) => samePath(b.path, last.snapshotPath)) : undefined;
  return {
    folder: active,
    defaultFolder: fallback,
    usesDefaultFolder: settings.folder === null,
    // The default folder is created with the first copy; a chosen one (USB stick, share) must be there already.
    folderAvailable: settings.folder === null || isFolder(active),
    backups,
    lastProblem: stateOf(ctx).lastProblem,
    undo:
      last && snapshot
        ? {
            snapshot,
            restoredFrom: last.restoredFrom,
            restoredAt: last.restoredAt,
            text: backupMessages.undoText(formatDateTime(new Date(last.restoredAt)), last.restoredFrom),
          }
        : null,
    rotationText: backupLabels.rotation(defaultRotationPolicy),
  };
}

function samePath(a: string, b: string): boolean {
  const normal = (p: string) => (process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p));
  return normal(a) === normal(b);
}

/** Writes one verified copy into `folder`, then rotates that folder. */
async function copyInto(ctx: CoreContext, folder: string, reason: BackupReason): Promise<BackupEntry> {
  const base = databaseBaseName(ctx.databasePath);
  const takenAt = ctx.now();
  const settings = readBackupSettings(ctx.databasePath);
  const identity = readIdentity(ctx.repos);
  const target = freePath(
    (sequence) => join(folder, backupFileName(base, takenAt, reason, sequence, identity)),
    nextSequence(folder, base, takenAt),
  );
  await writeVerifiedCopy(ctx.db, target);
  rotate(ctx, folder, protectedPaths(settings));
  const entry = listBackupFiles([folder], base, protectedPaths(settings)).find((e) => samePath(e.path, target));
  if (!entry) throw new AppError('FILE_INVALID', backupMessages.cannotWrite(folder, target));
  return withToken(ctx, entry);
}

/** Rotates one folder; copies of an earlier database (another identity) are rotated as of their own last copy. */
function rotate(ctx: CoreContext, folder: string, protect: string[]): void {
  const entries = listBackupFiles([folder], databaseBaseName(ctx.databasePath), protect);
  const identity = readIdentity(ctx.repos);
  const plan = planRotation(
    entries.map((entry) => ({
      entry,
      takenAt: new Date(entry.takenAt),
      protected: entry.protected,
      identity: entry.identity,
    })),
    ctx.now(),
    defaultRotationPolicy,
    identity === null ? null : identityTag(identity),
  );
  for (const { entry } of plan.remove) {
    try {
      removeDatabaseFiles(entry.path);
    } catch (error) {
      // A read-only stick must not turn a good backup into a failure; the copy stays and is retried next time.
      ctx.log.error(`Could not remove old backup ${entry.path}`, error);
    }
  }
}

export interface CreateOptions {
  /**
   * Automatic copies (start, timer, quit, before an import) fall back to the default folder when the chosen one
   * cannot be written (USB stick unplugged) and report it in the overview; "Sao lưu ngay" reports the error instead.
   */
  automatic?: boolean;
}

export function createBackup(
  ctx: CoreContext,
  reason: BackupReason,
  options: CreateOptions = {},
): Promise<BackupEntry> {
  return exclusive(ctx, () => takeBackup(ctx, reason, options));
}

async function takeBackup(ctx: CoreContext, reason: BackupReason, options: CreateOptions): Promise<BackupEntry> {
  const { active, fallback } = foldersOf(ctx);
  const state = stateOf(ctx);
  try {
    const entry = await copyInto(ctx, active, reason);
    state.lastProblem = null;
    return entry;
  } catch (error) {
    const folderProblem = isAppError(error) && error.code === 'FILE_INVALID';
    if (!options.automatic || !folderProblem || samePath(active, fallback)) throw error;
    const entry = await copyInto(ctx, fallback, reason);
    state.lastProblem = { at: isoNow(ctx), message: backupMessages.fellBack(active, fallback, error.message) };
    ctx.log.error(state.lastProblem.message);
    return entry;
  }
}

/** Called before an import writes anything: no copy, no import. */
export async function backupBeforeImport(ctx: CoreContext): Promise<BackupEntry> {
  try {
    return await createBackup(ctx, 'before-import', { automatic: true });
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(error.code, backupMessages.beforeImportFailed(error.message), { cause: error });
  }
}

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
    await writeBackupSettings(ctx.databasePath, {
      ...before,
      lastRestore: { snapshotPath: snapshot.path, restoredFrom: source, restoredAt },
    });
  } catch (error) {
    // Without the undo record the restore would be one-way: refuse it rather than lose the way back.
    removeDatabaseFiles(staged.staged);
    throw new AppError('FILE_INVALID', backupMessages.undoRecordFailed(describeSystemError(error)), { cause: error });
  }
  const abandon = async () => {
    removeDatabaseFiles(staged.staged);
    await writeBackupSettings(ctx.databasePath, before).catch((error: unknown) =>
      ctx.log.error('Could not take back the undo record of an abandoned restore', error),
    );
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
      await writeBackupSettings(ctx.databasePath, before);
    } catch (putBackError) {
      ctx.log.error(`Putting back ${snapshot.path} failed as well`, putBackError);
      throw new AppError('DB_DAMAGED', backupMessages.putBackFailed(detail, snapshot.path), { cause: putBackError });
    }
    throw new AppError('DB_DAMAGED', backupMessages.reopenFailed(detail), { cause: error });
  }
  adopt(ctx, opened);

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

/**
 * Checks that a folder can hold backups by writing and removing a small file: a USB stick that is write-protected
 * or a share without permission is refused now rather than at the first automatic backup.
 */
function assertUsableFolder(folder: string): void {
  const probe = join(folder, `.thi-dua-desk-kiem-tra-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (error) {
    throw new AppError('FILE_INVALID', backupMessages.folderNotUsable(folder, describeSystemError(error)), {
      cause: error,
    });
  }
}

export async function setBackupFolder(ctx: CoreContext, folder: string | null): Promise<BackupOverview> {
  const settings = readBackupSettings(ctx.databasePath);
  const chosen = folder === null ? null : resolve(folder);
  if (chosen !== null) assertUsableFolder(chosen);
  // Choosing the default folder by its path is the same as choosing the default.
  const next = chosen !== null && samePath(chosen, defaultBackupFolder(ctx.databasePath)) ? null : chosen;
  await writeBackupSettings(ctx.databasePath, { ...settings, folder: next });
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
  stateOf(ctx).lastProblem = null;
  return backupOverview(ctx);
}

export function exportDatabase(ctx: CoreContext, folder: string): Promise<ExportResult> {
  return exclusive(ctx, async () => {
    const target = freePath((sequence) => join(resolve(folder), exportFileName(ctx.now(), sequence)));
    const size = await writeVerifiedCopy(ctx.db, target);
    const sizeText = formatBytes(size);
    return { path: target, size, sizeText, message: backupMessages.exported(target, sizeText) };
  });
}
