import type Database from 'better-sqlite3';
import type { PlanTask, TaskState } from '@shared/domain/plan';

interface TaskRow {
  id: number;
  plan_id: number | null;
  unit_id: number;
  title: string;
  assigned_by: string | null;
  deadline: string | null;
  completed_on: string | null;
  state: TaskState;
  note: string | null;
}

const toTask = (r: TaskRow): PlanTask => ({
  id: r.id,
  planId: r.plan_id,
  unitId: r.unit_id,
  title: r.title,
  assignedBy: r.assigned_by,
  deadline: r.deadline,
  completedOn: r.completed_on,
  state: r.state,
  note: r.note,
});

export type TaskFields = Omit<PlanTask, 'id'>;

export class TasksRepository {
  private readonly byPlanStmt;
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;

  constructor(db: Database.Database) {
    const columns = 'id, plan_id, unit_id, title, assigned_by, deadline, completed_on, state, note';
    this.byPlanStmt = db.prepare(`SELECT ${columns} FROM tasks WHERE plan_id = ? ORDER BY deadline, id`);
    this.allStmt = db.prepare(`SELECT ${columns} FROM tasks ORDER BY deadline, id`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM tasks WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO tasks (plan_id, unit_id, title, assigned_by, deadline, completed_on, state, note, created_at, updated_at)
       VALUES (@planId, @unitId, @title, @assignedBy, @deadline, @completedOn, @state, @note, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE tasks SET plan_id = @planId, unit_id = @unitId, title = @title, assigned_by = @assignedBy,
         deadline = @deadline, completed_on = @completedOn, state = @state, note = @note, updated_at = @now
       WHERE id = @id`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM tasks WHERE id = ?`);
  }

  byPlan(planId: number): PlanTask[] {
    return (this.byPlanStmt.all(planId) as TaskRow[]).map(toTask);
  }

  all(): PlanTask[] {
    return (this.allStmt.all() as TaskRow[]).map(toTask);
  }

  byId(id: number): PlanTask | undefined {
    const row = this.byIdStmt.get(id) as TaskRow | undefined;
    return row && toTask(row);
  }

  insert(fields: TaskFields, now: string): PlanTask {
    return this.byId(Number(this.insertStmt.run({ ...fields, now }).lastInsertRowid))!;
  }

  update(id: number, fields: TaskFields, now: string): PlanTask {
    this.updateStmt.run({ ...fields, id, now });
    return this.byId(id)!;
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }
}
