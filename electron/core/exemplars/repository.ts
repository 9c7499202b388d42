import type Database from 'better-sqlite3';
import type { Exemplar } from '@shared/commendation/registry';

interface ExemplarRow {
  id: number;
  kind: Exemplar['kind'];
  who: string;
  person_id: number | null;
  unit_id: number | null;
  deed: string;
  occurred_on: string;
  movement_id: number | null;
  is_demo: number;
}

const toExemplar = (r: ExemplarRow): Exemplar => ({
  id: r.id,
  kind: r.kind,
  who: r.who,
  personId: r.person_id,
  unitId: r.unit_id,
  deed: r.deed,
  occurredOn: r.occurred_on,
  movementId: r.movement_id,
  demo: r.is_demo === 1,
});

/** Điển hình tiên tiến and gương người tốt việc tốt, beside initiatives: both are what a movement brings out. */
export class ExemplarsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;

  constructor(db: Database.Database) {
    const select = `SELECT id, kind, who, person_id, unit_id, deed, occurred_on, movement_id, is_demo FROM exemplars`;
    this.allStmt = db.prepare(`${select} ORDER BY occurred_on DESC, id`);
    this.byIdStmt = db.prepare(`${select} WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO exemplars (kind, who, person_id, unit_id, deed, occurred_on, movement_id, is_demo, created_at,
         updated_at)
       VALUES (@kind, @who, @personId, @unitId, @deed, @occurredOn, @movementId, @demo, @now, @now)`,
    );
  }

  all(): Exemplar[] {
    return (this.allStmt.all() as ExemplarRow[]).map(toExemplar);
  }

  byId(id: number): Exemplar | undefined {
    const row = this.byIdStmt.get(id) as ExemplarRow | undefined;
    return row && toExemplar(row);
  }

  insert(fields: Omit<Exemplar, 'id'>, now: string): Exemplar {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }
}
