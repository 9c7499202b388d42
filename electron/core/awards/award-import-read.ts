import type ExcelJS from 'exceljs';
import type { ExcelFile } from '@shared/contract/excel';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { isAppError } from '@shared/errors';
import { awardImportMessages as m } from '@shared/i18n/vi-award-excel';
import { excelPlace } from '@shared/i18n/vi-excel';
import { cellContent, type CellContent } from '../excel-kit/cell-reading';
import { importLimits } from '../excel-kit/limits';
import { loadGuardedWorkbook } from '@core/excel-kit/guarded-workbook';

/** The columns of a past award list, found by their header text (any order, extra columns ignored). */
export const awardColumns = ['name', 'position', 'unit', 'title', 'year', 'number', 'date'] as const;
export type AwardColumn = (typeof awardColumns)[number];
const required: readonly AwardColumn[] = ['name', 'unit', 'title', 'year'];

const headerKey = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Which column a header names, by its folded text: "Họ và tên", "Họ và tên / Tập thể", "Chức vụ", "Đơn vị",
 * "Danh hiệu/Hình thức", "Năm", "Số quyết định" ("Số QĐ"), "Ngày quyết định" ("Ngày QĐ", "Ngày ký").
 * @example headerColumn('Danh hiệu/Hình thức') === 'title'
 */
export function headerColumn(text: string): AwardColumn | null {
  const key = headerKey(text);
  if (key === '') return null;
  if (key.includes('ho va ten') || key.includes('ho ten') || key === 'tap the' || key === 'ten tap the') return 'name';
  if (key.includes('chuc vu')) return 'position';
  if (key.startsWith('don vi') && !key.startsWith('don vi tinh')) return 'unit';
  if (key.includes('danh hieu') || key.includes('hinh thuc')) return 'title';
  if (/^nam( khen thuong| dat| xet| khen)?$/.test(key)) return 'year';
  if (key.includes('so quyet dinh') || /^so qd\b/.test(key)) return 'number';
  if (key.includes('ngay quyet dinh') || /^ngay qd\b/.test(key) || key === 'ngay ky') return 'date';
  return null;
}

/** One data row as written, before any check against the catalogue. */
export interface AwardSheetRow {
  sheetName: string;
  row: number;
  name: string | null;
  position: string | null;
  unit: string | null;
  title: string | null;
  year: number | null;
  number: string | null;
  /** ISO date. */
  date: string | null;
  /** Column letters, for refusals naming the cell. */
  columns: Record<AwardColumn, string | undefined>;
}

export interface AwardFileReading {
  fileName: string;
  rows: AwardSheetRow[];
  refusals: string[];
  notices: string[];
}

const maxText = 300;
const decisionNumberPattern = /^[0-9A-Za-zĐđ./-]{1,40}$/;

function textOf(content: CellContent): string | null | undefined {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'text': {
      const text = content.text.replace(/\s+/g, ' ').trim();
      return text === '' ? null : text;
    }
    case 'number':
      return String(content.value);
    case 'date':
      return content.value.toISOString().slice(0, 10);
    case 'boolean':
      return null;
    default:
      return undefined;
  }
}

