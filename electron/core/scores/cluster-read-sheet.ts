import type ExcelJS from 'exceljs';
import type { ExcelFile } from '@shared/contract/excel';
import { isAppError } from '@shared/errors';
import { selfScoreLabels, selfScoreMessages } from '@shared/i18n/vi-cluster-excel';
import { excelPlace } from '@shared/i18n/vi-excel';
import {
  cellContent,
  cellText,
  readNumber,
  readText,
  type CellContent,
  type CellRead,
} from '../excel-kit/cell-reading';
import {
  columnOfSelfScoreKey,
  isSelfScoreMarkerText,
  readSelfScoreMarker,
  selfScoreImported,
  type SelfScoreColumn,
  type SelfScoreImported,
  type SelfScoreMarker,
  type SelfScoreMarkerReading,
} from './cluster-sheet-layout';
import { loadGuardedWorkbook } from '@core/excel-kit/guarded-workbook';
import { importLimits } from '../excel-kit/limits';
import { columnLetter } from '../excel-kit/template-layout';

/** One criterion row as the unit returned it. */
export interface SelfScoreRowReading {
  row: number;
  /** The hidden id, or the text found there (refused later as unknown). */
  criterionId: number | string;
  points: number | null;
  comment: string | null;
  /** Where the points cell is, for messages. */
  pointsPlace: string;
}

export interface SelfScoreSheetReading {
  sheetName: string;
  marker: SelfScoreMarker;
  rows: SelfScoreRowReading[];
}

export interface SelfScoreFileReading {
  fileName: string;
  sheets: SelfScoreSheetReading[];
  refusals: string[];
  notices: string[];
}

function scanHeader(sheet: ExcelJS.Worksheet) {
  let marker: SelfScoreMarkerReading | undefined;
  let keyRow: number | undefined;
  const columns = new Map<SelfScoreColumn, number>();
  for (let r = 1; r <= importLimits.headerScanRows; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    row.eachCell((cell, c) => {
      if (c > importLimits.headerScanColumns) return;
      const text = cellText(cellContent(cell.value));
      if (marker === undefined && isSelfScoreMarkerText(text)) marker = readSelfScoreMarker(text);
      const column = keyRow === undefined || keyRow === r ? columnOfSelfScoreKey(text) : undefined;
      if (column === undefined || columns.has(column)) return;
      keyRow = r;
      columns.set(column, c);
    });
  }
  return { marker, keyRow, columns };
}

function readCriterionId(content: CellContent): number | string | null {
  if (content.kind === 'error') return content.error;
  if (content.kind === 'noResult') return '=';
  const text = cellText(content);
  if (text === '' || text === selfScoreLabels.headers.criterionId) return null;
  const id = Number(text);
  return /^\d{1,12}$/.test(text) && id > 0 ? id : text.slice(0, 40);
}

type SheetResult =
  | { kind: 'sheet'; sheet: SelfScoreSheetReading; refusals: string[] }
  | { kind: 'instructions' }
  | { kind: 'other' }
  | { kind: 'refused'; refusal: string };

function readSheet(fileName: string, sheet: ExcelJS.Worksheet): SheetResult {
  const header = scanHeader(sheet);
  const at = { file: fileName, sheet: sheet.name };
  if (header.marker === undefined) return { kind: 'other' };
  if (header.marker.kind === 'instructions') return { kind: 'instructions' };
  if (header.marker.kind === 'invalid')
    return { kind: 'refused', refusal: selfScoreMessages.badMarker(excelPlace(at)) };
  if (header.marker.kind === 'newer') {
    return { kind: 'refused', refusal: selfScoreMessages.newer(excelPlace(at), header.marker.version) };
  }
  const missing = selfScoreImported.filter((c) => !header.columns.has(c));
  if (missing.length > 0 || header.keyRow === undefined) {
    const names = missing.map((c) => selfScoreMessages.columnNames[c] ?? c).join(', ');
    return { kind: 'refused', refusal: selfScoreMessages.missingColumns(excelPlace(at), names) };
  }
  const columns = Object.fromEntries(selfScoreImported.map((c) => [c, header.columns.get(c)!])) as Record<
    SelfScoreImported,
    number
  >;
  const refusals: string[] = [];
  const rows: SelfScoreRowReading[] = [];
  const keyRow = header.keyRow;
  sheet.eachRow((row, r) => {
    if (r <= keyRow) return;
    const content = (c: SelfScoreImported) => cellContent(row.findCell(columns[c])?.value);
    const place = (c: SelfScoreImported) => excelPlace({ ...at, row: r, column: columnLetter(columns[c]) });
    const criterionId = readCriterionId(content('criterionId'));
    if (criterionId === null) return;
    const take = <T>(read: CellRead<T>): T | null => {
      if (read.ok) return read.value;
      refusals.push(read.refusal);
      return null;
    };
    rows.push({
      row: r,
      criterionId,
      points: take(readNumber(content('points'), place('points'))),
      comment: take(readText(content('comment'), place('comment'), importLimits.maxNoteLength)),
      pointsPlace: place('points'),
    });
  });
  return { kind: 'sheet', sheet: { sheetName: sheet.name, marker: header.marker.marker, rows }, refusals };
}

/**
 * Reads one returned file: the zip guard, exceljs, then every sheet found by its hidden marker (so a renamed sheet
 * or an inserted column still reads). A problem with the file itself becomes its refusal.
 */
export async function readSelfScoreFile(file: ExcelFile): Promise<SelfScoreFileReading> {
  const reading: SelfScoreFileReading = { fileName: file.fileName, sheets: [], refusals: [], notices: [] };
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadGuardedWorkbook(file.fileName, file.contentBase64, selfScoreMessages.notTemplate);
  } catch (error) {
    if (isAppError(error) && error.code === 'FILE_INVALID') {
      reading.refusals.push(error.message);
      return reading;
    }
    throw error;
  }
  let ours = 0;
  for (const sheet of workbook.worksheets) {
    const result = readSheet(file.fileName, sheet);
    if (result.kind === 'sheet') {
      ours++;
      reading.sheets.push(result.sheet);
      reading.refusals.push(...result.refusals);
    } else if (result.kind === 'refused') {
      ours++;
      reading.refusals.push(result.refusal);
    } else if (result.kind === 'other') {
      reading.notices.push(selfScoreMessages.ignoredSheet(excelPlace({ file: file.fileName, sheet: sheet.name })));
    }
  }
  if (ours === 0) return { ...reading, refusals: [selfScoreMessages.notTemplate(file.fileName)], notices: [] };
  return reading;
}
