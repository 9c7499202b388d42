import type Database from 'better-sqlite3';
import { AuditRepository } from './audit';
import { SettingsRepository } from './settings';
import { UnitsRepository } from './units';

/** Statements are prepared once per connection, here. */
export function createRepositories(db: Database.Database) {
  return {
    audit: new AuditRepository(db),
    settings: new SettingsRepository(db),
    units: new UnitsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
