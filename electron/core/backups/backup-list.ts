import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupEntry } from '@shared/contract/backups';
import { backupReasonLabels, formatBytes, formatDateTime } from '@shared/i18n/vi-backups';
import { parseBackupFileName } from './names';

/**
 * A copy as found on disk, with the identity of the database it copies (from its name; null for copies named
 * before identities); the backup service adds the token the renderer restores it by.
 */
export type BackupFile = Omit<BackupEntry, 'token'> & { identity: string | null };

/**
 * The backups of one database found in the given folders, newest first. Reads names and sizes only (a USB stick
 * with a hundred copies lists instantly); copies are verified when written and again before a restore.
 * A folder that cannot be read (USB stick removed, share offline) contributes nothing.
 */
export function listBackupFiles(
  folders: readonly string[],
  base: string,
  protectedPaths: readonly string[] = [],
): BackupFile[] {
  const seenFolders = new Set<string>();
  const protectedSet = new Set(protectedPaths.map((p) => resolve(p)));
  const entries: Array<{ entry: BackupFile; at: number; sequence: number }> = [];
  for (const folder of folders) {
    const key = resolve(folder);
    if (seenFolders.has(key)) continue;
    seenFolders.add(key);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const fileName of names) {
      const parsed = parseBackupFileName(base, fileName);
      if (parsed === null) continue;
      const path = join(folder, fileName);
      let size: number;
      try {
        const stat = statSync(path);
        if (!stat.isFile()) continue;
        size = stat.size;
      } catch {
        continue;
      }
      const entry: BackupFile = {
        path,
        fileName,
        folder,
        takenAt: parsed.takenAt.toISOString(),
        takenAtText: formatDateTime(parsed.takenAt),
        size,
        sizeText: formatBytes(size),
        reason: parsed.reason,
        reasonLabel: backupReasonLabels[parsed.reason],
        protected: parsed.reason === 'before-migration' || protectedSet.has(resolve(path)),
        identity: parsed.identity,
      };
      entries.push({ entry, at: parsed.takenAt.getTime(), sequence: parsed.sequence });
    }
  }
  return entries.sort((a, b) => b.at - a.at || b.sequence - a.sequence).map((e) => e.entry);
}

/**
 * The sequence for a new copy taken at `takenAt`: after every copy of the same second, whatever its reason, so the
 * newest copy is always the one with the highest sequence (rotation keeps "the newest").
 */
export function nextSequence(folder: string, base: string, takenAt: Date): number {
  const second = Math.floor(takenAt.getTime() / 1000);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 1;
  }
  let highest = 0;
  for (const name of names) {
    const parsed = parseBackupFileName(base, name);
    if (parsed && Math.floor(parsed.takenAt.getTime() / 1000) === second) highest = Math.max(highest, parsed.sequence);
  }
  return highest + 1;
}
