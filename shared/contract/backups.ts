import { z } from 'zod';
import { backupMessages } from '../i18n/vi-backups';
import { defineChannel } from './define';

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
  /** The last automatic backup that could not be written where asked, in Vietnamese. */
  lastProblem: { at: string; message: string } | null;
  undo: UndoInfo | null;
  rotationText: string;
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

/**
 * A full path typed or picked by the secretary: a drive letter, a UNC share, or (tests, Linux) a POSIX path.
 * A relative path would depend on where the app happened to start.
 */
const pathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
  .refine((p) => !/[\u0000-\u001f]/.test(p), { message: backupMessages.pathControl })
  .refine((p) => /^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+|\/)/.test(p), { message: backupMessages.pathAbsolute });

const empty = z.object({}).strict();

export const backupsChannels = {
  'backups:list': defineChannel<BackupOverview>()(empty),
  /** "Sao lưu ngay". */
  'backups:create': defineChannel<BackupEntry>()(empty),
  /** `path` must be one of the listed backups; the current data is copied first so the restore can be undone. */
  'backups:restore': defineChannel<RestoreResult>()(z.object({ path: pathSchema }).strict()),
  'backups:undoRestore': defineChannel<RestoreResult>()(empty),
  /** null goes back to the default folder beside the database. */
  'backups:setFolder': defineChannel<BackupOverview>()(z.object({ folder: pathSchema.nullable() }).strict()),
  /** The whole database as one verified file in `folder` (a USB stick), for moving to a new PC. */
  'backups:exportDatabase': defineChannel<ExportResult>()(z.object({ folder: pathSchema }).strict()),
  /** A file made by `backups:exportDatabase` (or any backup) on another PC; works like a restore. */
  'backups:importDatabase': defineChannel<RestoreResult>()(z.object({ path: pathSchema }).strict()),
};
