import type Database from 'better-sqlite3';
import type { Gender, Person, PersonStatGroup } from '@shared/commendation/registry';
import { foldVietnamese } from '@shared/domain/vietnamese-text';

interface PersonRow {
  id: number;
  full_name: string;
  position: string | null;
  unit_id: number;
  unit_name: string;
  birth_date: string | null;
  gender: Gender | null;
  stat_group: PersonStatGroup;
  is_demo: number;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  fullName: r.full_name,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name,
  birthDate: r.birth_date,
  gender: r.gender,
  statGroup: r.stat_group,
  demo: r.is_demo === 1,
});

export type PersonFields = Pick<
  Person,
  'fullName' | 'position' | 'unitId' | 'birthDate' | 'gender' | 'statGroup' | 'demo'
>;

/** People who can receive individual titles; their folded name makes search ignore diacritics. */
export class PeopleRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly searchStmt;
  private readonly insertStmt;
  private readonly updateStmt;

  constructor(db: Database.Database) {
    const select = `SELECT p.id, p.full_name, p.position, p.unit_id, u.name AS unit_name, p.birth_date, p.gender, p.stat_group, p.is_demo
      FROM people p JOIN units u ON u.id = p.unit_id`;
    this.allStmt = db.prepare(`${select} ORDER BY u.name, p.full_name, p.id`);
    this.byIdStmt = db.prepare(`${select} WHERE p.id = ?`);
    this.searchStmt = db.prepare(
      `${select} WHERE p.folded_name LIKE ? ESCAPE '\\' ORDER BY p.full_name, p.id LIMIT 200`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO people (full_name, folded_name, position, unit_id, birth_date, gender, stat_group, is_demo, created_at,
         updated_at)
       VALUES (@fullName, @folded, @position, @unitId, @birthDate, @gender, @statGroup, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE people SET full_name = @fullName, folded_name = @folded, position = @position, unit_id = @unitId,
         birth_date = @birthDate, gender = @gender, stat_group = @statGroup, updated_at = @now WHERE id = @id`,
    );
  }

  all(): Person[] {
    return (this.allStmt.all() as PersonRow[]).map(toPerson);
  }

  byId(id: number): Person | undefined {
    const row = this.byIdStmt.get(id) as PersonRow | undefined;
    return row && toPerson(row);
  }

  /** Names containing the query, accents and case ignored ("nguyen van a" finds "Nguyễn Văn A"). */
  search(query: string): Person[] {
    const folded = foldVietnamese(query.trim())
      .replace(/\s+/g, ' ')
      .replace(/[\\%_]/g, (c) => `\\${c}`);
    return (this.searchStmt.all(`%${folded}%`) as PersonRow[]).map(toPerson);
  }

  insert(fields: PersonFields, now: string): Person {
    const info = this.insertStmt.run({
      ...fields,
      folded: foldVietnamese(fields.fullName).replace(/\s+/g, ' '),
      demo: fields.demo ? 1 : 0,
      now,
    });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  update(id: number, fields: Omit<PersonFields, 'demo'>, now: string): Person {
    this.updateStmt.run({ ...fields, folded: foldVietnamese(fields.fullName).replace(/\s+/g, ' '), id, now });
    return this.byId(id)!;
  }
}
