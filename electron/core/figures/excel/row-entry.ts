import type { FigureEntry } from '@shared/domain/figure-checks';
import type { AggregationKind, Indicator } from '@shared/domain/indicator';
import { importMessages } from '@shared/i18n/vi-excel';
import type { TemplateRowReading } from './read-template-sheet';
import type { ImportedColumn } from '@core/excel-kit/template-layout';

type MeasureColumn = 'value' | 'numerator' | 'denominator' | 'achieved';
const measureColumns: readonly MeasureColumn[] = ['value', 'numerator', 'denominator', 'achieved'];

/** The input cells an indicator of each kind uses (see `Figure`); the sheet greys out and locks the others. */
export function columnsOfKind(kind: AggregationKind): readonly MeasureColumn[] {
  switch (kind) {
    case 'rate':
      return ['value', 'numerator', 'denominator'];
    case 'intensity':
      return ['numerator', 'denominator'];
    case 'unit_count':
    case 'qualitative':
      return ['achieved'];
    default:
      return ['value'];
  }
}

/**
 * The figure a row enters for a unit, or null when its input cells are blank (not reported: the figure already
 * held is kept, since a blank cell in a resent file is far more often "not filled" than "delete"). A value in a cell
 * the indicator's kind does not use is refused rather than moved to the right field.
 */
export function entryFromRow(
  row: TemplateRowReading,
  indicator: Indicator,
  unitId: number,
  place: (column: ImportedColumn) => string,
): { entry: FigureEntry | null; refusals: string[] } {
  const used = columnsOfKind(indicator.kind);
  const refusals = measureColumns
    .filter((column) => !used.includes(column) && row[column] !== null)
    .map((column) => importMessages.wrongCell(place(column), indicator.name));
  if (refusals.length > 0) return { entry: null, refusals };
  if (used.every((column) => row[column] === null)) return { entry: null, refusals };
  return {
    entry: {
      indicatorId: indicator.id,
      unitId,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      achieved: row.achieved,
      status: row.status ?? 'uoc',
      note: row.note,
    },
    refusals,
  };
}
