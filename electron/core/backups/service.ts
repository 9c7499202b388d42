import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupEntry, BackupOverview, BackupReason, ExportResult } from '@shared/contract/backups';
import { AppError, isAppError } from '@shared/errors';
import { backupLabels, backupMessages, formatBytes, formatDateTime } from '@shared/i18n/vi-backups';
import type { CoreContext } from '../context';
import { readIdentity } from '../db/identity';
import { describeSystemError } from '../system-errors';
import { listBackupFiles, nextSequence, type BackupFile } from './backup-list';
import { defaultBackupFolder, readBackupSettings, type BackupSettings } from './backup-settings';
import { ChangeCounterRepository } from './changes-repository';
import { freePath, removeDatabaseFiles } from './file-moves';
import { assertChosenFolder } from './folder';
import { backupHealth, recordCopied, recordFailed, recordFellBack } from './health';
import { backupFileName, databaseBaseName, exportFileName, identityTag } from './names';
import { defaultRotationPolicy, planRotation } from './rotation';
import { writeVerifiedCopy } from './write-copy';

const queues = new WeakMap<CoreContext, Promise<unknown>>();
const counters = new WeakMap<Database.Database, ChangeCounterRepository>();

/**
 * One at a time per database: a scheduled copy must not start while a restore has the connection closed, and two
 * restores must not interleave their file swaps. Other channels are not blocked; they never await mid-transaction.
 */
export function exclusive<T>(ctx: CoreContext, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(ctx) ?? Promise.resolve()).then(run, run);
  queues.set(
    ctx,
    result.catch(() => undefined),
  );
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

export function foldersOf(ctx: CoreContext): Folders {
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
    health: backupHealth(ctx),
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

export function samePath(a: string, b: string): boolean {
  const normal = (p: string) => (process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p));
  return normal(a) === normal(b);
}

/**
 * Writes one verified copy into `folder`, then rotates that folder. Only the default folder beside the database is
 * ever created; a chosen folder must be there and carry the marker written when it was chosen.
 */
export async function copyInto(ctx: CoreContext, folder: string, reason: BackupReason): Promise<BackupEntry> {
  const base = databaseBaseName(ctx.databasePath);
  const isDefault = samePath(folder, defaultBackupFolder(ctx.databasePath));
  if (!isDefault) assertChosenFolder(folder, base);
  const takenAt = ctx.now();
  const settings = readBackupSettings(ctx.databasePath);
  const identity = readIdentity(ctx.repos);
  const target = freePath(
    (sequence) => join(folder, backupFileName(base, takenAt, reason, sequence, identity)),
    nextSequence(folder, base, takenAt),
  );
  await writeVerifiedCopy(ctx.db, target, { createFolder: isDefault });
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
   * cannot be written (USB stick unplugged); every outcome is recorded in the backup health the overview shows.
   * "Sao lưu ngay" reports its error to the secretary directly instead.
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

const problemOf = (error: unknown) => (isAppError(error) ? error.message : describeSystemError(error));

async function takeBackup(ctx: CoreContext, reason: BackupReason, options: CreateOptions): Promise<BackupEntry> {
  const { active, fallback } = foldersOf(ctx);
  let entry: BackupEntry;
  try {
    entry = await copyInto(ctx, active, reason);
  } catch (error) {
    if (!options.automatic) throw error;
    const folderProblem = isAppError(error) && error.code === 'FILE_INVALID';
    if (!folderProblem || samePath(active, fallback)) {
      recordFailed(ctx, problemOf(error));
      throw error;
    }
    try {
      entry = await copyInto(ctx, fallback, reason);
    } catch (fallbackError) {
      recordFailed(ctx, `${problemOf(error)} ${problemOf(fallbackError)}`);
      throw fallbackError;
    }
    recordFellBack(ctx, backupMessages.fellBack(active, fallback, problemOf(error)));
    return entry;
  }
  if (options.automatic) recordCopied(ctx);
  return entry;
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

/** The whole database as one verified file in a folder the secretary picked (it is never created). */
export function exportDatabase(ctx: CoreContext, folder: string): Promise<ExportResult> {
  return exclusive(ctx, async () => {
    const target = freePath((sequence) => join(resolve(folder), exportFileName(ctx.now(), sequence)));
    const size = await writeVerifiedCopy(ctx.db, target);
    const sizeText = formatBytes(size);
    return { path: target, size, sizeText, message: backupMessages.exported(target, sizeText) };
  });
}
