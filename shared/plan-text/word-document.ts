/** A Word document's body as the plan reader needs it: paragraphs and tables in reading order. */
export interface WordParagraph {
  kind: 'paragraph';
  text: string;
}

export interface WordCell {
  /** The cell's paragraphs (a nested table's paragraphs included). */
  paragraphs: string[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** A cell merged into the one above it (w:vMerge without "restart"): shown empty. */
  continuesAbove: boolean;
}

export interface WordTable {
  kind: 'table';
  rows: WordCell[][];
}

export type WordBlock = WordParagraph | WordTable;

function cellText(cell: WordCell): string {
  return cell.paragraphs
    .join(' ')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A table that lays a page out rather than listing data: the letterhead (number and place-date beside the issuing
 * body) or the signature block (recipients beside the signer). It has one row; its cells read as paragraphs.
 */
function isLayoutTable(table: WordTable): boolean {
  return table.rows.length <= 1;
}

/**
 * The text the plan reader reads from a Word document: each paragraph on its line; each data table one line per row
 * with its cells separated by tabs, a cell spanning several columns followed by empty cells so the columns stay
 * aligned, and a cell merged into the one above it left empty. Layout tables (letterhead, signature) are read as
 * the paragraphs of their cells.
 * @example wordDocumentText([{ kind: 'paragraph', text: 'KẾ HOẠCH' }]) === 'KẾ HOẠCH'
 */
export function wordDocumentText(blocks: readonly WordBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(block.text);
      continue;
    }
    if (isLayoutTable(block)) {
      for (const row of block.rows) for (const cell of row) lines.push(...cell.paragraphs);
      continue;
    }
    for (const row of block.rows) {
      const cells: string[] = [];
      for (const cell of row) {
        cells.push(cell.continuesAbove ? '' : cellText(cell));
        for (let extra = 1; extra < cell.span; extra += 1) cells.push('');
      }
      // A row of one filled cell (a group row spanning the table) still needs a tab to stay a row of the table.
      lines.push(cells.length === 1 ? `${cells[0]}\t` : cells.join('\t'));
    }
    lines.push('');
  }
  return lines.join('\n');
}
