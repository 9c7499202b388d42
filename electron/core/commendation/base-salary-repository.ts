import type Database from 'better-sqlite3';
import type { BaseSalaryVersion } from '@shared/commendation/prize';

/** The settings key of lương cơ sở; each effective date is one row of `settings` (see SettingsRepository). */
export const baseSalaryKey = 'commendation.baseSalary';

/** Every version of the base salary: settings hold one value per date, this lists them all for the screen. */
export class BaseSalaryRepository {
  private readonly allStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(`SELECT effective_from, value FROM settings WHERE key = ? ORDER BY effective_from`);
  }

  all(): BaseSalaryVersion[] {
    const rows = this.allStmt.all(baseSalaryKey) as Array<{ effective_from: string; value: string }>;
    return rows.map((r) => ({ effectiveFrom: r.effective_from, amount: Number(JSON.parse(r.value)) }));
  }
}
