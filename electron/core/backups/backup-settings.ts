import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { moveFileSync, partialPath } from './file-moves';

/**
 * The backup folder, the last restore and the health of automatic copies live in a small JSON file beside the
 * database, not in its `settings` table: they are needed exactly when the database cannot be read (damaged at
 * start-up), and a restore replaces the whole database, settings included, with an older copy that would point the
 * undo at the wrong file.
 */
export interface BackupSettings {
  /** null: the default folder, `<database folder>/backups`. */
  folder: string | null;
  lastRestore: LastRestore | null;
  health: BackupHealthRecord;
  /**
   * How many changes (the newest audit id) the database held at the last check while the app ran: a file that later
   * opens with fewer lost its recent commits (a `-wal` file deleted or not copied along).
   */
  watermark: { identity: string; changes: number; at: string } | null;
}

export interface LastRestore {
  snapshotPath: string;
  restoredFrom: string;
  restoredAt: string;
}

/** What happened to the automatic copies, newest first; kept across restarts so a failing folder is not forgotten. */
export interface BackupHealthRecord {
  lastSuccessAt: string | null;
  /** Automatic copies in a row that could not be written anywhere. */
  consecutiveFailures: number;
  /** The last automatic copy went to the default folder because the chosen one failed. */
  fellBack: boolean;
  /** The newest problems (failed copies, fallbacks), newest first, at most `keptProblems`. */
  problems: Array<{ at: string; message: string }>;
  /** A problem with the data file itself found at start-up (recent changes missing); cleared by a restore. */
  dataWarning: { at: string; message: string } | null;
}

export const keptProblems = 10;

export const emptyHealth: BackupHealthRecord = {
  lastSuccessAt: null,
  consecutiveFailures: 0,
  fellBack: false,
  problems: [],
  dataWarning: null,
};

const empty: BackupSettings = { folder: null, lastRestore: null, health: emptyHealth, watermark: null };

export function backupSettingsPath(databasePath: string): string {
  return `${databasePath}.backup.json`;
}

export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function readHealth(raw: unknown): BackupHealthRecord {
  const value = (raw ?? {}) as Partial<Record<keyof BackupHealthRecord, unknown>>;
  const problems = Array.isArray(value.problems)
    ? value.problems
        .map((p) => p as { at?: unknown; message?: unknown })
        .filter((p) => text(p.at) !== null && text(p.message) !== null)
        .map((p) => ({ at: p.at as string, message: p.message as string }))
        .slice(0, keptProblems)
    : [];
  const warning = value.dataWarning as { at?: unknown; message?: unknown } | null | undefined;
  const failures = Number(value.consecutiveFailures);
  return {
    lastSuccessAt: text(value.lastSuccessAt),
    consecutiveFailures: Number.isInteger(failures) && failures > 0 ? failures : 0,
    fellBack: value.fellBack === true,
    problems,
    dataWarning:
      warning && text(warning.at) !== null && text(warning.message) !== null
        ? { at: warning.at as string, message: warning.message as string }
        : null,
  };
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
  const last = value.lastRestore as Partial<LastRestore> | null | undefined;
  const lastRestore =
    last && typeof last.snapshotPath === 'string' && typeof last.restoredFrom === 'string'
      ? { snapshotPath: last.snapshotPath, restoredFrom: last.restoredFrom, restoredAt: String(last.restoredAt ?? '') }
      : null;
  const mark = value.watermark as { identity?: unknown; changes?: unknown; at?: unknown } | null | undefined;
  const watermark =
    mark && text(mark.identity) !== null && Number.isInteger(mark.changes)
      ? { identity: mark.identity as string, changes: mark.changes as number, at: String(mark.at ?? '') }
      : null;
  return { folder: text(value.folder), lastRestore, health: readHealth(value.health), watermark };
}

/**
 * Reads, changes and writes the file in one synchronous step, so two callers in the same process never interleave;
 * written to a temporary name and renamed, so a power cut leaves the old settings or the new ones, never half.
 * Returns what was written.
 */
export function updateBackupSettings(
  databasePath: string,
  change: (settings: BackupSettings) => BackupSettings,
): BackupSettings {
  const next = change(readBackupSettings(databasePath));
  const path = backupSettingsPath(databasePath);
  const temporary = partialPath(path);
  writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`, { encoding: 'utf8', flush: true });
  moveFileSync(temporary, path);
  return next;
}
