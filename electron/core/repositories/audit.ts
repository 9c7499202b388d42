import type Database from 'better-sqlite3';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: string | number;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  reason?: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  reason: string | null;
}

export class AuditRepository {
  private readonly insertStmt;
  private readonly byEntityStmt;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason)
       VALUES (@at, @actor, @entity, @entityId, @action, @before, @after, @reason)`,
    );
    this.byEntityStmt = db.prepare(
      `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after, reason
       FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`,
    );
  }

  record(entry: AuditEntry): void {
    this.insertStmt.run({
      at: entry.at,
      actor: entry.actor,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
    });
  }

  forEntity(entity: string, entityId: string | number): AuditRow[] {
    const rows = this.byEntityStmt.all(entity, String(entityId)) as Array<
      Omit<AuditRow, 'before' | 'after'> & { before: string | null; after: string | null }
    >;
    return rows.map((row) => ({
      ...row,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }
}
