import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moveFile } from './file-moves';

/**
 * The backup folder and the last restore live in a small JSON file beside the database, not in its `settings`
 * table: they are needed exactly when the database cannot be read (damaged at start-up), and a restore replaces the
 * whole database, settings included, with an older copy that would point the undo at the wrong file.
 */
export interface BackupSettings {
  /** null: the default folder, `<database folder>/backups`. */
  folder: string | null;
  lastRestore: LastRestore | null;
}

export interface LastRestore {
  snapshotPath: string;
  restoredFrom: string;
  restoredAt: string;
}

const empty: BackupSettings = { folder: null, lastRestore: null };

export function backupSettingsPath(databasePath: string): string {
  return `${databasePath}.backup.json`;
}

export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

/** A missing or unreadable file means the defaults: a broken settings file must never stop a backup. */
export function readBackupSettings(databasePath: string): BackupSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(backupSettingsPath(databasePath), 'utf8'));
  } catch {
    return { ...empty };
  }
  const value = (raw ?? {}) as Partial<Record<keyof BackupSettings, unknown>>;
  const folder = typeof value.folder === 'string' && value.folder.trim() !== '' ? value.folder : null;
  const last = value.lastRestore as Partial<LastRestore> | null | undefined;
  const lastRestore =
    last && typeof last.snapshotPath === 'string' && typeof last.restoredFrom === 'string'
      ? { snapshotPath: last.snapshotPath, restoredFrom: last.restoredFrom, restoredAt: String(last.restoredAt ?? '') }
      : null;
  return { folder, lastRestore };
}

/** Written to a temporary name and renamed, so a power cut leaves the old settings or the new ones, never half. */
export async function writeBackupSettings(databasePath: string, settings: BackupSettings): Promise<void> {
  const path = backupSettingsPath(databasePath);
  const temporary = `${path}.partial`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { encoding: 'utf8', flush: true });
  await moveFile(temporary, path);
}

/** The folder backups go to: the secretary's choice, or the default one. */
export function activeBackupFolder(databasePath: string): string {
  return readBackupSettings(databasePath).folder ?? defaultBackupFolder(databasePath);
}
