import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnnexHeading, SignatureBlock, TitleBlock } from '@shared/document/document-frame';
import type { DocumentHeader } from '@shared/document/document-header';
import { textWidthPt, type TextStyle } from '@shared/document/text-width';
import { documentWords } from '@shared/i18n/vi-document';
import { xmlSafeText } from '../reports/report-layout';

/**
 * The document frame in Word (shared/document/document-frame.ts is its data; document-parts.tsx its HTML twin): the
 * same sizes and spacing as the print CSS (report-css.ts), in twips (1/20 pt) and half-points. Word cannot shrink a
 * rule to its text, so rules are paragraph borders narrowed by indents computed from the text's printed width
 * (shared/document/text-width.ts): 100% of the motto, 40% of the issuing body and of the trích yếu (Nghị định 30,
 * Phụ lục I, II.1.b, II.2.b, II.5.b).
 */

export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
export const pt = (points: number) => Math.round(points * 2);
const twipsPerPt = 20;
/** 1.3 lines, as the CSS's line-height: the same pitch on paper in both formats. */
export const bodyLine = 312;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (text: string, style: RunStyle = {}) => new TextRun({ text: xmlSafeText(text), ...style });

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** One line of the header, title block or a table cell: no indent, the body's line pitch. */
export function line(
  text: string,
  alignment: Alignment,
  style: RunStyle = {},
  spacing: { before?: number; after?: number } = {},
  keepNext = false,
) {
  return new Paragraph({
    alignment,
    indent: { firstLine: 0 },
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0, line: bodyLine },
    keepNext,
    keepLines: true,
    children: [run(text, style)],
  });
}

const styleOf = (style: RunStyle): TextStyle => (style.bold ? 'bold' : style.italics ? 'italic' : 'regular');

/** The widest line `text` prints as in a column `width` twips wide (a long name wraps). */
function printedWidth(text: string, sizePt: number, style: RunStyle, width: number): number {
  return Math.min(textWidthPt(text, sizePt, styleOf(style)) * twipsPerPt, width);
}

/**
 * A rule under a line of text: an empty 1 pt paragraph with a top border, centred by equal indents in a column
 * `width` twips wide, `share` of the text's printed width long; kept with what follows it.
 */
export function ruleUnder(text: string, sizePt: number, style: RunStyle, width: number, share: number, after = 0) {
  const length = printedWidth(text, sizePt, style, width) * share;
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 30, after, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    keepNext: true,
    children: [],
  });
}

const noBorders = TableBorders.NONE;

function twoColumns(width: number, shares: readonly [number, number], left: Paragraph[], right: Paragraph[]): Table {
  const l = Math.round(width * shares[0]);
  const r = width - l;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [l, r],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: l, type: WidthType.DXA }, borders: noBorders, children: left }),
          new TableCell({ width: { size: r, type: WidthType.DXA }, borders: noBorders, children: right }),
        ],
      }),
    ],
  });
}

/** The two-column header (40% / 60% as in the CSS), with its rules sized to their text. */
export function headerTable(
  header: DocumentHeader,
  width: number,
  options: { number?: boolean; placeDate?: boolean } = {},
) {
  const left = Math.round(width * 0.4);
  const right = width - left;
  const body = { bold: true, size: pt(12.5) };
  const motto = { bold: true, size: pt(13.5) };
  const leftLines = [
    ...(header.parentBody !== '' ? [line(header.parentBody, AlignmentType.CENTER, { size: pt(12.5) })] : []),
    line(header.issuingBody, AlignmentType.CENTER, body),
    ruleUnder(header.issuingBody, 12.5, body, left, 0.4),
    ...(options.number === false
      ? []
      : [line(header.numberLine, AlignmentType.CENTER, { size: pt(13) }, { before: 120 })]),
  ];
  const rightLines = [
    line(header.nation, AlignmentType.CENTER, { bold: true, size: pt(12.5) }),
    line(header.motto, AlignmentType.CENTER, motto),
    ruleUnder(header.motto, 13.5, motto, right, 1),
    ...(options.placeDate === false
      ? []
      : [line(header.placeDateLine, AlignmentType.CENTER, { italics: true, size: pt(13) }, { before: 120 })]),
  ];
  return twoColumns(width, [0.4, 0.6], leftLines, rightLines);
}

/** Tên loại, trích yếu, the rule under it: 6 mm before, 5 mm after, as the CSS's title block. */
export function titleBlock(title: TitleBlock, width: number): Paragraph[] {
  const subject = { bold: true, size: pt(14) };
  return [
    line(title.type, AlignmentType.CENTER, subject, { before: mm(6) }, true),
    line(title.subject, AlignmentType.CENTER, subject, {}, true),
    ruleUnder(title.subject, 14, subject, width, 0.4, mm(5)),
  ];
}

