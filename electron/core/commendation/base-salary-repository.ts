import type Database from 'better-sqlite3';
import type { BaseSalaryVersion } from '@shared/commendation/prize';

interface SalaryRow {
  effective_from: string;
  amount: number;
  legal_basis: string;
  confirmed: number;
}

/** Lương cơ sở by effective date, each with the decree that set it (table `base_salaries`). */
export class BaseSalaryRepository {
  private readonly allStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(
      `SELECT effective_from, amount, legal_basis, confirmed FROM base_salaries ORDER BY effective_from`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO base_salaries (effective_from, amount, legal_basis, confirmed, updated_at)
       VALUES (@effectiveFrom, @amount, @legalBasis, @confirmed, @now)
       ON CONFLICT (effective_from) DO UPDATE SET amount = excluded.amount, legal_basis = excluded.legal_basis,
         confirmed = excluded.confirmed, updated_at = excluded.updated_at`,
    );
  }

  all(): BaseSalaryVersion[] {
    return (this.allStmt.all() as SalaryRow[]).map((r) => ({
      effectiveFrom: r.effective_from,
      amount: r.amount,
      legalBasis: r.legal_basis,
      confirmed: r.confirmed === 1,
    }));
  }

  save(version: BaseSalaryVersion, now: string): void {
    this.upsertStmt.run({ ...version, confirmed: version.confirmed ? 1 : 0, now });
  }
}
