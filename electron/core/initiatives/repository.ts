import type Database from 'better-sqlite3';
import type { Initiative } from '@shared/commendation/registry';

interface InitiativeRow {
  id: number;
  title: string;
  authors_text: string;
  author_ids: string | null;
  unit_id: number | null;
  year: number;
  recognition_decision: string;
  scope: Initiative['scope'];
  is_demo: number;
}

const toInitiative = (r: InitiativeRow): Initiative => ({
  id: r.id,
  title: r.title,
  authorsText: r.authors_text,
  authorIds: r.author_ids === null ? [] : r.author_ids.split(',').map(Number),
  unitId: r.unit_id,
  year: r.year,
  recognitionDecision: r.recognition_decision,
  scope: r.scope,
  demo: r.is_demo === 1,
});

export type InitiativeFields = Omit<Initiative, 'id'>;

/** Sáng kiến and their authors. */
export class InitiativesRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly clearAuthorsStmt;
  private readonly addAuthorStmt;

  constructor(db: Database.Database) {
    const select = `SELECT i.id, i.title, i.authors_text, i.unit_id, i.year, i.recognition_decision, i.scope, i.is_demo,
        (SELECT group_concat(person_id) FROM initiative_authors a WHERE a.initiative_id = i.id) AS author_ids
      FROM initiatives i`;
    this.allStmt = db.prepare(`${select} ORDER BY i.year DESC, i.title, i.id`);
    this.byIdStmt = db.prepare(`${select} WHERE i.id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO initiatives (title, authors_text, unit_id, year, recognition_decision, scope, is_demo, created_at,
         updated_at)
       VALUES (@title, @authorsText, @unitId, @year, @recognitionDecision, @scope, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE initiatives SET title = @title, authors_text = @authorsText, unit_id = @unitId, year = @year,
         recognition_decision = @recognitionDecision, scope = @scope, updated_at = @now WHERE id = @id`,
    );
    this.clearAuthorsStmt = db.prepare(`DELETE FROM initiative_authors WHERE initiative_id = ?`);
    this.addAuthorStmt = db.prepare(`INSERT INTO initiative_authors (initiative_id, person_id) VALUES (?, ?)`);
  }

  all(): Initiative[] {
    return (this.allStmt.all() as InitiativeRow[]).map(toInitiative);
  }

  byId(id: number): Initiative | undefined {
    const row = this.byIdStmt.get(id) as InitiativeRow | undefined;
    return row && toInitiative(row);
  }

  /** Callers own the transaction (the initiative and its author rows change together). */
  insert(fields: InitiativeFields, now: string): Initiative {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    const id = Number(info.lastInsertRowid);
    for (const personId of new Set(fields.authorIds)) this.addAuthorStmt.run(id, personId);
    return this.byId(id)!;
  }

  update(id: number, fields: Omit<InitiativeFields, 'demo'>, now: string): Initiative {
    this.updateStmt.run({ ...fields, id, now });
    this.clearAuthorsStmt.run(id);
    for (const personId of new Set(fields.authorIds)) this.addAuthorStmt.run(id, personId);
    return this.byId(id)!;
  }
}