function isoDate(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1990 || y > 2200 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A decision date: a date cell, or text "26/12/2022" (day first, as Vietnamese documents write it), "26-12-2022",
 * "26.12.2022" or "2022-12-26". Anything else is refused, never guessed.
 */
export function readDecisionDate(content: CellContent): { ok: true; value: string | null } | { ok: false } {
  if (content.kind === 'empty') return { ok: true, value: null };
  if (content.kind === 'date') {
    const v = content.value;
    const value = isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return value === null ? { ok: false } : { ok: true, value };
  }
  if (content.kind !== 'text') return { ok: false };
  const text = content.text.trim();
  if (text === '') return { ok: true, value: null };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const value = dmy
    ? isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
    : ymd
      ? isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
      : null;
  return value === null ? { ok: false } : { ok: true, value };
}

function readYear(content: CellContent): { ok: true; value: number | null } | { ok: false } {
  if (content.kind === 'empty') return { ok: true, value: null };
  const text = content.kind === 'number' ? String(content.value) : content.kind === 'text' ? content.text.trim() : '?';
  if (text === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(text)) return { ok: false };
  const year = Number(text);
  return year >= 1990 && year <= 2200 ? { ok: true, value: year } : { ok: false };
}

/** A cell's own content: the cells a merge covers (a "Tổng cộng" line spread over columns) read as blank. */
function ownContent(cell: ExcelJS.Cell): CellContent {
  if (cell.isMerged && cell.master !== cell) return { kind: 'empty' };
  return cellContent(cell.value);
}

/** The header row of a sheet: the first row (from the top) naming every required column. */
function findHeader(sheet: ExcelJS.Worksheet) {
  const last = Math.min(sheet.rowCount, importLimits.headerScanRows);
  for (let r = 1; r <= last; r += 1) {
    const found = new Map<AwardColumn, number>();
    const row = sheet.getRow(r);
    for (let c = 1; c <= Math.min(row.cellCount, importLimits.headerScanColumns); c += 1) {
      const text = textOf(ownContent(row.getCell(c)));
      const column = text ? headerColumn(text) : null;
      if (column && !found.has(column)) found.set(column, c);
    }
    if (required.every((k) => found.has(k))) return { row: r, columns: found };
  }
  return null;
}

function readSheet(fileName: string, sheet: ExcelJS.Worksheet, reading: AwardFileReading): boolean {
  const header = findHeader(sheet);
  if (!header) return false;
  const letters = Object.fromEntries(
    awardColumns.map((k) => [k, header.columns.has(k) ? sheet.getColumn(header.columns.get(k)!).letter : undefined]),
  ) as Record<AwardColumn, string | undefined>;
  for (let r = header.row + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const place = (k: AwardColumn) => excelPlace({ file: fileName, sheet: sheet.name, row: r, column: letters[k] });
    const content = (k: AwardColumn): CellContent =>
      header.columns.has(k) ? ownContent(row.getCell(header.columns.get(k)!)) : { kind: 'empty' };
    const refusals: string[] = [];
    const text = (k: AwardColumn): string | null => {
      const value = textOf(content(k));
      if (value === undefined) {
        refusals.push(m.cellProblem(place(k)));
        return null;
      }
      if (value !== null && value.length > maxText) {
        refusals.push(m.tooLong(place(k), maxText));
        return null;
      }
      return value;
    };
    const unit = text('unit');
    const title = text('title');
    const yearCell = content('year');
    // A blank line, or a total line ("Tổng cộng"): no unit, no title, no year.
    if (unit === null && title === null && textOf(yearCell) === null && refusals.length === 0) continue;
    const name = text('name');
    const position = text('position');
    const number = text('number');
    const year = readYear(yearCell);
    if (!year.ok) refusals.push(m.badYear(place('year'), textOf(yearCell) ?? ''));
    const date = readDecisionDate(content('date'));
    if (!date.ok) refusals.push(m.badDate(place('date'), textOf(content('date')) ?? ''));
    if (unit === null) refusals.push(m.missingUnit(place('unit')));
    if (title === null) refusals.push(m.missingTitle(place('title')));
    if (year.ok && year.value === null) refusals.push(m.badYear(place('year'), ''));
    if (number !== null && !decisionNumberPattern.test(number)) refusals.push(m.badNumber(place('number'), number));
    if (number !== null && date.ok && date.value === null) refusals.push(m.missingDate(place('date')));
    if (number === null && date.ok && date.value !== null) refusals.push(m.missingNumber(place('number')));
    if (refusals.length > 0) {
      reading.refusals.push(...refusals);
      continue;
    }
    reading.rows.push({
      sheetName: sheet.name,
      row: r,
      name,
      position,
      unit,
      title,
      year: year.ok ? year.value : null,
      number,
      date: date.ok ? date.value : null,
      columns: letters,
    });
  }
  return true;
}

/**
 * Reads one past award list: the zip guard (zip bombs, damaged or encrypted files), exceljs, then every sheet
 * with a header row. A file-level problem becomes the file's refusal instead of failing the whole import.
 */
export async function readAwardFile(file: ExcelFile): Promise<AwardFileReading> {
  const reading: AwardFileReading = { fileName: file.fileName, rows: [], refusals: [], notices: [] };
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadGuardedWorkbook(file.fileName, file.contentBase64, m.notWorkbook);
  } catch (error) {
    if (isAppError(error) && error.code === 'FILE_INVALID') {
      reading.refusals.push(error.message);
      return reading;
    }
    throw error;
  }
  let lists = 0;
  for (const sheet of workbook.worksheets) {
    if (readSheet(file.fileName, sheet, reading)) lists += 1;
    else reading.notices.push(m.ignoredSheet(excelPlace({ file: file.fileName, sheet: sheet.name })));
  }
  if (lists === 0) return { ...reading, refusals: [m.noListSheet(file.fileName)], notices: [] };
  return reading;
}
