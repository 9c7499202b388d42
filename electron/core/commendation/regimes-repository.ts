import type Database from 'better-sqlite3';
import type { AwardRegime } from '@shared/commendation/prize';

interface RegimeRow {
  effective_from: string;
  name: string;
  legal_basis: string;
  rounding: AwardRegime['rounding'];
  confirmed: number;
}

/** The decree in force by date and how it rounds prize money (table `award_regimes`). */
export class RegimesRepository {
  private readonly allStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(
      `SELECT effective_from, name, legal_basis, rounding, confirmed FROM award_regimes ORDER BY effective_from`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO award_regimes (effective_from, name, legal_basis, rounding, confirmed, updated_at)
       VALUES (@effectiveFrom, @name, @legalBasis, @rounding, @confirmed, @now)
       ON CONFLICT (effective_from) DO UPDATE SET name = excluded.name, legal_basis = excluded.legal_basis,
         rounding = excluded.rounding, confirmed = excluded.confirmed, updated_at = excluded.updated_at`,
    );
  }

  all(): AwardRegime[] {
    return (this.allStmt.all() as RegimeRow[]).map((r) => ({
      effectiveFrom: r.effective_from,
      name: r.name,
      legalBasis: r.legal_basis,
      rounding: r.rounding,
      confirmed: r.confirmed === 1,
    }));
  }

  save(regime: AwardRegime, now: string): void {
    this.upsertStmt.run({ ...regime, confirmed: regime.confirmed ? 1 : 0, now });
  }
}
