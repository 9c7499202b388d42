import type Database from 'better-sqlite3';
import type { AwardAuthority } from '@shared/commendation/catalogue';

interface AuthorityRow {
  title_id: number;
  council_level: AwardAuthority['councilLevel'];
  effective_from: string;
  decided_by: string;
  within_council: number;
  legal_basis: string;
  confirmed: number;
}

/** Who decides each title at each council level, by date (table `award_authorities`). */
export class AuthoritiesRepository {
  private readonly allStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(
      `SELECT title_id, council_level, effective_from, decided_by, within_council, legal_basis, confirmed
       FROM award_authorities ORDER BY title_id, council_level, effective_from`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO award_authorities (title_id, council_level, effective_from, decided_by, within_council, legal_basis,
         confirmed, updated_at)
       VALUES (@titleId, @councilLevel, @effectiveFrom, @decidedBy, @within, @legalBasis, @confirmed, @now)
       ON CONFLICT (title_id, council_level, effective_from) DO UPDATE SET decided_by = excluded.decided_by,
         within_council = excluded.within_council, legal_basis = excluded.legal_basis, confirmed = excluded.confirmed,
         updated_at = excluded.updated_at`,
    );
  }

  all(): AwardAuthority[] {
    return (this.allStmt.all() as AuthorityRow[]).map((r) => ({
      titleId: r.title_id,
      councilLevel: r.council_level,
      effectiveFrom: r.effective_from,
      decidedBy: r.decided_by,
      withinCouncil: r.within_council === 1,
      legalBasis: r.legal_basis,
      confirmed: r.confirmed === 1,
    }));
  }

  save(authority: AwardAuthority, now: string): void {
    this.upsertStmt.run({
      ...authority,
      within: authority.withinCouncil ? 1 : 0,
      confirmed: authority.confirmed ? 1 : 0,
      now,
    });
  }
}
