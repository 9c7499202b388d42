import type Database from 'better-sqlite3';
import type { ChangeMode, PhasingMode, Target } from '@shared/domain/plan';
import type { Comparator } from '@shared/domain/target-form';

interface TargetRow {
  id: number;
  plan_id: number;
  indicator_id: number;
  unit_id: number | null;
  year: number;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  change_mode: ChangeMode | null;
  baseline_year: number | null;
  baseline_value: number | null;
  source_text: string | null;
  phasing_mode: PhasingMode;
  milestones: string | null;
  position: number;
  note: string | null;
}

const toTarget = (r: TargetRow): Target => ({
  id: r.id,
  planId: r.plan_id,
  indicatorId: r.indicator_id,
  unitId: r.unit_id,
  year: r.year,
  comparator: r.comparator,
  value: r.value,
  max: r.max,
  changeMode: r.change_mode,
  baselineYear: r.baseline_year,
  baselineValue: r.baseline_value,
  sourceText: r.source_text,
  phasingMode: r.phasing_mode,
  milestones: r.milestones === null ? null : (JSON.parse(r.milestones) as Target['milestones']),
  position: r.position,
  note: r.note,
});

export type TargetFields = Omit<Target, 'id'>;

const columns = `id, plan_id, indicator_id, unit_id, year, comparator, value, max, change_mode, baseline_year,
  baseline_value, source_text, phasing_mode, milestones, position, note`;
const assignments = `plan_id = @planId, indicator_id = @indicatorId, unit_id = @unitId, year = @year,
  comparator = @comparator, value = @value, max = @max, change_mode = @changeMode, baseline_year = @baselineYear,
  baseline_value = @baselineValue, source_text = @sourceText, phasing_mode = @phasingMode, milestones = @milestones,
  position = @position, note = @note`;

export class TargetsRepository {
  private readonly byPlanStmt;
  private readonly byYearStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly maxPositionStmt;

  constructor(db: Database.Database) {
    this.byPlanStmt = db.prepare(`SELECT ${columns} FROM targets WHERE plan_id = ? ORDER BY position, id`);
    this.byYearStmt = db.prepare(`SELECT ${columns} FROM targets WHERE year = ? ORDER BY plan_id, position, id`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM targets WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO targets (plan_id, indicator_id, unit_id, year, comparator, value, max, change_mode, baseline_year,
         baseline_value, source_text, phasing_mode, milestones, position, note, created_at, updated_at)
       VALUES (@planId, @indicatorId, @unitId, @year, @comparator, @value, @max, @changeMode, @baselineYear,
         @baselineValue, @sourceText, @phasingMode, @milestones, @position, @note, @now, @now)`,
    );
    this.updateStmt = db.prepare(`UPDATE targets SET ${assignments}, updated_at = @now WHERE id = @id`);
    this.deleteStmt = db.prepare(`DELETE FROM targets WHERE id = ?`);
    this.maxPositionStmt = db.prepare(`SELECT ifnull(max(position), -1) FROM targets WHERE plan_id = ?`).pluck();
  }

  private params(fields: TargetFields) {
    return { ...fields, milestones: fields.milestones === null ? null : JSON.stringify(fields.milestones) };
  }

  byPlan(planId: number): Target[] {
    return (this.byPlanStmt.all(planId) as TargetRow[]).map(toTarget);
  }

  byYear(year: number): Target[] {
    return (this.byYearStmt.all(year) as TargetRow[]).map(toTarget);
  }

  byId(id: number): Target | undefined {
    const row = this.byIdStmt.get(id) as TargetRow | undefined;
    return row && toTarget(row);
  }

  nextPosition(planId: number): number {
    return (this.maxPositionStmt.get(planId) as number) + 1;
  }

  insert(fields: TargetFields, now: string): Target {
    const info = this.insertStmt.run({ ...this.params(fields), now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  update(id: number, fields: TargetFields, now: string): Target {
    this.updateStmt.run({ ...this.params(fields), id, now });
    return this.byId(id)!;
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
