import type Database from 'better-sqlite3';
import type { Figure, FigureStatus } from '@shared/domain/figure';

interface FigureRow {
  indicator_id: number;
  unit_id: number | null;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  achieved: number | null;
  status: FigureStatus;
  note: string | null;
}

const toFigure = (r: FigureRow): Figure => ({
  indicatorId: r.indicator_id,
  unitId: r.unit_id,
  year: r.year,
  quarter: r.quarter,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  achieved: r.achieved === null ? null : r.achieved === 1,
  status: r.status,
  note: r.note,
});

type RawFigureRow = [
  number,
  number | null,
  number,
  1 | 2 | 3 | 4,
  number | null,
  number | null,
  number | null,
  number | null,
  FigureStatus,
  string | null,
];

const fromRaw = (r: RawFigureRow): Figure => ({
  indicatorId: r[0],
  unitId: r[1],
  year: r[2],
  quarter: r[3],
  value: r[4],
  numerator: r[5],
  denominator: r[6],
  achieved: r[7] === null ? null : r[7] === 1,
  status: r[8],
  note: r[9],
});

const columns = 'indicator_id, unit_id, year, quarter, value, numerator, denominator, achieved, status, note';

export class FiguresRepository {
  private readonly byYearStmt;
  private readonly byQuarterStmt;
  private readonly unitsReportingStmt;
  private readonly byYearToQuarterStmt;
  private readonly oneStmt;
  private readonly upsertUnitStmt;
  private readonly upsertAreaStmt;
  private readonly deleteStmt;

  constructor(db: Database.Database) {
    // Raw rows: a province has ~100k figures a year, and named-row objects cost more than the query itself.
    this.byYearStmt = db.prepare(`SELECT ${columns} FROM figures WHERE year = ?`).raw(true);
    this.byYearToQuarterStmt = db.prepare(`SELECT ${columns} FROM figures WHERE year = ? AND quarter <= ?`).raw(true);
    this.byQuarterStmt = db.prepare(`SELECT ${columns} FROM figures WHERE year = ? AND quarter = ?`);
    this.unitsReportingStmt = db
      .prepare(`SELECT DISTINCT unit_id FROM figures WHERE year = ? AND quarter = ? AND unit_id IS NOT NULL`)
      .pluck();
    this.oneStmt = db.prepare(
      `SELECT ${columns} FROM figures WHERE indicator_id = ? AND unit_id IS ? AND year = ? AND quarter = ?`,
    );
    const values = `@indicatorId, @unitId, @year, @quarter, @value, @numerator, @denominator, @achieved, @status, @note, @by, @now`;
    const update = `value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
      achieved = excluded.achieved, status = excluded.status, note = excluded.note,
      updated_by = excluded.updated_by, updated_at = excluded.updated_at`;
    const insert = `INSERT INTO figures (indicator_id, unit_id, year, quarter, value, numerator, denominator, achieved,
      status, note, updated_by, updated_at) VALUES (${values})`;
    this.upsertUnitStmt = db.prepare(
      `${insert} ON CONFLICT (indicator_id, unit_id, year, quarter) WHERE unit_id IS NOT NULL DO UPDATE SET ${update}`,
    );
    this.upsertAreaStmt = db.prepare(
      `${insert} ON CONFLICT (indicator_id, year, quarter) WHERE unit_id IS NULL DO UPDATE SET ${update}`,
    );
    this.deleteStmt = db.prepare(
      `DELETE FROM figures WHERE indicator_id = ? AND unit_id IS ? AND year = ? AND quarter = ?`,
    );
  }

  byYear(year: number): Figure[] {
    return (this.byYearStmt.all(year) as RawFigureRow[]).map(fromRaw);
  }

  /** A year's figures up to a quarter: what a year-to-date evaluation reads of the current year. */
  byYearToQuarter(year: number, quarter: number): Figure[] {
    return (this.byYearToQuarterStmt.all(year, quarter) as RawFigureRow[]).map(fromRaw);
  }

  byQuarter(year: number, quarter: number): Figure[] {
    return (this.byQuarterStmt.all(year, quarter) as FigureRow[]).map(toFigure);
  }

  /** The units with at least one figure in a quarter (the dashboard's "who has reported"). */
  unitsReporting(year: number, quarter: number): Set<number> {
    return new Set(this.unitsReportingStmt.all(year, quarter) as number[]);
  }

  one(indicatorId: number, unitId: number | null, year: number, quarter: number): Figure | undefined {
    const row = this.oneStmt.get(indicatorId, unitId, year, quarter) as FigureRow | undefined;
    return row && toFigure(row);
  }

  upsert(figure: Figure, by: string, now: string): void {
    const params = { ...figure, achieved: figure.achieved === null ? null : figure.achieved ? 1 : 0, by, now };
    (figure.unitId === null ? this.upsertAreaStmt : this.upsertUnitStmt).run(params);
  }

  delete(indicatorId: number, unitId: number | null, year: number, quarter: number): void {
    this.deleteStmt.run(indicatorId, unitId, year, quarter);
  }
}
