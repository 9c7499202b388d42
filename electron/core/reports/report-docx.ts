import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { buildDocumentHeader, buildSignerBlock } from '@shared/document/document-header';
import { documentWords } from '@shared/i18n/vi-document';
import { reportWords } from '@shared/i18n/vi-report';
import { parseProse } from '@shared/report/prose';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import type { ReportData } from '@shared/report/report-data';
import {
  annexTargets,
  hasEstimatedTarget,
  hasEstimatedUnit,
  reportSections,
  romanNumerals,
  targetsByField,
  xmlSafeText,
} from './report-layout';

/**
 * The quarterly report as a Word file, built from the same ReportData as the HTML (and so the PDF), with the same
 * cells (`reportRowCells`, `annexRowCells`) and wording, in the Nghị định 30/2020 layout (domain §7): A4 portrait,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt, justified, first-line indent 1 cm; page
 * numbers at the top centre from page 2; the annex in a landscape section. The secretary signs and edits it in Word,
 * so everything is real Word structure: tables, a bullet list, a page-number field, repeated header rows.
 */

/** Sizes in twips (1/20 pt; 1 mm = 1440 / 25.4 twips) and half-points. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const a4 = { width: 11906, height: 16838 };
export const docxMargins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) };
const annexMargins = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20), header: mm(10) };
const portraitWidth = a4.width - docxMargins.left - docxMargins.right;
const landscapeWidth = a4.height - annexMargins.left - annexMargins.right;
const pt = (points: number) => Math.round(points * 2);
const firstLineIndent = mm(10);
const bodyLine = 312; // 1.3 lines, as the HTML's line-height
const font = 'Times New Roman';
const bulletList = 'report-dash';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const run = (text: string, style: RunStyle = {}) => new TextRun({ text: xmlSafeText(text), ...style });

/** A line of the header, the title block or a table cell: no indent, single spacing. */
function line(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], style: RunStyle = {}) {
  return new Paragraph({ alignment, indent: { firstLine: 0 }, spacing: { after: 0 }, children: [run(text, style)] });
}

/** A short horizontal rule under a header line: an empty 1 pt paragraph with a top border, narrowed by indents. */
function rule(cellWidth: number, share: number) {
  const side = Math.round((cellWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 20, after: 60, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function bodyParagraph(text: string, style: RunStyle = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: firstLineIndent },
    spacing: { after: 120, line: bodyLine },
    children: [run(text, style)],
  });
}

/** Paragraphs and "- " bullet items, as the secretary typed them (parseProse is the rule for every format). */
function prose(text: string): Paragraph[] {
  return parseProse(text).flatMap((block) =>
    block.kind === 'paragraph'
      ? [bodyParagraph(block.text)]
      : block.items.map(
          (item) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              numbering: { reference: bulletList, level: 0 },
              indent: { left: mm(16), hanging: mm(6) },
              spacing: { after: 60, line: bodyLine },
              children: [run(item)],
            }),
        ),
  );
}

const noBorders = TableBorders.NONE;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const gridBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

/** Splits a width in twips by percentages, the last column taking the rounding. */
function columns(total: number, percents: readonly number[]): number[] {
  const widths = percents.map((p) => Math.floor((total * p) / 100));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function headerTable(data: ReportData): Table {
  const header = buildDocumentHeader(data.council, data.issuedOn, data.documentNumber, 'BC');
  const [left, right] = columns(portraitWidth, [40, 60]) as [number, number];
  const leftLines = [
    ...(header.parentBody !== '' ? [line(header.parentBody, AlignmentType.CENTER, { size: pt(12.5) })] : []),
    line(header.issuingBody, AlignmentType.CENTER, { bold: true, size: pt(12.5) }),
    rule(left, 0.3),
    line(header.numberLine, AlignmentType.CENTER, { size: pt(13) }),
  ];
  const rightLines = [
    line(header.nation, AlignmentType.CENTER, { bold: true, size: pt(12.5) }),
    line(header.motto, AlignmentType.CENTER, { bold: true, size: pt(13.5) }),
    rule(right, 0.62),
    line(header.placeDateLine, AlignmentType.CENTER, { italics: true, size: pt(13) }),
  ];
  return new Table({
    width: { size: portraitWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, borders: noBorders, children: leftLines }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, borders: noBorders, children: rightLines }),
        ],
      }),
    ],
  });
}

