import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Repositories } from '../repositories';

/** Settings key of the database's identity: a UUID written once, when the app first opens the file. */
export const identityKey = 'database.identity';

/**
 * Which database this is, so its backups can be told from those of an earlier database that was replaced (a file
 * emptied by a power cut, then started afresh): rotation never lets a new database push out an earlier one's copies.
 * Copies and restores carry it along; only a database that has none is given one.
 */
export function ensureIdentity(repos: Repositories, db: Database.Database, at: string): string {
  const known = readIdentity(repos);
  if (known !== null) return known;
  const identity = randomUUID();
  db.transaction(() => {
    if (readIdentity(repos) === null) repos.settings.set(identityKey, { id: identity }, at);
  })();
  return readIdentity(repos) ?? identity;
}

export function readIdentity(repos: Repositories): string | null {
  const value = repos.settings.get<{ id?: unknown }>(identityKey);
  return typeof value?.id === 'string' ? value.id : null;
}
