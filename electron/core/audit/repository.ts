import type Database from 'better-sqlite3';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: string | number;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  reason?: string | null | undefined;
  /** For figure changes, so the audit page can filter by unit, indicator and period ("2023-Q2"). */
  unitId?: number | null;
  indicatorId?: number | null;
  period?: string | null;
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
  unitId: number | null;
  indicatorId: number | null;
  period: string | null;
}

export interface AuditFilter {
  entity?: string;
  unitId?: number;
  indicatorId?: number;
  /** Exact period ("2023-Q2") or a year prefix ("2023"). */
  period?: string;
  limit: number;
  offset: number;
}

type RawAuditRow = Omit<AuditRow, 'before' | 'after'> & { before: string | null; after: string | null };

const columns = `id, at, actor, entity, entity_id AS entityId, action, before, after, reason,
  unit_id AS unitId, indicator_id AS indicatorId, period`;

function parseRow(row: RawAuditRow): AuditRow {
  return {
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}

export class AuditRepository {
  private readonly insertStmt;
  private readonly byEntityStmt;
  private readonly searchStmt;
  private readonly countStmt;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before, after, reason, unit_id, indicator_id, period)
       VALUES (@at, @actor, @entity, @entityId, @action, @before, @after, @reason, @unitId, @indicatorId, @period)`,
    );
    this.byEntityStmt = db.prepare(`SELECT ${columns} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`);
    // Optional filters as "? IS NULL OR …" keep one prepared statement for every combination.
    const where = `WHERE (@entity IS NULL OR entity = @entity) AND (@unitId IS NULL OR unit_id = @unitId)
      AND (@indicatorId IS NULL OR indicator_id = @indicatorId)
      AND (@period IS NULL OR period = @period OR period LIKE @period || '-%')`;
    this.searchStmt = db.prepare(
      `SELECT ${columns} FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    );
    this.countStmt = db.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck();
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
      unitId: entry.unitId ?? null,
      indicatorId: entry.indicatorId ?? null,
      period: entry.period ?? null,
    });
  }

  forEntity(entity: string, entityId: string | number): AuditRow[] {
    return (this.byEntityStmt.all(entity, String(entityId)) as RawAuditRow[]).map(parseRow);
  }

  search(filter: AuditFilter): { rows: AuditRow[]; total: number } {
    const params = {
      entity: filter.entity ?? null,
      unitId: filter.unitId ?? null,
      indicatorId: filter.indicatorId ?? null,
      period: filter.period ?? null,
      limit: filter.limit,
      offset: filter.offset,
    };
    const { limit: _l, offset: _o, ...countParams } = params;
    return {
      rows: (this.searchStmt.all(params) as RawAuditRow[]).map(parseRow),
      total: this.countStmt.get(countParams) as number,
    };
  }
}
