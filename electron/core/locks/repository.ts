import type Database from 'better-sqlite3';

export interface PeriodLock {
  year: number;
  quarter: number;
  /** null: the whole-area figures. */
  unitId: number | null;
  lockedAt: string;
  lockedBy: string;
}

/** unit_key 0 stands for the whole-area figures so the key can be a plain primary key. */
const keyOf = (unitId: number | null) => unitId ?? 0;

export class LocksRepository {
  private readonly byYearStmt;
  private readonly isLockedStmt;
  private readonly lockStmt;
  private readonly unlockStmt;

  constructor(db: Database.Database) {
    this.byYearStmt = db.prepare(
      `SELECT year, quarter, nullif(unit_key, 0) AS unitId, locked_at AS lockedAt, locked_by AS lockedBy
       FROM period_locks WHERE year = ? ORDER BY quarter, unit_key`,
    );
    this.isLockedStmt = db
      .prepare(`SELECT 1 FROM period_locks WHERE year = ? AND quarter = ? AND unit_key = ?`)
      .pluck();
    this.lockStmt = db.prepare(
      `INSERT INTO period_locks (year, quarter, unit_key, locked_at, locked_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    this.unlockStmt = db.prepare(`DELETE FROM period_locks WHERE year = ? AND quarter = ? AND unit_key = ?`);
  }

  byYear(year: number): PeriodLock[] {
    return this.byYearStmt.all(year) as PeriodLock[];
  }

  isLocked(year: number, quarter: number, unitId: number | null): boolean {
    return this.isLockedStmt.get(year, quarter, keyOf(unitId)) === 1;
  }

  /** Returns whether a new lock was written (false if it was already locked). */
  lock(year: number, quarter: number, unitId: number | null, by: string, now: string): boolean {
    return this.lockStmt.run(year, quarter, keyOf(unitId), now, by).changes > 0;
  }

  unlock(year: number, quarter: number, unitId: number | null): boolean {
    return this.unlockStmt.run(year, quarter, keyOf(unitId)).changes > 0;
  }
}
