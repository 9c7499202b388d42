import type Database from 'better-sqlite3';
import type { Movement, MovementKind } from '@shared/domain/plan';

interface MovementRow {
  id: number;
  name: string;
  kind: MovementKind;
  start_year: number;
  end_year: number | null;
  launched_by: string | null;
  description: string | null;
  is_demo: number;
}

const toMovement = (r: MovementRow): Movement => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  startYear: r.start_year,
  endYear: r.end_year,
  launchedBy: r.launched_by,
  description: r.description,
  demo: r.is_demo === 1,
});

export type MovementFields = Omit<Movement, 'id'>;

export class MovementsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;

  constructor(db: Database.Database) {
    const columns = 'id, name, kind, start_year, end_year, launched_by, description, is_demo';
    this.allStmt = db.prepare(`SELECT ${columns} FROM movements ORDER BY start_year DESC, id`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM movements WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO movements (name, kind, start_year, end_year, launched_by, description, is_demo, created_at, updated_at)
       VALUES (@name, @kind, @startYear, @endYear, @launchedBy, @description, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE movements SET name = @name, kind = @kind, start_year = @startYear, end_year = @endYear,
         launched_by = @launchedBy, description = @description, updated_at = @now WHERE id = @id`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM movements WHERE id = ?`);
  }

  all(): Movement[] {
    return (this.allStmt.all() as MovementRow[]).map(toMovement);
  }

  byId(id: number): Movement | undefined {
    const row = this.byIdStmt.get(id) as MovementRow | undefined;
    return row && toMovement(row);
  }

  insert(fields: MovementFields, now: string): Movement {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  update(id: number, fields: Omit<MovementFields, 'demo'>, now: string): Movement {
    this.updateStmt.run({ ...fields, id, now });
    return this.byId(id)!;
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
