import { z } from 'zod';
import { defineChannel } from './define';
import { pathTokenSchema } from './paths';

/** Why a copy was taken; part of its file name, so the list can say it without opening the file. */
export const backupReasons = [
  'startup',
  'scheduled',
  'manual',
  'before-import',
  'before-restore',
  'quit',
  'before-migration',
] as const;
export type BackupReason = (typeof backupReasons)[number];

/** One verified copy of the database, as "Sao lưu và khôi phục" lists it. */
export interface BackupEntry {
  /** Sent back to `backups:restore`; the renderer never sends a path. */
  token: string;
  path: string;
  fileName: string;
  folder: string;
  /** ISO instant the copy was taken. */
  takenAt: string;
  /** "05/04/2023 09:00", the PC's local time. */
  takenAtText: string;
  size: number;
  /** "1,2 MB". */
  sizeText: string;
  reason: BackupReason;
  reasonLabel: string;
  /** Never removed by rotation: copies taken before a migration, and the copy a restore can be undone to. */
  protected: boolean;
}

export interface UndoInfo {
  snapshot: BackupEntry;
  restoredFrom: string;
  restoredAt: string;
  /** "Lần khôi phục lúc … (từ "…") có thể hoàn tác." */
  text: string;
}

export interface BackupOverview {
  folder: string;
  defaultFolder: string;
  usesDefaultFolder: boolean;
  /** False when the chosen folder (a USB stick, a share) cannot be reached right now. */
  folderAvailable: boolean;
  /** Newest first, from the chosen folder and the default folder. */
  backups: BackupEntry[];
  /** Whether automatic copies are being written, said so that it cannot look fine while they fail. */
  health: BackupHealth;
  undo: UndoInfo | null;
  rotationText: string;
}

/**
 * The state of the automatic copies: `ok`; `warning` after a failed copy, or when copies go to the default folder
 * because the chosen one cannot be written; `error` after three failures in a row, or when the data file itself is
 * missing recent changes. Shown on Tổng quan and in Cài đặt.
 */
export interface BackupHealth {
  level: 'ok' | 'warning' | 'error';
  /** One line for the banner; null when all is well. */
  title: string | null;
  /** What happened and what to do, in Vietnamese. */
  detail: string | null;
  consecutiveFailures: number;
  /** "05/04/2023 09:00"; null before the first automatic copy. */
  lastSuccessText: string | null;
  /** The newest problems, newest first. */
  problems: Array<{ at: string; atText: string; message: string }>;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The copy of the data as it was just before; `backups:undoRestore` goes back to it. */
  snapshot: BackupEntry;
  schemaVersion: number;
  /** The restored file's schema version when it was older and has been upgraded; null otherwise. */
  upgradedFrom: number | null;
  message: string;
}

export interface ExportResult {
  path: string;
  size: number;
  sizeText: string;
  message: string;
}

const empty = z.object({}).strict();

export const backupsChannels = {
  'backups:list': defineChannel<BackupOverview>()(empty),
  /** "Sao lưu ngay". */
  'backups:create': defineChannel<BackupEntry>()(empty),
  /** `backup` is the token of a listed copy; the current data is copied first so the restore can be undone. */
  'backups:restore': defineChannel<RestoreResult>()(z.object({ backup: pathTokenSchema }).strict()),
  'backups:undoRestore': defineChannel<RestoreResult>()(empty),
  /** A folder picked for `backup-folder` (`paths:choose`); null goes back to the default folder beside the database. */
  'backups:setFolder': defineChannel<BackupOverview>()(z.object({ folder: pathTokenSchema.nullable() }).strict()),
  /** The whole database as one verified file in a folder picked for `export-database-folder` (a USB stick). */
  'backups:exportDatabase': defineChannel<ExportResult>()(z.object({ folder: pathTokenSchema }).strict()),
  /** A file picked for `import-database-file`, made by `backups:exportDatabase` (or any backup); works like a restore. */
  'backups:importDatabase': defineChannel<RestoreResult>()(z.object({ file: pathTokenSchema }).strict()),
};
