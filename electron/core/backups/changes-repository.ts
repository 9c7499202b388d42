import type Database from 'better-sqlite3';

/**
 * How much has been written: the newest audit row. Every change to figures, targets, units and settings is audited
 * in the transaction that makes it, so "the number moved" means "something worth a new backup happened". Compared
 * for equality, not order: a restore can bring back an older, smaller number.
 */
export class ChangeCounterRepository {
  private readonly latestStmt;

  constructor(db: Database.Database) {
    this.latestStmt = db.prepare(`SELECT coalesce(max(id), 0) FROM audit_log`).pluck();
  }

  latest(): number {
    return this.latestStmt.get() as number;
  }
}
