import type Database from 'better-sqlite3';
import type { ReportPeriod } from '@shared/domain/period';
import type { ReportProse } from '@shared/report/report-data';
import type { ReportRecord, ReportStatus } from '@shared/report/report-record';

interface ReportRow {
  id: number;
  year: number;
  period: ReportPeriod;
  document_number: string;
  issued_on: string;
  prose: string;
  recipients: string;
  addressees: string;
  status: ReportStatus;
  issued_at: string | null;
  issued_by: string | null;
  updated_at: string;
}

const toRecord = (r: ReportRow): ReportRecord => ({
  id: r.id,
  year: r.year,
  period: r.period,
  documentNumber: r.document_number,
  issuedOn: r.issued_on,
  prose: JSON.parse(r.prose) as ReportProse,
  recipients: JSON.parse(r.recipients) as string[],
  addressees: JSON.parse(r.addressees) as string[],
  status: r.status,
  issuedAt: r.issued_at,
  issuedBy: r.issued_by,
  updatedAt: r.updated_at,
});

const columns =
  'id, year, period, document_number, issued_on, prose, recipients, addressees, status, issued_at, issued_by, updated_at';

export class ReportsRepository {
  private readonly listStmt;
  private readonly byIdStmt;
  private readonly draftStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly issueStmt;
  private readonly snapshotStmt;

  constructor(db: Database.Database) {
    this.listStmt = db.prepare(`SELECT ${columns} FROM reports ORDER BY year DESC, period DESC, id DESC`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM reports WHERE id = ?`);
    this.draftStmt = db.prepare(`SELECT ${columns} FROM reports WHERE year = ? AND period = ? AND status = 'nhap'`);
    this.insertStmt = db.prepare(
      `INSERT INTO reports (year, period, document_number, issued_on, prose, recipients, status, created_at, updated_at)
       VALUES (@year, @period, @documentNumber, @issuedOn, @prose, @recipients, 'nhap', @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE reports SET document_number = @documentNumber, issued_on = @issuedOn, prose = @prose,
         recipients = @recipients, addressees = @addressees, updated_at = @now WHERE id = @id AND status = 'nhap'`,
    );
    this.issueStmt = db.prepare(
      `UPDATE reports SET status = 'phat_hanh', snapshot_data = @data, snapshot_html = @html, issued_at = @now,
         issued_by = @by, updated_at = @now WHERE id = @id AND status = 'nhap'`,
    );
    this.snapshotStmt = db.prepare(`SELECT snapshot_data AS data, snapshot_html AS html FROM reports WHERE id = ?`);
  }

  list(): ReportRecord[] {
    return (this.listStmt.all() as ReportRow[]).map(toRecord);
  }

  byId(id: number): ReportRecord | undefined {
    const row = this.byIdStmt.get(id) as ReportRow | undefined;
    return row && toRecord(row);
  }

  draftFor(year: number, period: ReportPeriod): ReportRecord | undefined {
    const row = this.draftStmt.get(year, period) as ReportRow | undefined;
    return row && toRecord(row);
  }

  insertDraft(
    fields: Pick<ReportRecord, 'year' | 'period' | 'documentNumber' | 'issuedOn' | 'prose' | 'recipients'>,
    now: string,
  ): number {
    const info = this.insertStmt.run({
      ...fields,
      prose: JSON.stringify(fields.prose),
      recipients: JSON.stringify(fields.recipients),
      now,
    });
    return Number(info.lastInsertRowid);
  }

  /** Returns false when the report is no longer a draft (issued reports never change). */
  updateDraft(
    id: number,
    fields: Pick<ReportRecord, 'documentNumber' | 'issuedOn' | 'prose' | 'recipients' | 'addressees'>,
    now: string,
  ): boolean {
    return (
      this.updateStmt.run({
        ...fields,
        prose: JSON.stringify(fields.prose),
        recipients: JSON.stringify(fields.recipients),
        addressees: JSON.stringify(fields.addressees),
        id,
        now,
      }).changes > 0
    );
  }

  issue(id: number, snapshot: { data: string; html: string }, by: string, now: string): boolean {
    return this.issueStmt.run({ ...snapshot, id, by, now }).changes > 0;
  }

  snapshot(id: number): { data: string; html: string } | undefined {
    const row = this.snapshotStmt.get(id) as { data: string | null; html: string | null } | undefined;
    return row && row.data !== null && row.html !== null ? { data: row.data, html: row.html } : undefined;
  }
}
