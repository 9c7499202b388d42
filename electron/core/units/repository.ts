import type Database from 'better-sqlite3';
import type { Unit, UnitKind } from '@shared/domain/unit';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
  merged_into_id: number | null;
  note: string | null;
  dissolved: number;
  is_demo: number;
}

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
    note: row.note,
    dissolved: row.dissolved === 1,
    demo: row.is_demo === 1,
  };
}

export interface NewUnitRow {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  validFrom: string | null;
  note: string | null;
  demo: boolean;
}

const columns = 'id, code, name, kind, parent_id, valid_from, valid_to, merged_into_id, note, dissolved, is_demo';

export class UnitsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byCodeStmt;
  private readonly insertStmt;
  private readonly renameStmt;
  private readonly endStmt;
  private readonly deleteStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(`SELECT ${columns} FROM units`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM units WHERE id = ?`);
    this.byCodeStmt = db.prepare(`SELECT ${columns} FROM units WHERE code = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO units (code, name, kind, parent_id, valid_from, note, is_demo, created_at, updated_at)
       VALUES (@code, @name, @kind, @parentId, @validFrom, @note, @demo, @now, @now)`,
    );
    this.renameStmt = db.prepare(`UPDATE units SET name = ?, updated_at = ? WHERE id = ?`);
    this.endStmt = db.prepare(
      `UPDATE units SET valid_to = ?, merged_into_id = ?, dissolved = ?, updated_at = ? WHERE id = ?`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM units WHERE id = ?`);
  }

  /** Unsorted: ordering is a Vietnamese-collation concern of the service, not SQLite's binary order. */
  all(): Unit[] {
    return (this.allStmt.all() as UnitRow[]).map(toUnit);
  }

  byId(id: number): Unit | undefined {
    const row = this.byIdStmt.get(id) as UnitRow | undefined;
    return row && toUnit(row);
  }

  byCode(code: string): Unit | undefined {
    const row = this.byCodeStmt.get(code) as UnitRow | undefined;
    return row && toUnit(row);
  }

  insert(unit: NewUnitRow, now: string): Unit {
    const info = this.insertStmt.run({ ...unit, demo: unit.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  rename(id: number, name: string, now: string): void {
    this.renameStmt.run(name, now, id);
  }

  /** Ends a unit on `validTo`: merged into another, dissolved in a restructuring, or simply retired. */
  end(id: number, validTo: string, mergedIntoId: number | null, dissolved: boolean, now: string): void {
    this.endStmt.run(validTo, mergedIntoId, dissolved ? 1 : 0, now, id);
  }

  /** Throws SQLITE_CONSTRAINT_FOREIGNKEY while anything (figures, targets, links, awards…) still refers to the unit. */
  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
