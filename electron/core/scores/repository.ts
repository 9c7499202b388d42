import type Database from 'better-sqlite3';
import type { RoundPeriod, ScoreLayer } from '@shared/domain/cluster';
import { roundDocumentFields, type RoundDocumentFields } from '@shared/document/round-documents';
import type { NominationAward, TieBreak } from '@shared/scoring/criteria';

export interface Nomination {
  award: NominationAward;
  unitId: number;
  votes: number;
}

/** The minutes (biên bản) of the round's meeting and the peer nomination (suy tôn) it recorded. */
export interface RoundMinutes {
  meetingDate: string | null;
  meetingPlace: string | null;
  chair: string | null;
  recorder: string | null;
  voters: number | null;
  note: string | null;
}

export interface ScoreRound {
  id: number;
  clusterId: number;
  period: RoundPeriod;
  tieRule: TieBreak[];
  nominations: Nomination[];
  minutes: RoundMinutes;
  documents: RoundDocumentFields;
}

export interface StoredScore {
  unitId: number;
  criterionId: number;
  layer: ScoreLayer;
  points: number | null;
  comment: string | null;
}

interface RoundRow {
  id: number;
  cluster_id: number;
  period: RoundPeriod;
  tie_rule: string;
  nominations: string;
  meeting_date: string | null;
  meeting_place: string | null;
  chair: string | null;
  recorder: string | null;
  voters: number | null;
  minutes_note: string | null;
  document_fields: string;
}

const toRound = (r: RoundRow): ScoreRound => ({
  id: r.id,
  clusterId: r.cluster_id,
  period: r.period,
  tieRule: JSON.parse(r.tie_rule) as TieBreak[],
  nominations: JSON.parse(r.nominations) as Nomination[],
  minutes: {
    meetingDate: r.meeting_date,
    meetingPlace: r.meeting_place,
    chair: r.chair,
    recorder: r.recorder,
    voters: r.voters,
    note: r.minutes_note,
  },
  documents: roundDocumentFields(JSON.parse(r.document_fields) as Partial<RoundDocumentFields>),
});

/** Scoring rounds and the three layers of scores. */
export class ClusterScoresRepository {
  private readonly roundByIdStmt;
  private readonly roundForStmt;
  private readonly roundsOfClusterStmt;
  private readonly insertRoundStmt;
  private readonly updateRoundStmt;
  private readonly scoresStmt;
  private readonly scoreStmt;
  private readonly upsertScoreStmt;
  private readonly deleteScoreStmt;
  private readonly scoredCriteriaStmt;
  private readonly documentsStmt;

  constructor(db: Database.Database) {
    const columns = `id, cluster_id, period, tie_rule, nominations, meeting_date, meeting_place, chair, recorder,
      voters, minutes_note, document_fields`;
    this.roundByIdStmt = db.prepare(`SELECT ${columns} FROM score_rounds WHERE id = ?`);
    this.roundForStmt = db.prepare(`SELECT ${columns} FROM score_rounds WHERE cluster_id = ? AND period = ?`);
    this.roundsOfClusterStmt = db.prepare(`SELECT ${columns} FROM score_rounds WHERE cluster_id = ? ORDER BY period`);
    this.insertRoundStmt = db.prepare(
      `INSERT INTO score_rounds (cluster_id, period, tie_rule, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.updateRoundStmt = db.prepare(
      `UPDATE score_rounds SET tie_rule = @tieRule, nominations = @nominations, meeting_date = @meetingDate,
         meeting_place = @meetingPlace, chair = @chair, recorder = @recorder, voters = @voters,
         minutes_note = @note, updated_at = @now
       WHERE id = @id`,
    );
    const scoreColumns = 'unit_id AS unitId, criterion_id AS criterionId, layer, points, comment';
    this.documentsStmt = db.prepare(
      `UPDATE score_rounds SET document_fields = @fields, updated_at = @now WHERE id = @id`,
    );
    this.scoresStmt = db.prepare(`SELECT ${scoreColumns} FROM scores WHERE round_id = ?`);
    this.scoreStmt = db.prepare(
      `SELECT ${scoreColumns} FROM scores WHERE round_id = ? AND unit_id = ? AND criterion_id = ? AND layer = ?`,
    );
    this.upsertScoreStmt = db.prepare(
      `INSERT INTO scores (round_id, unit_id, criterion_id, layer, points, comment, updated_at)
       VALUES (@roundId, @unitId, @criterionId, @layer, @points, @comment, @now)
       ON CONFLICT (round_id, unit_id, criterion_id, layer)
       DO UPDATE SET points = excluded.points, comment = excluded.comment, updated_at = excluded.updated_at`,
    );
    this.deleteScoreStmt = db.prepare(
      `DELETE FROM scores WHERE round_id = ? AND unit_id = ? AND criterion_id = ? AND layer = ?`,
    );
    this.scoredCriteriaStmt = db
      .prepare(
        `SELECT DISTINCT s.criterion_id FROM scores s JOIN score_criteria c ON c.id = s.criterion_id
       WHERE c.cluster_id = ?`,
      )
      .pluck();
  }

  roundById(id: number): ScoreRound | undefined {
    const row = this.roundByIdStmt.get(id) as RoundRow | undefined;
    return row && toRound(row);
  }

  roundFor(clusterId: number, period: RoundPeriod): ScoreRound | undefined {
    const row = this.roundForStmt.get(clusterId, period) as RoundRow | undefined;
    return row && toRound(row);
  }

  roundsOf(clusterId: number): ScoreRound[] {
    return (this.roundsOfClusterStmt.all(clusterId) as RoundRow[]).map(toRound);
  }

  insertRound(clusterId: number, period: RoundPeriod, tieRule: readonly TieBreak[], now: string): ScoreRound {
    const id = Number(this.insertRoundStmt.run(clusterId, period, JSON.stringify(tieRule), now, now).lastInsertRowid);
    return this.roundById(id)!;
  }

  updateRound(
    id: number,
    fields: { tieRule: readonly TieBreak[]; nominations: readonly Nomination[]; minutes: RoundMinutes },
    now: string,
  ): ScoreRound {
    this.updateRoundStmt.run({
      id,
      now,
      tieRule: JSON.stringify(fields.tieRule),
      nominations: JSON.stringify(fields.nominations),
      ...fields.minutes,
    });
    return this.roundById(id)!;
  }

  /** The printed documents' fields of a round (dates, signer, biên bản parts). */
  updateDocuments(id: number, fields: RoundDocumentFields, now: string): ScoreRound {
    this.documentsStmt.run({ id, fields: JSON.stringify(fields), now });
    return this.roundById(id)!;
  }

  scores(roundId: number): StoredScore[] {
    return this.scoresStmt.all(roundId) as StoredScore[];
  }

  score(roundId: number, unitId: number, criterionId: number, layer: ScoreLayer): StoredScore | undefined {
    return this.scoreStmt.get(roundId, unitId, criterionId, layer) as StoredScore | undefined;
  }

  /** Writes a score, or removes it when both the points and the comment are empty. */
  putScore(roundId: number, score: StoredScore, now: string): void {
    if (score.points === null && score.comment === null) {
      this.deleteScoreStmt.run(roundId, score.unitId, score.criterionId, score.layer);
    } else {
      this.upsertScoreStmt.run({ roundId, ...score, now });
    }
  }

  /** Criteria of a cluster's table that carry at least one score in any round. */
  scoredCriteria(clusterId: number): Set<number> {
    return new Set(this.scoredCriteriaStmt.all(clusterId) as number[]);
  }
}
