import type Database from 'better-sqlite3';

/** Key/value settings stored as JSON, versioned by effective date (rules change with law: domain §5). */
export class SettingsRepository {
  private readonly getStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.getStmt = db.prepare(
      `SELECT value FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO settings (key, effective_from, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key, effective_from) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  /** The version in force on `onDate` (ISO); undefined if none. */
  get<T>(key: string, onDate = '9999-12-31'): T | undefined {
    const row = this.getStmt.get(key, onDate) as { value: string } | undefined;
    return row === undefined ? undefined : (JSON.parse(row.value) as T);
  }

  set(key: string, value: unknown, updatedAt: string, effectiveFrom = '0000-01-01'): void {
    this.upsertStmt.run(key, effectiveFrom, JSON.stringify(value), updatedAt);
  }
}