type Align = 'left' | 'center' | 'right';
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, width: number, align: Align, style: RunStyle = {}, columnSpan = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [line(text, alignments[align], { size: pt(11), ...style })],
  });
}

const headerRow = (titles: readonly string[], widths: readonly number[]) =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title, i) => cell(title, widths[i]!, 'center', { bold: true })),
  });

/** A bold row naming a group (a field in the results, a target in the annex), spanning the columns after STT. */
const groupRow = (number: string, label: string, widths: readonly number[]) =>
  new TableRow({
    cantSplit: true,
    children: [
      cell(number, widths[0]!, 'center', { bold: true }),
      cell(
        label,
        widths.slice(1).reduce((a, b) => a + b, 0),
        'left',
        { bold: true },
        widths.length - 1,
      ),
    ],
  });

function dataTable(widths: number[], rows: TableRow[], total: number): Table {
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    rows,
  });
}

function resultsTable(data: ReportData): Table {
  const w = reportWords.table;
  const widths = columns(portraitWidth, [5, 27, 8, 10, 9, 10, 7, 9, 7, 8]);
  const titles = [
    w.stt,
    w.indicator,
    w.unit,
    w.plan,
    w.periodValue,
    w.ytd,
    w.percentOfPlan,
    w.samePeriod,
    w.percentOfSamePeriod,
    w.status,
  ];
  const rows = [headerRow(titles, widths)];
  let stt = 0;
  targetsByField(data.evaluation.targets).forEach((group, gi) => {
    rows.push(groupRow(romanNumerals[gi]!, group.label, widths));
    for (const target of group.targets) {
      const c = reportRowCells(target);
      stt += 1;
      const texts: Array<[string, Align]> = [
        [String(stt), 'center'],
        [c.name, 'left'],
        [c.unit, 'center'],
        [c.plan, 'right'],
        [c.periodValue, 'right'],
        [c.ytd, 'right'],
        [c.percentOfPlan, 'right'],
        [c.samePeriodLastYear, 'right'],
        [c.percentOfLastYear, 'right'],
        [c.status, 'center'],
      ];
      rows.push(new TableRow({ cantSplit: true, children: texts.map(([t, a], i) => cell(t, widths[i]!, a)) }));
    }
  });
  return dataTable(widths, rows, portraitWidth);
}

const tableNote = () => line(reportWords.estimatedNote, AlignmentType.LEFT, { italics: true, size: pt(11) });

function footerTable(data: ReportData): Table {
  const signer = buildSignerBlock(data.council);
  const [left, right] = columns(portraitWidth, [45, 55]) as [number, number];
  const recipients = [
    line(documentWords.recipients, AlignmentType.LEFT, { bold: true, italics: true, size: pt(12) }),
    ...data.recipients.map((r) => line(r, AlignmentType.LEFT, { size: pt(11) })),
  ];
  const signature = [
    ...(signer.capacity !== '' ? [line(signer.capacity, AlignmentType.CENTER, { bold: true })] : []),
    line(signer.title, AlignmentType.CENTER, { bold: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      // The space for the signature and the seal, as the HTML's 24 mm.
      spacing: { before: mm(24), after: 0 },
      children: [run(signer.name, { bold: true })],
    }),
  ];
  return new Table({
    width: { size: portraitWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, borders: noBorders, children: recipients }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, borders: noBorders, children: signature }),
        ],
      }),
    ],
  });
}

