import type Database from 'better-sqlite3';
import type { Proposal, ProposalEntry } from '@shared/commendation/registry';
import type { ProposalPeriod } from '@shared/commendation/rules';
import type { ProposalStatus } from '@shared/i18n/vi-commendation';

interface ProposalRow {
  id: number;
  year: number;
  period: ProposalPeriod;
  title_id: number;
  title_code: string;
  title_name: string;
  note: string;
  is_demo: number;
  document_fields: string;
  entry_count: number;
}

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id,
  year: r.year,
  period: r.period,
  titleId: r.title_id,
  titleCode: r.title_code,
  titleName: r.title_name,
  note: r.note,
  demo: r.is_demo === 1,
  submission: { number: '', issuedOn: null, ...(JSON.parse(r.document_fields) as Partial<Proposal['submission']>) },
  entryCount: r.entry_count,
});

interface EntryRow {
  id: number;
  proposal_id: number;
  position: number;
  person_id: number | null;
  unit_id: number | null;
  name: string;
  unit_name: string;
  job_position: string | null;
  achievements: string;
  status: ProposalStatus;
  award_id: number | null;
}

const toEntry = (r: EntryRow): ProposalEntry => ({
  id: r.id,
  proposalId: r.proposal_id,
  position: r.position,
  personId: r.person_id,
  unitId: r.unit_id,
  name: r.name,
  unitName: r.unit_name,
  jobPosition: r.job_position,
  achievements: r.achievements,
  status: r.status,
  awardId: r.award_id,
});

/** Đề xuất khen thưởng for a year or phase and one title/form, with their candidate lines. */
export class ProposalsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly insertStmt;
  private readonly entriesStmt;
  private readonly entryByIdStmt;
  private readonly insertEntryStmt;
  private readonly updateEntryStmt;
  private readonly submissionStmt;

  constructor(db: Database.Database) {
    const select = `SELECT pr.id, pr.year, pr.period, pr.title_id, t.code AS title_code, t.name AS title_name, pr.note,
        pr.is_demo, pr.document_fields, (SELECT count(*) FROM proposal_entries e WHERE e.proposal_id = pr.id) AS entry_count
      FROM proposals pr JOIN award_titles t ON t.id = pr.title_id`;
    this.allStmt = db.prepare(`${select} WHERE (@year IS NULL OR pr.year = @year) ORDER BY pr.year DESC, pr.id DESC`);
    this.byIdStmt = db.prepare(`${select} WHERE pr.id = ?`);
    this.submissionStmt = db.prepare(
      `UPDATE proposals SET document_fields = @fields, updated_at = @now WHERE id = @id`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO proposals (year, period, title_id, note, is_demo, created_at, updated_at)
       VALUES (@year, @period, @titleId, @note, @demo, @now, @now)`,
    );
    const entrySelect = `SELECT e.id, e.proposal_id, e.position, e.person_id, e.unit_id,
        coalesce(p.full_name, u.name) AS name, coalesce(pu.name, u.name) AS unit_name, p.position AS job_position,
        e.achievements, e.status, e.award_id
      FROM proposal_entries e
      LEFT JOIN people p ON p.id = e.person_id
      LEFT JOIN units pu ON pu.id = p.unit_id
      LEFT JOIN units u ON u.id = e.unit_id`;
    this.entriesStmt = db.prepare(`${entrySelect} WHERE e.proposal_id = ? ORDER BY e.position, e.id`);
    this.entryByIdStmt = db.prepare(`${entrySelect} WHERE e.id = ?`);
    this.insertEntryStmt = db.prepare(
      `INSERT INTO proposal_entries (proposal_id, position, person_id, unit_id, achievements, updated_at)
       VALUES (@proposalId, (SELECT coalesce(max(position), 0) + 1 FROM proposal_entries WHERE proposal_id = @proposalId),
         @personId, @unitId, @achievements, @now)`,
    );
    this.updateEntryStmt = db.prepare(
      `UPDATE proposal_entries SET achievements = @achievements, status = @status, award_id = @awardId,
         updated_at = @now WHERE id = @id`,
    );
  }

  all(year: number | null): Proposal[] {
    return (this.allStmt.all({ year }) as ProposalRow[]).map(toProposal);
  }

  byId(id: number): Proposal | undefined {
    const row = this.byIdStmt.get(id) as ProposalRow | undefined;
    return row && toProposal(row);
  }

  insert(fields: { year: number; period: ProposalPeriod; titleId: number; note: string; demo: boolean }, now: string) {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  /** The Tờ trình's number and date, printed on the attached list. */
  updateSubmission(id: number, submission: Proposal['submission'], now: string): Proposal {
    this.submissionStmt.run({ id, fields: JSON.stringify(submission), now });
    return this.byId(id)!;
  }

  entries(proposalId: number): ProposalEntry[] {
    return (this.entriesStmt.all(proposalId) as EntryRow[]).map(toEntry);
  }

  entryById(id: number): ProposalEntry | undefined {
    const row = this.entryByIdStmt.get(id) as EntryRow | undefined;
    return row && toEntry(row);
  }

  insertEntry(
    fields: { proposalId: number; personId: number | null; unitId: number | null; achievements: string },
    now: string,
  ): ProposalEntry {
    const info = this.insertEntryStmt.run({ ...fields, now });
    return this.entryById(Number(info.lastInsertRowid))!;
  }

  updateEntry(
    id: number,
    fields: { achievements: string; status: ProposalStatus; awardId: number | null },
    now: string,
  ): ProposalEntry {
    this.updateEntryStmt.run({ ...fields, id, now });
    return this.entryById(id)!;
  }
}
