import type Database from 'better-sqlite3';
import type { AwardMethod, AwardRecord, AwardStatRow } from '@shared/commendation/registry';
import type { ProposalPeriod } from '@shared/commendation/rules';

interface AwardRow {
  id: number;
  title_id: number;
  title_code: string;
  title_name: string;
  year: number;
  period: ProposalPeriod;
  recipient: AwardRecord['recipient'];
  person_id: number | null;
  person_name: string | null;
  position: string | null;
  unit_id: number;
  unit_name: string;
  decision_id: number | null;
  decision_number: string | null;
  decision_date: string | null;
  decision_text: string;
  prize_multiple: number | null;
  base_salary: number | null;
  prize_amount: number | null;
  method: AwardMethod;
  is_demo: number;
}

const toAward = (r: AwardRow): AwardRecord => ({
  id: r.id,
  titleId: r.title_id,
  titleCode: r.title_code,
  titleName: r.title_name,
  year: r.year,
  period: r.period,
  recipient: r.recipient,
  personId: r.person_id,
  personName: r.person_name,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name,
  decisionId: r.decision_id,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  decisionText: r.decision_text,
  prizeMultiple: r.prize_multiple,
  baseSalary: r.base_salary,
  prizeAmount: r.prize_amount,
  method: r.method,
  demo: r.is_demo === 1,
});

export interface NewAward {
  titleId: number;
  year: number;
  period: ProposalPeriod;
  personId: number | null;
  unitId: number | null;
  decisionId: number | null;
  decisionText: string;
  prizeMultiple: number | null;
  baseSalary: number | null;
  prizeAmount: number | null;
  method: AwardMethod;
  demo: boolean;
}

/** Every title and form given, to people and collectives, with the decision: the award history. */
export class AwardsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byPersonStmt;
  private readonly byUnitStmt;
  private readonly byDecisionStmt;
  private readonly statsStmt;
  private readonly insertStmt;

  constructor(db: Database.Database) {
    const select = `SELECT a.id, a.title_id, t.code AS title_code, t.name AS title_name, a.year, a.period, t.recipient,
        a.person_id, p.full_name AS person_name, p.position, coalesce(a.unit_id, p.unit_id) AS unit_id,
        u.name AS unit_name, a.decision_id, d.number AS decision_number, d.signed_on AS decision_date,
        a.decision_text, a.prize_multiple, a.base_salary, a.prize_amount, a.method, a.is_demo
      FROM awards a
      JOIN award_titles t ON t.id = a.title_id
      LEFT JOIN people p ON p.id = a.person_id
      JOIN units u ON u.id = coalesce(a.unit_id, p.unit_id)
      LEFT JOIN decisions d ON d.id = a.decision_id`;
    this.allStmt = db.prepare(`${select} ORDER BY a.year, a.id`);
    this.byIdStmt = db.prepare(`${select} WHERE a.id = ?`);
    this.byPersonStmt = db.prepare(`${select} WHERE a.person_id = ? ORDER BY a.year DESC, t.position, a.id`);
    this.byUnitStmt = db.prepare(`${select} WHERE a.unit_id = ? ORDER BY a.year DESC, t.position, a.id`);
    this.byDecisionStmt = db.prepare(`${select} WHERE a.decision_id = ? ORDER BY t.position, a.id`);
    this.statsStmt = db.prepare(
      `SELECT a.year, t.code AS title_code, t.name AS title_name, u.id AS unit_id, u.name AS unit_name,
         count(*) AS count, coalesce(sum(a.prize_amount), 0) AS prize_total
       FROM awards a
       JOIN award_titles t ON t.id = a.title_id
       LEFT JOIN people p ON p.id = a.person_id
       JOIN units u ON u.id = coalesce(a.unit_id, p.unit_id)
       WHERE (@year IS NULL OR a.year = @year)
       GROUP BY a.year, t.id, u.id
       ORDER BY a.year DESC, t.position, u.name`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO awards (title_id, year, period, person_id, unit_id, decision_id, decision_text, prize_multiple,
         base_salary, prize_amount, method, is_demo, created_at)
       VALUES (@titleId, @year, @period, @personId, @unitId, @decisionId, @decisionText, @prizeMultiple, @baseSalary,
         @prizeAmount, @method, @demo, @now)`,
    );
  }

  all(): AwardRecord[] {
    return (this.allStmt.all() as AwardRow[]).map(toAward);
  }

  byId(id: number): AwardRecord | undefined {
    const row = this.byIdStmt.get(id) as AwardRow | undefined;
    return row && toAward(row);
  }

  byPerson(personId: number): AwardRecord[] {
    return (this.byPersonStmt.all(personId) as AwardRow[]).map(toAward);
  }

  /** A collective's own titles (not its members'). */
  byUnit(unitId: number): AwardRecord[] {
    return (this.byUnitStmt.all(unitId) as AwardRow[]).map(toAward);
  }

  byDecision(decisionId: number): AwardRecord[] {
    return (this.byDecisionStmt.all(decisionId) as AwardRow[]).map(toAward);
  }

  stats(year: number | null): AwardStatRow[] {
    const rows = this.statsStmt.all({ year }) as Array<{
      year: number;
      title_code: string;
      title_name: string;
      unit_id: number;
      unit_name: string;
      count: number;
      prize_total: number;
    }>;
    return rows.map((r) => ({
      year: r.year,
      titleCode: r.title_code,
      titleName: r.title_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      count: r.count,
      prizeTotal: r.prize_total,
    }));
  }

  insert(award: NewAward, now: string): AwardRecord {
    const info = this.insertStmt.run({ ...award, demo: award.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }
}
