import type Database from 'better-sqlite3';
import type { AwardTitle, AwardTitleVersion } from '@shared/commendation/catalogue';
import type { CouncilLevel } from '@shared/domain/council';

interface TitleRow {
  id: number;
  code: string;
  name: string;
  category: AwardTitle['category'];
  recipient: AwardTitle['recipient'];
  position: number;
  tier: AwardTitle['tier'];
  version_authority: string | null;
  prize_multiple: number | null;
  effective_from: string | null;
  legal_basis: string | null;
  confirmed: number | null;
  decided_by: string | null;
  within_council: number | null;
}

interface VersionRow {
  title_id: number;
  effective_from: string;
  prize_multiple: number;
  legal_basis: string;
  confirmed: number;
}

const toTitle = (r: TitleRow): AwardTitle => ({
  id: r.id,
  code: r.code,
  name: r.name,
  category: r.category,
  recipient: r.recipient,
  position: r.position,
  tier: r.tier,
  // Versions before migration 0090 carried the authority as text; the per-level table replaces it where it has a row.
  authority: r.decided_by ?? r.version_authority ?? '',
  withinCouncil: r.within_council === null ? true : r.within_council === 1,
  prizeMultiple: r.prize_multiple ?? 0,
  effectiveFrom: r.effective_from ?? '',
  legalBasis: r.legal_basis ?? '',
  confirmed: r.confirmed === null ? true : r.confirmed === 1,
});

const toVersion = (r: VersionRow): AwardTitleVersion => ({
  titleId: r.title_id,
  effectiveFrom: r.effective_from,
  prizeMultiple: r.prize_multiple,
  legalBasis: r.legal_basis,
  confirmed: r.confirmed === 1,
});

/**
 * The catalogue of titles and forms, each with its prize multiple by effective date and, for a council level, who
 * decides it then (table `award_authorities`).
 */
export class TitlesRepository {
  private readonly onDateStmt;
  private readonly versionsStmt;
  private readonly insertStmt;
  private readonly upsertVersionStmt;

  constructor(db: Database.Database) {
    this.onDateStmt = db.prepare(
      `SELECT t.id, t.code, t.name, t.category, t.recipient, t.position, t.tier, v.authority AS version_authority,
         v.prize_multiple, v.effective_from, v.legal_basis, v.confirmed, a.decided_by, a.within_council
       FROM award_titles t
       LEFT JOIN award_title_versions v ON v.title_id = t.id AND v.effective_from = (
         SELECT max(effective_from) FROM award_title_versions WHERE title_id = t.id AND effective_from <= @onDate)
       LEFT JOIN award_authorities a ON a.title_id = t.id AND a.council_level = @level AND a.effective_from = (
         SELECT max(effective_from) FROM award_authorities
         WHERE title_id = t.id AND council_level = @level AND effective_from <= @onDate)
       ORDER BY t.position, t.id`,
    );
    this.versionsStmt = db.prepare(
      `SELECT title_id, effective_from, prize_multiple, legal_basis, confirmed FROM award_title_versions
       ORDER BY title_id, effective_from`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO award_titles (code, name, category, recipient, position, tier)
       VALUES (@code, @name, @category, @recipient, @position, @tier)`,
    );
    this.upsertVersionStmt = db.prepare(
      `INSERT INTO award_title_versions (title_id, effective_from, authority, prize_multiple, legal_basis, confirmed,
         updated_at)
       VALUES (@titleId, @effectiveFrom, '', @prizeMultiple, @legalBasis, @confirmed, @now)
       ON CONFLICT (title_id, effective_from) DO UPDATE SET prize_multiple = excluded.prize_multiple,
         legal_basis = excluded.legal_basis, confirmed = excluded.confirmed, updated_at = excluded.updated_at`,
    );
  }

  /** Every title with the version in force on `onDate` (ISO) and, given a council level, its authority then. */
  all(onDate = '9999-12-31', level: CouncilLevel | null = null): AwardTitle[] {
    return (this.onDateStmt.all({ onDate, level }) as TitleRow[]).map(toTitle);
  }

  byId(id: number, onDate?: string, level: CouncilLevel | null = null): AwardTitle | undefined {
    return this.all(onDate, level).find((t) => t.id === id);
  }

  byCode(code: string, onDate?: string, level: CouncilLevel | null = null): AwardTitle | undefined {
    return this.all(onDate, level).find((t) => t.code === code);
  }

  versions(): AwardTitleVersion[] {
    return (this.versionsStmt.all() as VersionRow[]).map(toVersion);
  }

  insert(
    title: Omit<
      AwardTitle,
      'id' | 'authority' | 'withinCouncil' | 'prizeMultiple' | 'effectiveFrom' | 'legalBasis' | 'confirmed'
    >,
  ): number {
    return Number(this.insertStmt.run(title).lastInsertRowid);
  }

  saveVersion(version: AwardTitleVersion, now: string): void {
    this.upsertVersionStmt.run({ ...version, confirmed: version.confirmed ? 1 : 0, now });
  }
}
