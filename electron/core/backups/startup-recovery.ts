import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError, isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import { openCore, type CoreContext, type CoreOptions } from '../context';
import { inspectDatabaseFile } from '../db/sqlite-file';
import { listBackupFiles, type BackupFile } from './backup-list';
import { backupSettingsPath, defaultBackupFolder, readBackupSettings } from './backup-settings';
import { freePath, removeStalePartials } from './file-moves';
import { damagedFileName, databaseBaseName } from './names';
import { putStagedInPlace, stageVerifiedCopy } from './replace-database';
import { checkDatabaseCopy } from './verify-copy';
import { detectLostChanges } from './wal-watch';

/** What the app offers when its data file cannot be used at start-up. */
export interface RecoveryOffer {
  databasePath: string;
  /** The Vietnamese message of what is wrong (damaged, empty, missing although backups say it existed). */
  damage: string;
  /** The file is not there at all: besides restoring, the secretary may knowingly start a new database. */
  missing: boolean;
  /** Where backups were looked for: the chosen folder, then the default one. */
  folders: string[];
  /** The newest copy that passed every check just now; null when none did. */
  backup: BackupFile | null;
  /** Newer copies that failed the check, and why. */
  skipped: Array<{ path: string; problem: string }>;
}

/** True for the failure that a backup can repair (not a foreign file, not a newer version: those are left alone). */
export function isDamagedDatabaseError(error: unknown): boolean {
  return isAppError(error) && error.code === 'DB_DAMAGED';
}

/** What start-up offers recovery for: damage, or a data file gone although backups say there was one. */
export function isRecoverableStartupError(error: unknown): boolean {
  return isAppError(error) && (error.code === 'DB_DAMAGED' || error.code === 'DB_MISSING');
}

function backupFolders(databasePath: string): string[] {
  const settings = readBackupSettings(databasePath);
  const fallback = defaultBackupFolder(databasePath);
  return settings.folder !== null && settings.folder !== fallback ? [settings.folder, fallback] : [fallback];
}

/** Whether a database lived at this path before: its backup settings file, or copies of it in a backup folder. */
export function hadDatabaseBefore(databasePath: string): boolean {
  if (existsSync(backupSettingsPath(databasePath))) return true;
  return listBackupFiles(backupFolders(databasePath), databaseBaseName(databasePath)).length > 0;
}

/**
 * Opens the app's own data file (the desktop app, the browser harness). A database is created only when the file
 * is missing and nothing says one existed; a file emptied by a power cut, a full disk or a sync tool is never taken
 * for "a new database" while backups or the backup settings say there was data: it is damage (DB_DAMAGED), and a
 * missing file with that history is DB_MISSING, both offered recovery. An empty file with no such history is what a
 * first start interrupted before its first write leaves, and is started afresh.
 */
export async function openAppDatabase(databasePath: string, options: CoreOptions = {}): Promise<CoreContext> {
  removeLeftovers(databasePath);
  const kind = inspectDatabaseFile(databasePath);
  if ((kind === 'missing' || kind === 'empty') && hadDatabaseBefore(databasePath)) {
    if (kind === 'missing') throw new AppError('DB_MISSING', recoveryMessages.missingWithHistory(databasePath));
    throw new AppError('DB_DAMAGED', dbMessages.emptyFile(databasePath));
  }
  if (kind === 'empty') rmSync(databasePath);
  const ctx = await openCore(databasePath, { ...options, create: true, ownDataFile: true });
  detectLostChanges(ctx);
  return ctx;
}

/** What interrupted copies, restores and settings writes left beside the database and in the backup folders. */
function removeLeftovers(databasePath: string): void {
  const base = databaseBaseName(databasePath);
  for (const folder of [dirname(databasePath), ...backupFolders(databasePath)]) removeStalePartials(folder, base);
}

/** After the secretary chose "Bắt đầu dữ liệu mới" for a missing file: a new, empty database of its own identity. */
export function startNewDatabase(databasePath: string, options: CoreOptions = {}): Promise<CoreContext> {
  if (inspectDatabaseFile(databasePath) !== 'missing') throw new AppError('CONFLICT', recoveryMessages.staleOffer);
  return openCore(databasePath, { ...options, create: true, ownDataFile: true });
}

/**
 * Finds the newest good backup of a database that could not be opened. Copies are checked newest first (integrity,
 * schema, foreign keys) and the first good one is offered: a copy taken after the damage began fails its own check
 * and is skipped. Reads the backup settings file beside the database, never the damaged database itself.
 */
export function findRecoveryOffer(databasePath: string, error: unknown): RecoveryOffer {
  const damage = error instanceof Error ? error.message : String(error);
  const missing = isAppError(error) && error.code === 'DB_MISSING';
  const folders = backupFolders(databasePath);
  const skipped: RecoveryOffer['skipped'] = [];
  for (const entry of listBackupFiles(folders, databaseBaseName(databasePath))) {
    const check = checkDatabaseCopy(entry.path, { restorable: true });
    if (check.ok) return { databasePath, damage, missing, folders, backup: entry, skipped };
    skipped.push({ path: entry.path, problem: check.problem });
  }
  return { databasePath, damage, missing, folders, backup: null, skipped };
}

/**
 * Puts a verified backup in place of a data file that could not be opened. The damaged file (with its `-wal`) is
 * kept beside the database as `<name>.hong-<time>.sqlite` for a technician (null when there was no file); the
 * database path always holds a file, so the app never starts on an empty database by accident. The caller then
 * opens normally.
 */
export async function restoreDamagedDatabase(
  databasePath: string,
  backupPath: string,
  now: Date = new Date(),
): Promise<{ damagedCopy: string | null }> {
  const { staged } = await stageVerifiedCopy(backupPath, databasePath, { now: () => now });
  if (!existsSync(databasePath)) {
    await putStagedInPlace(staged, databasePath);
    return { damagedCopy: null };
  }
  const base = databaseBaseName(databasePath);
  const damagedCopy = freePath((sequence) =>
    join(
      dirname(databasePath),
      damagedFileName(base, now).replace(/\.sqlite$/, sequence > 1 ? `-${sequence}.sqlite` : '.sqlite'),
    ),
  );
  await putStagedInPlace(staged, databasePath, damagedCopy);
  return { damagedCopy };
}

export interface RecoveryPrompt {
  message: string;
  detail: string;
  canRestore: boolean;
  canStartNew: boolean;
}

/** The question the Electron dialog and the harness page ask, with its details. */
export function recoveryPrompt(offer: RecoveryOffer): RecoveryPrompt {
  const canStartNew = offer.missing;
  const skipped = offer.skipped.map((s) => recoveryMessages.skipped(s.path, s.problem));
  if (offer.backup === null) {
    const message = offer.missing
      ? recoveryMessages.missingNoBackup(offer.folders.join('; '))
      : recoveryMessages.noBackup(offer.folders.join('; '));
    return { message, detail: [offer.damage, ...skipped].join('\n'), canRestore: false, canStartNew };
  }
  const message = offer.missing
    ? recoveryMessages.missingOffer(offer.backup.takenAtText)
    : recoveryMessages.offer(offer.backup.takenAtText);
  const detail = offer.missing
    ? recoveryMessages.missingOfferDetail(offer.backup.path, offer.damage)
    : recoveryMessages.offerDetail(offer.backup.path, offer.damage);
  return { message, detail: [detail, ...skipped].join('\n'), canRestore: true, canStartNew };
}
