import type Database from 'better-sqlite3';
import type { Sanction } from '@shared/commendation/registry';

interface SanctionRow {
  id: number;
  person_id: number | null;
  unit_id: number | null;
  kind: Sanction['kind'];
  from_date: string;
  to_date: string | null;
  document: string;
  note: string;
  is_demo: number;
}

const toSanction = (r: SanctionRow): Sanction => ({
  id: r.id,
  personId: r.person_id,
  unitId: r.unit_id,
  kind: r.kind,
  fromDate: r.from_date,
  toDate: r.to_date,
  document: r.document,
  note: r.note,
  demo: r.is_demo === 1,
});

export type SanctionFields = Omit<Sanction, 'id'>;

/** Discipline, investigations, inspections and complaints of people and collectives, with their dates. */
export class SanctionsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;

  constructor(db: Database.Database) {
    const select = `SELECT id, person_id, unit_id, kind, from_date, to_date, document, note, is_demo FROM sanctions`;
    this.allStmt = db.prepare(`${select} ORDER BY from_date DESC, id DESC`);
    this.byIdStmt = db.prepare(`${select} WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO sanctions (person_id, unit_id, kind, from_date, to_date, document, note, is_demo, created_at,
         updated_at)
       VALUES (@personId, @unitId, @kind, @fromDate, @toDate, @document, @note, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE sanctions SET kind = @kind, from_date = @fromDate, to_date = @toDate, document = @document, note = @note,
         updated_at = @now WHERE id = @id`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM sanctions WHERE id = ?`);
  }

  all(): Sanction[] {
    return (this.allStmt.all() as SanctionRow[]).map(toSanction);
  }

  byId(id: number): Sanction | undefined {
    const row = this.byIdStmt.get(id) as SanctionRow | undefined;
    return row && toSanction(row);
  }

  insert(fields: SanctionFields, now: string): Sanction {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  update(id: number, fields: Pick<Sanction, 'kind' | 'fromDate' | 'toDate' | 'document' | 'note'>, now: string) {
    this.updateStmt.run({ ...fields, id, now });
    return this.byId(id)!;
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
