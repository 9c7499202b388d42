import type { IndicatorGroup } from '../domain/target-form';
import { planReadingMessages } from '../i18n/vi-plan-reading';
import { foldForMatch, isUpperCaseLine, trimChars, wordCount } from './normalize';
import { splitComparatorWords } from './comparators';
import { groupOfHeading, readMarker } from './outline';
import type { TableBlock, TableRow } from './segment';
import { readStatement, type StatementReading } from './statement';
import { unitSpanAt } from './units';

/** One target read from a row of a table, with where it came from. */
export interface TableTarget {
  reading: StatementReading;
  line: number;
  /** The group row above it ("I. Kinh tế"), when the table has one. */
  group: IndicatorGroup | null;
  confidence: number;
  reason: string;
}

export type ColumnRole = 'stt' | 'name' | 'unit' | 'value' | 'actual' | 'note';

interface Layout {
  /** How many rows the header takes (column numbering rows included). */
  headerRows: number;
  stt: number | null;
  name: number;
  unit: number | null;
  value: number | null;
  /** The value column's header as written, for the reason line. */
  valueHeader: string | null;
}

const sttHeader = /^(?:stt|tt|so tt|so thu tu|thu tu)$/;
const unitHeader = /^(?:dvt|d\.v\.t|don vi tinh|don vi|dv tinh|don vi do)$/;
const nameHeader = /chi tieu|noi dung|ten chi tieu|danh muc|chi so|tieu chi|linh vuc|hang muc|nhiem vu/;
const plannedHeader = /ke hoach|\bkh\b|chi tieu|muc tieu|phan dau|giao|dang ky|du kien|nam \d{4}|^\d{4}$/;
const actualHeader =
  /thuc hien|\bth\b|uoc|ket qua|cung ky|so sanh|ty le %|% so|\bss\b|nam truoc|thuc te|luy ke|dat duoc|danh gia/;
const noteHeader = /ghi chu|don vi (?:chu tri|thuc hien|phu trach)|co quan|thoi gian|nguon/;

/** What a header cell names (exported for `pasted-table.ts`, which asks whether a first row is a header). */
export function roleOf(cell: string): ColumnRole | null {
  const folded = trimChars(foldForMatch(cell).replace(/\s+/g, ' '), ' .:()');
  if (folded === '') return null;
  if (sttHeader.test(folded)) return 'stt';
  if (unitHeader.test(folded)) return 'unit';
  if (noteHeader.test(folded)) return 'note';
  if (actualHeader.test(folded)) return 'actual';
  const years = /\d{4}/.test(folded);
  if (nameHeader.test(folded) && !years && !/ke hoach|\bkh\b|phan dau|giao/.test(folded)) return 'name';
  if (plannedHeader.test(folded)) return 'value';
  return null;
}

function yearOf(header: string): number | null {
  const years = [...header.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((match) => Number(match[1]));
  return years.at(-1) ?? null;
}

/** "(1) | (2) | (3)" or "A | B | 1 | 2": the row that numbers the columns under a header. */
function numbersColumns(row: TableRow): boolean {
  const cells = row.cells.filter((cell) => cell !== '');
  return cells.length >= 2 && cells.every((cell) => /^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*.*)?$/u.test(cell));
}

function isNumberCell(cell: string): boolean {
  return /\d/.test(cell) && wordCount(cell) <= 6;
}

