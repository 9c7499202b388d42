import type Database from 'better-sqlite3';
import type { Plan, PlanPhase, PlanStatus, PlanWithSource } from '@shared/domain/plan';

interface PlanRow {
  id: number;
  number: string | null;
  issued_on: string | null;
  place: string | null;
  issuer: string | null;
  title: string;
  theme: string | null;
  year: number;
  legal_bases: string;
  signer: string | null;
  source_text: string | null;
  status: PlanStatus;
  is_demo: number;
}

export type PlanFields = Omit<PlanWithSource, 'id' | 'movementIds'>;

const columns =
  'id, number, issued_on, place, issuer, title, theme, year, legal_bases, signer, source_text, status, is_demo';

export class PlansRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byNumberDateStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly phasesStmt;
  private readonly deletePhasesStmt;
  private readonly insertPhaseStmt;
  private readonly movementIdsStmt;
  private readonly deleteMovementsStmt;
  private readonly insertMovementStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(`SELECT ${columns} FROM plans ORDER BY year DESC, issued_on DESC, id DESC`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM plans WHERE id = ?`);
    this.byNumberDateStmt = db.prepare(`SELECT ${columns} FROM plans WHERE number = ? AND issued_on = ?`);
    const fields = `@number, @issuedOn, @place, @issuer, @title, @theme, @year, @legalBases, @signer, @sourceText, @status`;
    this.insertStmt = db.prepare(
      `INSERT INTO plans (number, issued_on, place, issuer, title, theme, year, legal_bases, signer, source_text, status,
         is_demo, created_at, updated_at)
       VALUES (${fields}, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE plans SET number = @number, issued_on = @issuedOn, place = @place, issuer = @issuer, title = @title,
         theme = @theme, year = @year, legal_bases = @legalBases, signer = @signer, status = @status, updated_at = @now
       WHERE id = @id`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM plans WHERE id = ?`);
    this.phasesStmt = db.prepare(
      `SELECT name, starts_on AS start, ends_on AS "end" FROM plan_phases WHERE plan_id = ? ORDER BY position`,
    );
    this.deletePhasesStmt = db.prepare(`DELETE FROM plan_phases WHERE plan_id = ?`);
    this.insertPhaseStmt = db.prepare(
      `INSERT INTO plan_phases (plan_id, position, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)`,
    );
    this.movementIdsStmt = db.prepare(`SELECT movement_id FROM plan_movements WHERE plan_id = ? ORDER BY movement_id`);
    this.deleteMovementsStmt = db.prepare(`DELETE FROM plan_movements WHERE plan_id = ?`);
    this.insertMovementStmt = db.prepare(`INSERT INTO plan_movements (plan_id, movement_id) VALUES (?, ?)`);
  }

  private toPlan(row: PlanRow): PlanWithSource {
    return {
      id: row.id,
      number: row.number,
      issuedOn: row.issued_on,
      place: row.place,
      issuer: row.issuer,
      title: row.title,
      theme: row.theme,
      year: row.year,
      phases: this.phasesStmt.all(row.id) as PlanPhase[],
      legalBases: JSON.parse(row.legal_bases) as string[],
      signer: row.signer,
      sourceText: row.source_text,
      status: row.status,
      movementIds: this.movementIdsStmt.pluck().all(row.id) as number[],
      demo: row.is_demo === 1,
    };
  }

  all(): Plan[] {
    return (this.allStmt.all() as PlanRow[]).map((row) => {
      const { sourceText: _omitted, ...plan } = this.toPlan(row);
      return plan;
    });
  }

  byId(id: number): PlanWithSource | undefined {
    const row = this.byIdStmt.get(id) as PlanRow | undefined;
    return row && this.toPlan(row);
  }

  byNumberAndDate(number: string, issuedOn: string): PlanWithSource | undefined {
    const row = this.byNumberDateStmt.get(number, issuedOn) as PlanRow | undefined;
    return row && this.toPlan(row);
  }

  insert(plan: PlanFields, now: string): number {
    const info = this.insertStmt.run({
      ...plan,
      legalBases: JSON.stringify(plan.legalBases),
      demo: plan.demo ? 1 : 0,
      now,
    });
    const id = Number(info.lastInsertRowid);
    this.replacePhases(id, plan.phases);
    return id;
  }

  update(id: number, plan: Omit<PlanFields, 'sourceText' | 'demo'>, now: string): void {
    this.updateStmt.run({ ...plan, legalBases: JSON.stringify(plan.legalBases), id, now });
    this.replacePhases(id, plan.phases);
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }

  replacePhases(planId: number, phases: readonly PlanPhase[]): void {
    this.deletePhasesStmt.run(planId);
    phases.forEach((p, i) => this.insertPhaseStmt.run(planId, i, p.name, p.start, p.end));
  }

  replaceMovements(planId: number, movementIds: readonly number[]): void {
    this.deleteMovementsStmt.run(planId);
    for (const id of new Set(movementIds)) this.insertMovementStmt.run(planId, id);
  }
}
