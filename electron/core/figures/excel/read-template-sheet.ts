import type ExcelJS from 'exceljs';
import type { FigureStatus } from '@shared/domain/figure';
import { excelPlace, importMessages, templateLabels } from '@shared/i18n/vi-excel';
import {
  cellContent,
  cellText,
  readChoice,
  readNumber,
  readText,
  type CellContent,
} from '@core/excel-kit/cell-reading';
import { importLimits } from '@core/excel-kit/limits';
import {
  columnLetter,
  columnOfKey,
  importedColumns,
  isMarkerText,
  readMarker,
  type ImportedColumn,
  type MarkerReading,
  type TemplateColumn,
  type TemplateMarker,
} from '@core/excel-kit/template-layout';

/** One indicator row as the unit returned it, before anything is checked against the database. */
export interface TemplateRowReading {
  row: number;
  /** The hidden id: a positive integer, or the text found there (refused later as unknown). */
  indicatorId: number | string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  achieved: boolean | null;
  status: FigureStatus | null;
  note: string | null;
}

export interface TemplateSheetReading {
  sheetName: string;
  marker: TemplateMarker;
  rows: TemplateRowReading[];
  /** Column letters as found in this sheet (after any column the unit inserted), for messages. */
  letters: Record<ImportedColumn, string>;
}

export type SheetReading =
  | { kind: 'template'; sheet: TemplateSheetReading; refusals: string[]; notices: string[] }
  | { kind: 'instructions' }
  | { kind: 'other' }
  | { kind: 'refused'; refusals: string[] };

const achievedChoices = [
  [templateLabels.achieved, true],
  [templateLabels.notAchieved, false],
  ['Không đạt', false],
] as const;
const statusChoices = [
  [templateLabels.estimated, 'uoc'],
  ['Ước tính', 'uoc'],
  [templateLabels.official, 'chinh_thuc'],
] as const;

/** The hidden marker and key row, found by scanning the top-left of the sheet (units insert rows and columns). */
function scanHeader(sheet: ExcelJS.Worksheet) {
  let marker: MarkerReading | undefined;
  let keyRow: number | undefined;
  const columns = new Map<TemplateColumn, number>();
  const duplicates: TemplateColumn[] = [];
  for (let r = 1; r <= importLimits.headerScanRows; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    row.eachCell((cell, c) => {
      if (c > importLimits.headerScanColumns) return;
      const text = cellText(cellContent(cell.value));
      if (marker === undefined && isMarkerText(text)) marker = readMarker(text);
      const column = keyRow === undefined || keyRow === r ? columnOfKey(text) : undefined;
      if (column === undefined) return;
      keyRow = r;
      if (columns.has(column)) duplicates.push(column);
      else columns.set(column, c);
    });
  }
  return { marker, keyRow, columns, duplicates };
}

function readRow(
  row: ExcelJS.Row,
  columns: Record<ImportedColumn, number>,
  place: (column: ImportedColumn) => string,
  refusals: string[],
): Omit<TemplateRowReading, 'indicatorId' | 'row'> {
  const content = (column: ImportedColumn): CellContent => cellContent(row.findCell(columns[column])?.value);
  const take = <T>(read: { ok: true; value: T | null } | { ok: false; refusal: string }): T | null => {
    if (read.ok) return read.value;
    refusals.push(read.refusal);
    return null;
  };
  return {
    value: take(readNumber(content('value'), place('value'))),
    numerator: take(readNumber(content('numerator'), place('numerator'))),
    denominator: take(readNumber(content('denominator'), place('denominator'))),
    achieved: take(readChoice(content('achieved'), place('achieved'), achievedChoices, importMessages.achievedChoices)),
    status: take(readChoice(content('status'), place('status'), statusChoices, importMessages.statusChoices)),
    note: take(readText(content('note'), place('note'), importLimits.maxNoteLength)),
  };
}

/**
 * The hidden indicator id: an integer cell (as exported) or digits typed as text; anything else (text, an error,
 * a formula without a result) is kept as text and refused later. Blank, and the column's own header label, mean
 * "not an indicator row".
 */
function readIndicatorId(content: CellContent): number | string | null {
  if (content.kind === 'error') return content.error;
  if (content.kind === 'noResult') return '=';
  const text = cellText(content);
  if (text === '' || text === templateLabels.headers.indicatorId) return null;
  const id = Number(text);
  return /^\d{1,12}$/.test(text) && id > 0 ? id : text.slice(0, 40);
}

/**
 * Reads one worksheet. A sheet without our marker is not ours (the instructions, a unit's own working sheet); a
 * sheet with it must have every imported column key, and each row with an indicator id is read cell by cell, every
 * unreadable cell refused with file, sheet, row and column.
 */
export function readTemplateSheet(fileName: string, sheet: ExcelJS.Worksheet): SheetReading {
  const header = scanHeader(sheet);
  const at = { file: fileName, sheet: sheet.name };
  if (header.marker === undefined) return { kind: 'other' };
  if (header.marker.kind === 'instructions') return { kind: 'instructions' };
  if (header.marker.kind === 'invalid')
    return { kind: 'refused', refusals: [importMessages.badMarker(excelPlace(at))] };
  if (header.marker.kind === 'newer') {
    return { kind: 'refused', refusals: [importMessages.newerTemplate(excelPlace(at), header.marker.version)] };
  }
  const names = importMessages.columnNames;
  if (header.duplicates.length > 0) {
    const column = header.duplicates[0]!;
    return { kind: 'refused', refusals: [importMessages.duplicateColumn(excelPlace(at), names[column] ?? column)] };
  }
  const missing = importedColumns.filter((c) => !header.columns.has(c));
  if (missing.length > 0 || header.keyRow === undefined) {
    const list = missing.map((c) => names[c] ?? c).join(', ');
    return { kind: 'refused', refusals: [importMessages.missingColumns(excelPlace(at), list)] };
  }
  const columns = Object.fromEntries(importedColumns.map((c) => [c, header.columns.get(c)!])) as Record<
    ImportedColumn,
    number
  >;
  const letters = Object.fromEntries(importedColumns.map((c) => [c, columnLetter(columns[c])])) as Record<
    ImportedColumn,
    string
  >;

  const refusals: string[] = [];
  const notices: string[] = [];
  const rows: TemplateRowReading[] = [];
  const keyRow = header.keyRow;
  sheet.eachRow((row, r) => {
    if (r <= keyRow) return;
    const place = (column: ImportedColumn) => excelPlace({ ...at, row: r, column: letters[column] });
    const indicatorId = readIndicatorId(cellContent(row.findCell(columns.indicatorId)?.value));
    const cells = readRow(row, columns, place, indicatorId === null ? [] : refusals);
    if (indicatorId === null) {
      const inputs = [cells.value, cells.numerator, cells.denominator, cells.achieved];
      if (inputs.some((v) => v !== null)) notices.push(importMessages.ignoredRow(excelPlace({ ...at, row: r })));
      return;
    }
    rows.push({ row: r, indicatorId, ...cells });
  });
  return {
    kind: 'template',
    sheet: { sheetName: sheet.name, marker: header.marker.marker, rows, letters },
    refusals,
    notices,
  };
}