/** The row that names the columns, and the roles it gives them (a second header row adds to the first). */
function findLayout(rows: readonly TableRow[], planYear: number | null): Layout | null {
  for (let r = 0; r < Math.min(rows.length, 5); r += 1) {
    const row = rows[r]!;
    const roles = row.cells.map(roleOf);
    const name = roles.indexOf('name');
    if (name === -1 || !roles.some((role) => role === 'value' || role === 'unit')) continue;
    let headerRows = r + 1;
    const headers = row.cells.map((cell) => cell);
    // A second header row under a spanning one ("Kế hoạch năm 2026" over "Chỉ tiêu | Phấn đấu").
    const next = rows[r + 1];
    if (
      next &&
      !numbersColumns(next) &&
      next.cells.every((cell) => cell === '' || !isNumberCell(cell) || /20\d\d/.test(cell))
    ) {
      const nextRoles = next.cells.map(roleOf);
      if (nextRoles.some((role) => role !== null) && (next.cells[name] ?? '') === '') {
        const above = [...headers];
        next.cells.forEach((cell, c) => {
          if (cell === '') return;
          // The spanning header sits in the first of its columns; its text reaches the columns after it.
          let owner = c;
          while (owner > 0 && (above[owner] ?? '') === '') owner -= 1;
          headers[c] = `${above[owner] ?? ''} ${cell}`.trim();
        });
        headerRows += 1;
      }
    }
    while (rows[headerRows] && numbersColumns(rows[headerRows]!)) headerRows += 1;
    const finalRoles = headers.map(roleOf);
    const candidates = finalRoles.flatMap((role, c) => (role === 'value' ? [c] : []));
    const value = chooseValueColumn(candidates, headers, planYear);
    const stt = finalRoles.indexOf('stt');
    const unit = finalRoles.indexOf('unit');
    return {
      headerRows,
      stt: stt === -1 ? null : stt,
      name,
      unit: unit === -1 ? null : unit,
      value,
      valueHeader: value === null ? null : (headers[value] ?? null),
    };
  }
  return null;
}

/** Among the planned columns: the plan's own year first, then the latest year, then the rightmost. */
function chooseValueColumn(
  candidates: readonly number[],
  headers: readonly string[],
  planYear: number | null,
): number | null {
  if (candidates.length === 0) return null;
  const scored = candidates.map((c) => {
    const header = foldForMatch(headers[c] ?? '');
    const year = yearOf(header);
    let score = 0;
    if (planYear !== null && year === planYear) score += 4;
    else if (year !== null) score += year / 10_000;
    if (/ke hoach|\bkh\b|chi tieu|muc tieu|phan dau/.test(header)) score += 2;
    return { c, score };
  });
  scored.sort((a, b) => b.score - a.score || b.c - a.c);
  return scored[0]?.c ?? null;
}

const groupStt = /^(?:[IVXLC]+|[A-ZĐ])\.?$/u;

function isGroupRow(stt: string, name: string, valueText: string, unitText: string): boolean {
  if (valueText !== '' || unitText !== '') return false;
  return groupStt.test(stt) || isUpperCaseLine(name) || name.endsWith(':') || groupOfHeading(name) !== null;
}

function quoteOf(row: TableRow): string {
  return row.cells.filter((cell) => cell !== '').join(' | ');
}

/** The unit column's word, kept as written ("Tỷ đồng", "%", "hộ"). */
function unitFromColumn(text: string): string | null {
  const trimmed = trimChars(text, ' .()');
  if (trimmed === '') return null;
  const span = unitSpanAt(trimmed);
  const unit = span !== null && span.length >= trimmed.length - 1 ? span.unit : trimmed.length <= 24 ? trimmed : null;
  // "Tỷ đồng" and "tỷ đồng" are one unit; an acronym ("USD", "HS") keeps its capitals.
  return unit !== null && !isUpperCaseLine(unit) ? unit.charAt(0).toLowerCase() + unit.slice(1) : unit;
}