function sectionHeading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { firstLine: firstLineIndent },
    spacing: { before: 160, after: 80, line: bodyLine },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function body(data: ReportData): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [
    headerTable(data),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { before: mm(6), after: 0 },
      keepNext: true,
      children: [run(reportWords.documentType, { bold: true, size: pt(14) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { after: data.demo ? 60 : mm(6) },
      children: [run(data.subject, { bold: true, size: pt(14) })],
    }),
  ];
  if (data.demo) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { after: mm(4) },
        children: [run(reportWords.demoNote, { italics: true, size: pt(11) })],
      }),
    );
  }
  children.push(...prose(reportWords.opening(data)));
  for (const section of reportSections(data.prose)) {
    children.push(sectionHeading(section.heading));
    if (section.key === 'results') {
      children.push(bodyParagraph(reportWords.resultsSentence(data)), resultsTable(data));
      if (hasEstimatedTarget(data)) children.push(tableNote());
    }
    children.push(...prose(data.prose[section.key]));
  }
  children.push(new Paragraph({ spacing: { before: mm(8), after: 0 }, children: [] }), footerTable(data));
  return children;
}

function annex(data: ReportData): Array<Paragraph | Table> | null {
  const targets = annexTargets(data.evaluation.targets);
  if (targets.length === 0) return null;
  const w = reportWords.annex;
  const widths = columns(landscapeWidth, [7, 41, 14, 14, 11, 13]);
  const rows = [headerRow([w.stt, w.unitName, w.plan, w.ytd, w.percentOfPlan, w.status], widths)];
  targets.forEach((target, ti) => {
    rows.push(groupRow(String(ti + 1), `${target.indicator}${target.unit ? ` (${target.unit})` : ''}`, widths));
    target.units.forEach((unit, ui) => {
      const c = annexRowCells(target, unit);
      const texts: Array<[string, Align]> = [
        [`${ti + 1}.${ui + 1}`, 'center'],
        [c.name, 'left'],
        [c.plan, 'right'],
        [c.ytd, 'right'],
        [c.percentOfPlan, 'right'],
        [c.status, 'center'],
      ];
      rows.push(new TableRow({ cantSplit: true, children: texts.map(([t, a], i) => cell(t, widths[i]!, a)) }));
    });
  });
  const children: Array<Paragraph | Table> = [
    line(w.title, AlignmentType.CENTER, { bold: true, size: pt(13) }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { after: mm(4) },
      children: [run(w.subtitle(data.documentNumber, data.periodLabel), { italics: true, size: pt(12) })],
    }),
    dataTable(widths, rows, landscapeWidth),
  ];
  if (hasEstimatedUnit(targets)) children.push(tableNote());
  return children;
}

/** The page number, top centre. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
      }),
    ],
  });

/** Builds the .docx bytes of a report. */
export async function renderQuarterlyReportDocx(data: ReportData): Promise<Buffer> {
  const sections: ISectionOptions[] = [
    {
      properties: {
        page: { size: { ...a4, orientation: PageOrientation.PORTRAIT }, margin: docxMargins },
        // Page 1 carries no number (Nghị định 30: numbers from page 2).
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
      children: body(data),
    },
  ];
  const annexChildren = annex(data);
  if (annexChildren) {
    sections.push({
      properties: {
        // Given as portrait dimensions: the library swaps them for a landscape page (w:w 16838, w:h 11906).
        page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin: annexMargins },
      },
      headers: { default: pageNumberHeader() },
      children: annexChildren,
    });
  }
  const document = new Document({
    creator: 'Thi Đua Desk',
    title: xmlSafeText(`${reportWords.documentType} ${data.subject}`),
    styles: {
      default: {
        document: {
          run: { font, size: pt(13), language: { value: 'vi-VN' } },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: bulletList,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '-',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: mm(16), hanging: mm(6) } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return Packer.toBuffer(document);
}
