import { isUpperCaseLine, normalizeLine } from './normalize';
import type { SourceLine } from './types';

/** A paragraph of prose: one line, or a line and its continuations after a PDF line break. */
export interface Paragraph {
  kind: 'paragraph';
  /** 1-based line of the source where the paragraph starts. */
  line: number;
  text: string;
  /** Where each source line starts inside `text`, to cite the line a phrase was read from. */
  lineStarts: { offset: number; line: number }[];
}

export interface TableRow {
  line: number;
  /** The cells as written, normalised; empty cells keep their place so columns stay aligned. */
  cells: string[];
}

/** Consecutive tab-separated lines: a table pasted from Word or Excel, or a Word table read from a .docx. */
export interface TableBlock {
  kind: 'table';
  line: number;
  rows: TableRow[];
}

export type Block = Paragraph | TableBlock;

export interface SegmentedPlan {
  /** Every line of the source, normalised (table rows with their cells joined by " | "). */
  lines: SourceLine[];
  blocks: Block[];
  /** The text units in reading order for the header: each paragraph line, and each table cell on its own. */
  headerUnits: SourceLine[];
}

// Web-page furniture copied with a news article: never part of the plan.
const furniture =
  /^(?:lượt xem|lượt đọc|cỡ chữ|in bài|bản in|chia sẻ|bình luận|gửi bài|gửi email|tin liên quan|tin khác|trang chủ|facebook|zalo|tweet|xem thêm|từ khóa|tags?)(?![\p{L}])/iu;

// A page's running header or footer and its number, left in text copied out of a PDF ("… Trang 1/3", "- 2 -").
const pageMark = /(?:^|\s)Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$|^[-–]?\s*\d{1,3}\s*[-–]?$/u;

function isFurniture(text: string): boolean {
  return text.length <= 120 && (furniture.test(text) || pageMark.test(text));
}

/** A line that opens an item of its own rather than continuing the previous sentence. */
const listStart = /^(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|\(\s*(?:\d{1,2}|[a-zđ])\s*\)|[-–—+•●▪○*])\s/u;

function continues(previous: Paragraph, next: string): boolean {
  if (!/^\p{Ll}/u.test(next) || listStart.test(next)) return false;
  if (/[.;:!?]$/u.test(previous.text)) return false;
  return !isUpperCaseLine(previous.text);
}

const maxColumns = 60;

/** The cells of a tab-separated line, and how many of them are filled; null for a line without a tab. */
function tableCells(raw: string): { cells: string[]; filled: number } | null {
  if (!raw.includes('\t')) return null;
  const parts = raw.split('\t');
  // A plan's table has a dozen columns at most; hundreds of tabs on a line are not a table.
  if (parts.length > maxColumns) return null;
  const cells = parts.map(normalizeLine);
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return { cells, filled: cells.filter((cell) => cell !== '').length };
}

/**
 * Which lines are rows of a table: a tab-separated line of two filled cells or more, and a line of one filled cell
 * between such rows (a group row spanning the table, "I. KINH TẾ").
 */
function tableRows(rawLines: readonly string[]): (string[] | null)[] {
  const parsed = rawLines.map((raw) => (raw.length === 0 ? null : tableCells(raw)));
  const strong = parsed.map((row) => row !== null && row.filled >= 2);
  return parsed.map((row, index) => {
    if (row === null || row.filled === 0) return null;
    if (strong[index]) return row.cells;
    const before = strong.slice(Math.max(0, index - 3), index).some(Boolean);
    const after = strong.slice(index + 1, index + 4).some(Boolean);
    return before && after ? row.cells : null;
  });
}

/**
 * Splits a plan's text into paragraphs and tables. Lines broken by a PDF page or column end are joined again when
 * the next line starts in lower case; tab-separated lines become table rows; web-page furniture is dropped.
 * @example segmentPlan('STT\tChỉ tiêu\tĐVT\n1\tSản lượng lúa\ttấn').blocks[0]?.kind === 'table'
 */
export function segmentPlan(text: string): SegmentedPlan {
  const lines: SourceLine[] = [];
  const blocks: Block[] = [];
  const headerUnits: SourceLine[] = [];
  let paragraph: Paragraph | null = null;
  let table: TableBlock | null = null;
  let blankRun = 0;

  const rawLines = text.split(/\r\n|\r|\n/);
  const rows = tableRows(rawLines);
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    // Most lines of a pasted plan are blank: nothing to normalise.
    if (raw.length === 0 || (raw.length < 8 && raw.trim() === '')) {
      lines.push({ line, text: '' });
      blankRun += 1;
      return;
    }
    const cells = rows[index] ?? null;
    if (cells !== null) {
      lines.push({ line, text: cells.filter((cell) => cell !== '').join(' | ') });
      for (const cell of cells) if (cell !== '') headerUnits.push({ line, text: cell });
      paragraph = null;
      if (table === null || blankRun > 0) {
        table = { kind: 'table', line, rows: [] };
        blocks.push(table);
      }
      table.rows.push({ line, cells });
      blankRun = 0;
      return;
    }
    const normalized = normalizeLine(raw);
    lines.push({ line, text: normalized });
    if (normalized === '') {
      blankRun += 1;
      return;
    }
    // Furniture is invisible: a sentence cut by a page break joins again across it.
    if (isFurniture(normalized)) return;
    headerUnits.push({ line, text: normalized });
    table = null;
    const previous: Paragraph | null = paragraph;
    if (previous !== null && blankRun <= 4 && continues(previous, normalized)) {
      previous.lineStarts.push({ offset: previous.text.length + 1, line });
      previous.text = `${previous.text} ${normalized}`;
    } else {
      paragraph = { kind: 'paragraph', line, text: normalized, lineStarts: [{ offset: 0, line }] };
      blocks.push(paragraph);
    }
    blankRun = 0;
  });
  return { lines, blocks, headerUnits };
}

/**
 * The source line holding a position of a paragraph's text.
 * @example lineAt({ kind: 'paragraph', line: 3, text: 'a b', lineStarts: [{ offset: 0, line: 3 }, { offset: 2, line: 5 }] }, 2) === 5
 */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line;
  for (const start of paragraph.lineStarts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}
