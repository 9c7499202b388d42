import type Database from 'better-sqlite3';
import type { AggregationKind, Direction, Indicator } from '@shared/domain/indicator';
import type { IndicatorGroup } from '@shared/domain/target-form';

interface IndicatorRow {
  id: number;
  name: string;
  field: IndicatorGroup;
  measure_unit: string | null;
  kind: AggregationKind;
  area_only: number;
  numerator_label: string | null;
  denominator_label: string | null;
  rate_scale: number;
  direction: Direction;
  decimals: number;
  is_demo: number;
}

const toIndicator = (r: IndicatorRow): Indicator => ({
  id: r.id,
  name: r.name,
  group: r.field,
  measureUnit: r.measure_unit,
  kind: r.kind,
  areaOnly: r.area_only === 1,
  numeratorLabel: r.numerator_label,
  denominatorLabel: r.denominator_label,
  rateScale: r.rate_scale,
  direction: r.direction,
  decimals: r.decimals,
  demo: r.is_demo === 1,
});

export type IndicatorFields = Omit<Indicator, 'id'>;

const columns =
  'id, name, field, measure_unit, kind, area_only, numerator_label, denominator_label, rate_scale, direction, decimals, is_demo';

export class IndicatorsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byNameStmt;
  private readonly insertStmt;
  private readonly updateStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(`SELECT ${columns} FROM indicators`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM indicators WHERE id = ?`);
    this.byNameStmt = db.prepare(
      `SELECT ${columns} FROM indicators WHERE name = ? COLLATE NOCASE AND ifnull(measure_unit, '') = ifnull(?, '')`,
    );
    const values = `@name, @group, @measureUnit, @kind, @areaOnly, @numeratorLabel, @denominatorLabel, @rateScale, @direction, @decimals`;
    this.insertStmt = db.prepare(
      `INSERT INTO indicators (name, field, measure_unit, kind, area_only, numerator_label, denominator_label, rate_scale,
         direction, decimals, is_demo, created_at, updated_at)
       VALUES (${values}, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE indicators SET name = @name, field = @group, measure_unit = @measureUnit, kind = @kind,
         area_only = @areaOnly, numerator_label = @numeratorLabel, denominator_label = @denominatorLabel, rate_scale = @rateScale,
         direction = @direction, decimals = @decimals, updated_at = @now
       WHERE id = @id`,
    );
  }

  all(): Indicator[] {
    return (this.allStmt.all() as IndicatorRow[]).map(toIndicator);
  }

  byId(id: number): Indicator | undefined {
    const row = this.byIdStmt.get(id) as IndicatorRow | undefined;
    return row && toIndicator(row);
  }

  /**
   * The catalogue entry with this name and unit, ignoring case the Vietnamese way: SQLite's NOCASE folds only ASCII,
   * so "Đàn gia cầm" and "đàn gia cầm" would otherwise be two indicators.
   */
  byNameAndUnit(name: string, measureUnit: string | null): Indicator | undefined {
    const row = this.byNameStmt.get(name, measureUnit) as IndicatorRow | undefined;
    if (row) return toIndicator(row);
    const key = (n: string, u: string | null) =>
      `${n.normalize('NFC').toLocaleLowerCase('vi').trim()}|${(u ?? '').toLocaleLowerCase('vi')}`;
    const wanted = key(name, measureUnit);
    return this.all().find((i) => key(i.name, i.measureUnit) === wanted);
  }

  insert(fields: IndicatorFields, now: string): Indicator {
    const info = this.insertStmt.run({ ...fields, areaOnly: fields.areaOnly ? 1 : 0, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }

  update(id: number, fields: Omit<IndicatorFields, 'demo'>, now: string): void {
    this.updateStmt.run({ ...fields, areaOnly: fields.areaOnly ? 1 : 0, id, now });
  }
}
