import { basename } from 'node:path';
import { backupReasons, type BackupReason } from '@shared/contract/backups';

/**
 * Backup file names carry the moment, the reason and the database they are a copy of, so the list needs no index
 * file that could be lost with a USB stick: `thi-dua-desk.20230405-090000.manual.3f9a2c1b.sqlite` (local time, as
 * the secretary reads it; the last part is the start of the database's identity), with `-2`, `-3`… when two copies
 * fall in the same second. Copies written before identities existed have no identity part. Copies taken by
 * `openDatabase` before a migration keep its own pattern, `thi-dua-desk.v3.20230405T020000.sqlite` (UTC).
 */

export interface ParsedBackupName {
  takenAt: Date;
  reason: BackupReason;
  /** 1, or the `-2`, `-3`… of a later copy taken in the same second. */
  sequence: number;
  /** The first 8 hex digits of the copied database's identity; null for copies named before identities. */
  identity: string | null;
}

/** The part of a database identity (a UUID) that names its copies. */
export function identityTag(identity: string): string {
  return identity.replace(/-/g, '').slice(0, 8).toLowerCase();
}

/** "thi-dua-desk" for "C:\…\thi-dua-desk.sqlite": every copy of one database starts with it. */
export function databaseBaseName(databasePath: string): string {
  return basename(databasePath).replace(/\.sqlite$/i, '');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

export function backupFileName(
  base: string,
  takenAt: Date,
  reason: BackupReason,
  sequence = 1,
  identity: string | null = null,
): string {
  const suffix = sequence > 1 ? `-${sequence}` : '';
  const tag = identity === null ? '' : `.${identityTag(identity)}`;
  return `${base}.${localStamp(takenAt)}${suffix}.${reason}${tag}.sqlite`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownPattern =
  /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,4}))?\.([a-z-]+)(?:\.([0-9a-f]{8}))?\.sqlite$/;
const migrationPattern = /^v\d+\.(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:-(\d{1,4}))?\.sqlite$/;

/** Null for anything that is not a backup of this database (other files, half-written `.partial` copies). */
export function parseBackupFileName(base: string, fileName: string): ParsedBackupName | null {
  const prefix = new RegExp(`^${escapeRegExp(base)}\\.`);
  if (!prefix.test(fileName)) return null;
  const rest = fileName.replace(prefix, '');
  const own = ownPattern.exec(rest);
  if (own) {
    const [, y, mo, d, h, mi, s, sequence, reason, identity] = own;
    if (!(backupReasons as readonly string[]).includes(reason!)) return null;
    const takenAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    return validDate(takenAt)
      ? { takenAt, reason: reason as BackupReason, sequence: Number(sequence ?? 1), identity: identity ?? null }
      : null;
  }
  const migration = migrationPattern.exec(rest);
  if (migration) {
    const [, y, mo, d, h, mi, s, sequence] = migration.map(Number);
    const takenAt = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
    return validDate(takenAt)
      ? { takenAt, reason: 'before-migration', sequence: Number.isNaN(sequence) ? 1 : sequence!, identity: null }
      : null;
  }
  return null;
}

const validDate = (date: Date) => !Number.isNaN(date.getTime());

/** The whole database exported for a new PC: `ThiDuaDesk-du-lieu-20230405-0900.sqlite`. */
export function exportFileName(takenAt: Date, sequence = 1): string {
  const stamp = localStamp(takenAt).slice(0, 13);
  return `ThiDuaDesk-du-lieu-${stamp}${sequence > 1 ? `-${sequence}` : ''}.sqlite`;
}

/** Where a damaged database is moved aside when a backup replaces it: kept for a technician, never deleted. */
export function damagedFileName(base: string, at: Date): string {
  return `${base}.hong-${localStamp(at)}.sqlite`;
}
