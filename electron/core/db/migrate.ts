import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { dbMessages } from '@shared/i18n/vi-errors';
import { latestSchemaVersion, migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Pending steps for this database, or a refusal if a newer build wrote it. */
export function pendingMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = allMigrations,
  latest = latestSchemaVersion,
): Migration[] {
  const current = schemaVersionOf(db);
  if (current > latest) throw new AppError('DB_TOO_NEW', dbMessages.tooNew(current, latest));
  return migrations.filter((m) => m.version > current);
}
