import type Database from 'better-sqlite3';
import { principleParamsSchema, type AwardPrinciple } from '@shared/commendation/principles';

interface PrincipleRow {
  principle_key: string;
  effective_from: string;
  kind: AwardPrinciple['kind'];
  label: string;
  legal_basis: string;
  params: string;
  confirmed: number;
  active: number;
}

/** Every version of the principles every title is checked against (table `award_principles`). */
export class PrinciplesRepository {
  private readonly allStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(
      `SELECT principle_key, effective_from, kind, label, legal_basis, params, confirmed, active
       FROM award_principles ORDER BY principle_key, effective_from`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO award_principles (principle_key, effective_from, kind, label, legal_basis, params, confirmed, active,
         updated_at)
       VALUES (@key, @effectiveFrom, @kind, @label, @legalBasis, @params, @confirmed, @active, @now)
       ON CONFLICT (principle_key, effective_from) DO UPDATE SET kind = excluded.kind, label = excluded.label,
         legal_basis = excluded.legal_basis, params = excluded.params, confirmed = excluded.confirmed,
         active = excluded.active, updated_at = excluded.updated_at`,
    );
  }

  all(): AwardPrinciple[] {
    return (this.allStmt.all() as PrincipleRow[]).map((r) => ({
      key: r.principle_key,
      effectiveFrom: r.effective_from,
      kind: r.kind,
      label: r.label,
      legalBasis: r.legal_basis,
      // Validated on the way in; parsed again so a hand-edited file never reaches the evaluator.
      params: principleParamsSchema.parse(JSON.parse(r.params)),
      confirmed: r.confirmed === 1,
      active: r.active === 1,
    }));
  }

  save(principle: AwardPrinciple, now: string): void {
    this.upsertStmt.run({
      ...principle,
      params: JSON.stringify(principle.params),
      confirmed: principle.confirmed ? 1 : 0,
      active: principle.active ? 1 : 0,
      now,
    });
  }
}