function readRow(
  name: string,
  valueText: string,
  unit: string | null,
  planYear: number | null,
): StatementReading | null {
  const cleanValue = trimChars(valueText, ' ');
  // "Đạt", "Hoàn thành", "x": the row is judged Đạt / Không đạt.
  if (/^(?:đạt|hoàn thành|đạt chuẩn|giữ vững|x|có)$/iu.test(cleanValue)) {
    const reading = readStatement(
      { text: `${name} ${cleanValue}`, offset: 0, label: null },
      { previousName: null, previousComparator: null, planYear },
    );
    return reading === null ? null : { ...reading, comparator: 'achieve', value: null, max: null, unit: null };
  }
  // The unit column's word after a bare figure, so the figure reads as "95 %" or "320.080 tấn".
  const unitWord = unit !== null && !/\p{L}|%/u.test(cleanValue) ? ` ${unit}` : '';
  const text = cleanValue === '' ? name : `${name} ${cleanValue}${unitWord}`;
  const reading = readStatement(
    { text, offset: 0, label: null },
    { previousName: null, previousComparator: null, planYear },
  );
  if (reading === null) return null;
  const zero =
    reading.value === 0 &&
    (reading.comparator === 'gte' || reading.comparator === 'lte' || reading.comparator === 'eq');
  const finalUnit = unit ?? reading.unit;
  return {
    ...reading,
    comparator: zero ? 'zero' : reading.comparator,
    unit: reading.value === null ? null : finalUnit,
    doubts: reading.doubts.filter((doubt) => finalUnit === null || doubt !== planReadingMessages.noUnit),
  };
}

function tableName(cell: string): string {
  const { subject } = splitComparatorWords(cell);
  return trimChars(subject, ' :,;');
}

/**
 * Reads a table of targets as a table: the name, unit and value columns are found by their headers (STT · Chỉ tiêu
 * · ĐVT · Kế hoạch/Chỉ tiêu năm …, and their variants), each row is one target, group rows ("I. Kinh tế") set the
 * group of the rows below them, and the STT column is never read as a value. Returns null for a table whose header
 * names no target column; its cells are then read as prose.
 * @example readTargetTable(table, 2026)?.[0]?.reading.value === 320080
 */
export function readTargetTable(table: TableBlock, planYear: number | null): TableTarget[] | null {
  const layout = findLayout(table.rows, planYear);
  if (layout === null) return null;
  const targets: TableTarget[] = [];
  let group: IndicatorGroup | null = null;
  let parentName: string | null = null;
  const cell = (row: TableRow, column: number | null) => (column === null ? '' : (row.cells[column] ?? ''));
  for (const row of table.rows.slice(layout.headerRows)) {
    const stt = cell(row, layout.stt);
    const rawName = cell(row, layout.name);
    const valueText = cell(row, layout.value);
    const unitText = cell(row, layout.unit);
    if (numbersColumns(row)) continue;
    if (rawName === '') {
      // A group row written across the table ("I. KINH TẾ" in one merged cell).
      const filled = row.cells.filter((text) => text !== '');
      if (filled.length === 1 && !/^[\d.,%\s]+$/u.test(filled[0] ?? ''))
        group = groupOfHeading(filled[0] ?? '') ?? group;
      continue;
    }
    if (isGroupRow(stt, rawName, valueText, unitText)) {
      group = groupOfHeading(rawName) ?? group;
      continue;
    }
    const marker = readMarker(rawName);
    let name = trimChars(marker.rest.replace(/^trong đó\s*:?\s*/iu, ''), ' :');
    // "- Lúa" under "Sản lượng lương thực": a part named after its whole.
    if ((marker.type !== '' || /^trong đó/iu.test(rawName)) && parentName !== null && wordCount(name) <= 4) {
      name = `${parentName} – ${name}`;
    } else if (marker.type === '') parentName = name;
    const unit = unitFromColumn(unitText);
    const reading = readRow(name, valueText, unit, planYear);
    if (reading === null) continue;
    const numeric = reading.value !== null;
    if (!numeric && valueText === '' && !/không|đạt|hoàn thành|giữ vững|duy trì/iu.test(name)) continue;
    let confidence = layout.value === null ? 0.75 : 0.92;
    if (numeric && valueText === '') confidence -= 0.15;
    if (reading.doubts.length > 0) confidence -= 0.1;
    targets.push({
      // The name column says what the indicator is called; only its comparator words ("… giảm") are not part of it.
      reading: { ...reading, text: quoteOf(row), name: tableName(name) || reading.name },
      line: row.line,
      group,
      confidence: Math.round(confidence * 100) / 100,
      reason: planReadingMessages.reason.table(layout.valueHeader),
    });
  }
  return targets;
}
