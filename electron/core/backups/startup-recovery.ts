import { dirname, join } from 'node:path';
import { isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { listBackupFiles, type BackupFile } from './backup-list';
import { defaultBackupFolder, readBackupSettings } from './backup-settings';
import { freePath } from './file-moves';
import { damagedFileName, databaseBaseName } from './names';
import { putStagedInPlace, stageVerifiedCopy } from './replace-database';
import { checkDatabaseCopy } from './verify-copy';

/** What the app offers when the database fails its check at start-up. */
export interface RecoveryOffer {
  databasePath: string;
  /** The Vietnamese damage message from `openDatabase`. */
  damage: string;
  /** Where backups were looked for: the chosen folder, then the default one. */
  folders: string[];
  /** The newest copy that passed `integrity_check` just now; null when none did. */
  backup: BackupFile | null;
  /** Newer copies that failed the check, and why. */
  skipped: Array<{ path: string; problem: string }>;
}

/** True for the failure that a backup can repair (not a foreign file, not a newer version: those are left alone). */
export function isDamagedDatabaseError(error: unknown): boolean {
  return isAppError(error) && error.code === 'DB_DAMAGED';
}

/**
 * Finds the newest good backup of a database that failed to open as damaged. Copies are checked newest first and
 * the first good one is offered: a copy taken after the damage began fails its own check and is skipped.
 * Reads the backup settings file beside the database, never the damaged database itself.
 */
export function findRecoveryOffer(databasePath: string, damage: string): RecoveryOffer {
  const settings = readBackupSettings(databasePath);
  const fallback = defaultBackupFolder(databasePath);
  const folders = settings.folder !== null && settings.folder !== fallback ? [settings.folder, fallback] : [fallback];
  const skipped: RecoveryOffer['skipped'] = [];
  for (const entry of listBackupFiles(folders, databaseBaseName(databasePath))) {
    const check = checkDatabaseCopy(entry.path, { restorable: true });
    if (check.ok) return { databasePath, damage, folders, backup: entry, skipped };
    skipped.push({ path: entry.path, problem: check.problem });
  }
  return { databasePath, damage, folders, backup: null, skipped };
}

/**
 * Puts a verified backup in place of a damaged database that could not be opened. The damaged file (with its
 * `-wal`) is kept beside the database as `<name>.hong-<time>.sqlite` for a technician; the database path always
 * holds a file, so the app never starts on an empty database by accident. The caller then opens normally.
 */
export async function restoreDamagedDatabase(
  databasePath: string,
  backupPath: string,
  now: Date = new Date(),
): Promise<{ damagedCopy: string }> {
  const { staged } = await stageVerifiedCopy(backupPath, databasePath, { now: () => now });
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

/** The question the Electron dialog and the harness page ask, with its details. */
export function recoveryPrompt(offer: RecoveryOffer): { message: string; detail: string; canRestore: boolean } {
  if (offer.backup === null) {
    return { message: recoveryMessages.noBackup(offer.folders.join('; ')), detail: offer.damage, canRestore: false };
  }
  const skipped = offer.skipped.map((s) => recoveryMessages.skipped(s.path, s.problem));
  return {
    message: recoveryMessages.offer(offer.backup.takenAtText),
    detail: [recoveryMessages.offerDetail(offer.backup.path, offer.damage), ...skipped].join('\n'),
    canRestore: true,
  };
}
