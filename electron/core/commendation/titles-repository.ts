import type Database from 'better-sqlite3';
import type { AwardTitle, AwardTitleVersion } from '@shared/commendation/catalogue';

interface TitleRow {
  id: number;
  code: string;
  name: string;
  category: AwardTitle['category'];
  recipient: AwardTitle['recipient'];
  position: number;
  authority: string | null;
  prize_multiple: number | null;
  effective_from: string | null;
}

interface VersionRow {
  title_id: number;
  effective_from: string;
  authority: string;
  prize_multiple: number;
}

const toTitle = (r: TitleRow): AwardTitle => ({
  id: r.id,
  code: r.code,
  name: r.name,
  category: r.category,
  recipient: r.recipient,
  position: r.position,
  authority: r.authority ?? '',
  prizeMultiple: r.prize_multiple ?? 0,
  effectiveFrom: r.effective_from ?? '',
});

const toVersion = (r: VersionRow): AwardTitleVersion => ({
  titleId: r.title_id,
  effectiveFrom: r.effective_from,
  authority: r.authority,
  prizeMultiple: r.prize_multiple,
});

/** The catalogue of titles and forms, each with its settings (authority, prize multiple) by effective date. */
export class TitlesRepository {
  private readonly onDateStmt;
  private readonly versionsStmt;
  private readonly insertStmt;
  private readonly upsertVersionStmt;

  constructor(db: Database.Database) {
    this.onDateStmt = db.prepare(
      `SELECT t.id, t.code, t.name, t.category, t.recipient, t.position, v.authority, v.prize_multiple, v.effective_from
       FROM award_titles t
       LEFT JOIN award_title_versions v ON v.title_id = t.id AND v.effective_from = (
         SELECT max(effective_from) FROM award_title_versions WHERE title_id = t.id AND effective_from <= @onDate)
       ORDER BY t.position, t.id`,
    );
    this.versionsStmt = db.prepare(
      `SELECT title_id, effective_from, authority, prize_multiple FROM award_title_versions
       ORDER BY title_id, effective_from`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO award_titles (code, name, category, recipient, position)
       VALUES (@code, @name, @category, @recipient, @position)`,
    );
    this.upsertVersionStmt = db.prepare(
      `INSERT INTO award_title_versions (title_id, effective_from, authority, prize_multiple, updated_at)
       VALUES (@titleId, @effectiveFrom, @authority, @prizeMultiple, @now)
       ON CONFLICT (title_id, effective_from) DO UPDATE SET authority = excluded.authority,
         prize_multiple = excluded.prize_multiple, updated_at = excluded.updated_at`,
    );
  }

  /** Every title with the version in force on `onDate` (ISO). */
  all(onDate = '9999-12-31'): AwardTitle[] {
    return (this.onDateStmt.all({ onDate }) as TitleRow[]).map(toTitle);
  }

  byId(id: number, onDate?: string): AwardTitle | undefined {
    return this.all(onDate).find((t) => t.id === id);
  }

  byCode(code: string, onDate?: string): AwardTitle | undefined {
    return this.all(onDate).find((t) => t.code === code);
  }

  versions(): AwardTitleVersion[] {
    return (this.versionsStmt.all() as VersionRow[]).map(toVersion);
  }

  insert(title: Omit<AwardTitle, 'id' | 'authority' | 'prizeMultiple' | 'effectiveFrom'>): number {
    return Number(this.insertStmt.run(title).lastInsertRowid);
  }

  saveVersion(version: AwardTitleVersion, now: string): void {
    this.upsertVersionStmt.run({ ...version, now });
  }
}