/** "Kính gửi:" with one body on its line, or several as "- …;" lines (Phụ lục I, II.9.d). */
export function addresseeLines(addressees: readonly string[], label: string): Paragraph[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) return [line(`${label} ${addressees[0]}`, AlignmentType.CENTER, {}, { after: mm(5) })];
  return [
    line(label, AlignmentType.CENTER, {}),
    ...addressees.map((a, i) =>
      line(
        `- ${a.replace(/[;.]$/, '')}${i === addressees.length - 1 ? '.' : ';'}`,
        AlignmentType.CENTER,
        {},
        i === addressees.length - 1 ? { after: mm(5) } : {},
      ),
    ),
  ];
}

/** "Phụ lục", its title, "(Kèm theo …)" and the rule under the reference (Phụ lục III, Mẫu 2.1). */
export function annexHeadingLines(heading: AnnexHeading, width: number): Paragraph[] {
  const reference = { italics: true, size: pt(13) };
  return [
    line(heading.label, AlignmentType.CENTER, { bold: true, size: pt(14) }, {}, true),
    line(heading.title, AlignmentType.CENTER, { bold: true, size: pt(14) }, {}, true),
    line(heading.reference, AlignmentType.CENTER, reference, {}, true),
    ruleUnder(heading.reference, 13, reference, width, 0.4, mm(5)),
  ];
}

/** Nơi nhận (12 pt bold italics, list 11 pt) on the left; the signature (14 pt bold) on the right: 45% / 55%. */
export function footerTable(signature: SignatureBlock, recipients: readonly string[], width: number): Table {
  const left = [
    line(documentWords.recipients, AlignmentType.LEFT, { bold: true, italics: true, size: pt(12) }),
    ...recipients.map((r) => line(r, AlignmentType.LEFT, { size: pt(11) })),
  ];
  const right = [
    ...signature.lines.map((l) => line(l, AlignmentType.CENTER, { bold: true, size: pt(14) })),
    ...(signature.post ? [line(signature.post, AlignmentType.CENTER, { italics: true, size: pt(13) })] : []),
    // The space for the signature and the seal, as the CSS's 22 mm.
    line(signature.name, AlignmentType.CENTER, { bold: true, size: pt(14) }, { before: mm(22) }),
  ];
  return twoColumns(width, [0.45, 0.55], left, right);
}

/** The page number, top centre, 13 pt (Phụ lục I, I.7). */
export const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
      }),
    ],
  });

export const emptyHeader = () => new Header({ children: [new Paragraph({ children: [] })] });

/**
 * Column widths in twips for a table `total` wide: each fixed column as wide as its longest word (a figure such as
 * "176.121*" or "102,2%" is one word), or its longest cell where a cell must stay on one line (`whole`: "Không
 * đạt"), at `sizePt` plus the cell's margins, so no word ever breaks; the `flexible` column (the names) takes what
 * is left, at least 14% of the table (a name wraps; a figure must not).
 * @example fitColumns([{ heading: 'STT', cells: ['1', '12'] }, { heading: 'Chỉ tiêu', cells: [] }], 1, 9638, 11, 60)[0] === 576
 */
export function fitColumns(
  columns: ReadonlyArray<{ heading: string; cells: readonly string[]; whole?: boolean }>,
  flexible: number,
  total: number,
  sizePt: number,
  cellMargins: number,
): number[] {
  const need = columns.map((c) => {
    const headingWords = c.heading.split(/\s+/).map((w) => textWidthPt(w, sizePt, 'bold'));
    const pieces = c.whole ? c.cells : c.cells.flatMap((text) => text.split(/\s+/));
    const cells = pieces.map((text) => textWidthPt(text, sizePt, 'regular'));
    // A point of slack: Word and LibreOffice round glyph positions differently.
    return Math.ceil((Math.max(0, ...headingWords, ...cells) + 1) * twipsPerPt) + 2 * cellMargins;
  });
  const fixed = need.reduce((sum, w, i) => (i === flexible ? sum : sum + w), 0);
  need[flexible] = Math.max(total - fixed, Math.round(total * 0.14));
  // Too wide for the page (very long figures): shrink the fixed columns in proportion, the names keep 14%.
  const sum = need.reduce((a, b) => a + b, 0);
  if (sum > total) {
    const scale = (total - need[flexible]!) / (sum - need[flexible]!);
    need.forEach((w, i) => {
      if (i !== flexible) need[i] = Math.floor(w * scale);
    });
  }
  need[flexible] = total - need.reduce((s, w, i) => (i === flexible ? s : s + w), 0);
  return need;
}
