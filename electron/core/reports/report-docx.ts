import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { reportWords } from '@shared/i18n/vi-report';
import { parseProse } from '@shared/report/prose';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import type { ReportData } from '@shared/report/report-data';
import {
  addresseeLines,
  annexHeadingLines,
  bodyLine,
  emptyHeader,
  fitColumns,
  footerTable,
  headerTable,
  line,
  mm,
  pageNumberHeader,
  pt,
  run,
  titleBlock,
  type RunStyle,
} from '../documents/frame-docx';
import {
  annexTargets,
  hasEstimatedTarget,
  hasEstimatedUnit,
  reportAnnexHeading,
  reportFrame,
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

const a4 = { width: 11906, height: 16838 };
/** Nghị định 30 margins on every page, landscape annex pages included (report-css.ts). */
export const docxMargins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) };
const portraitWidth = a4.width - docxMargins.left - docxMargins.right;
const landscapeWidth = a4.height - docxMargins.left - docxMargins.right;
const firstLineIndent = mm(10);
const font = 'Times New Roman';
const bulletList = 'report-dash';
/** 2 pt on each side of a cell's text, as the CSS's padding. */
const cellMargin = 40;

function bodyParagraph(text: string, style: RunStyle = {}, keepNext = false) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: firstLineIndent },
    spacing: { after: 120, line: bodyLine },
    keepNext,
    children: [run(text, style)],
  });
}

/**
 * Paragraphs and "- " items, as the secretary typed them (parseProse is the rule for every format). `keepLast`: the
 * last paragraph stays with what follows (the signature), as the PDF's closing block.
 */
function prose(text: string, keepLast = false): Paragraph[] {
  const paragraphs = parseProse(text).flatMap((block) =>
    block.kind === 'paragraph'
      ? [{ text: block.text, item: false }]
      : block.items.map((item) => ({ text: item, item: true })),
  );
  return paragraphs.map((p, i) => {
    const keepNext = keepLast && i === paragraphs.length - 1;
    return p.item
      ? new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          numbering: { reference: bulletList, level: 0 },
          indent: { left: 0, firstLine: firstLineIndent },
          spacing: { after: 120, line: bodyLine },
          keepNext,
          children: [run(p.text)],
        })
      : bodyParagraph(p.text, {}, keepNext);
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const gridBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

type Align = 'left' | 'center' | 'right';
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, width: number, align: Align, style: RunStyle = {}, columnSpan = 1, keepNext = false) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [line(text, alignments[align], { size: pt(11), ...style }, {}, keepNext)],
  });
}

const headerRow = (titles: readonly string[], widths: readonly number[]) =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: titles.map((title, i) => cell(title, widths[i]!, 'center', { bold: true }, 1, true)),
  });

/** A bold row naming a group (a field, an annex target), kept with its first row (keepNext), as in the PDF. */
const groupRow = (number: string, label: string, widths: readonly number[]) =>
  new TableRow({
    cantSplit: true,
    children: [
      cell(number, widths[0]!, 'center', { bold: true }, 1, true),
      cell(
        label,
        widths.slice(1).reduce((a, b) => a + b, 0),
        'left',
        { bold: true },
        widths.length - 1,
        true,
      ),
    ],
  });

function dataTable(widths: number[], rows: TableRow[], total: number): Table {
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    margins: { top: 40, bottom: 40, left: cellMargin, right: cellMargin },
    rows,
  });
}

function resultsTable(data: ReportData): Table {
  const w = reportWords.table;
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
  const lines: Array<Array<[string, Align]>> = [];
  let stt = 0;
  const groups = targetsByField(data.evaluation.targets);
  for (const group of groups) {
    for (const target of group.targets) {
      const c = reportRowCells(target);
      stt += 1;
      lines.push([
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
      ]);
    }
  }
  // Every column but the names as wide as its longest formatted figure: "102,2%" and "176.121*" never break.
  const widths = fitColumns(
    titles.map((heading, i) => ({ heading, cells: i === 1 ? [] : lines.map((l) => l[i]![0]), whole: i === 9 })),
    1,
    portraitWidth,
    11,
    cellMargin,
  );
  const rows = [headerRow(titles, widths)];
  let at = 0;
  groups.forEach((group, gi) => {
    rows.push(groupRow(romanNumerals[gi]!, group.label, widths));
    for (let k = 0; k < group.targets.length; k++, at++) {
      rows.push(new TableRow({ cantSplit: true, children: lines[at]!.map(([t, a], i) => cell(t, widths[i]!, a)) }));
    }
  });
  return dataTable(widths, rows, portraitWidth);
}

const tableNote = () => line(reportWords.estimatedNote, AlignmentType.LEFT, { italics: true, size: pt(11) });

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
  const frame = reportFrame(data);
  const children: Array<Paragraph | Table> = [
    headerTable(frame.header, portraitWidth),
    ...titleBlock(frame.title, portraitWidth),
    ...addresseeLines(frame.addressees, reportWords.addressedTo),
  ];
  if (data.demo) {
    children.push(line(reportWords.demoNote, AlignmentType.CENTER, { italics: true, size: pt(11) }, { after: mm(4) }));
  }
  children.push(...prose(reportWords.opening(data)));
  const sections = reportSections(data.prose);
  sections.forEach((section, i) => {
    children.push(sectionHeading(section.heading));
    if (section.key === 'results') {
      children.push(bodyParagraph(reportWords.resultsSentence(data)), resultsTable(data));
      if (hasEstimatedTarget(data)) children.push(tableNote());
    }
    // The last lines stay on the signature's page (keepNext down to the footer's one unsplittable row).
    children.push(...prose(data.prose[section.key], i === sections.length - 1));
  });
  children.push(
    new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, keepNext: true, run: { size: 2 }, children: [] }),
    footerTable(frame.signature, data.recipients, portraitWidth),
  );
  return children;
}

function annex(data: ReportData): Array<Paragraph | Table> | null {
  const targets = annexTargets(data.evaluation.targets);
  if (targets.length === 0) return null;
  const w = reportWords.annex;
  const titles = [w.stt, w.unitName, w.plan, w.ytd, w.percentOfPlan, w.status];
  const lines = targets.map((target, ti) =>
    target.units.map((unit, ui): Array<[string, Align]> => {
      const c = annexRowCells(target, unit);
      return [
        [`${ti + 1}.${ui + 1}`, 'center'],
        [c.name, 'left'],
        [c.plan, 'right'],
        [c.ytd, 'right'],
        [c.percentOfPlan, 'right'],
        [c.status, 'center'],
      ];
    }),
  );
  const widths = fitColumns(
    titles.map((heading, i) => ({ heading, cells: i === 1 ? [] : lines.flat().map((l) => l[i]![0]), whole: i === 5 })),
    1,
    landscapeWidth,
    11,
    cellMargin,
  );
  const rows = [headerRow(titles, widths)];
  targets.forEach((target, ti) => {
    rows.push(groupRow(String(ti + 1), `${target.indicator}${target.unit ? ` (${target.unit})` : ''}`, widths));
    for (const l of lines[ti]!) {
      rows.push(new TableRow({ cantSplit: true, children: l.map(([t, a], i) => cell(t, widths[i]!, a)) }));
    }
  });
  const children: Array<Paragraph | Table> = [
    ...annexHeadingLines(reportAnnexHeading(data), landscapeWidth),
    dataTable(widths, rows, landscapeWidth),
  ];
  if (hasEstimatedUnit(targets)) children.push(tableNote());
  return children;
}

/** Builds the .docx bytes of a report. */
export async function renderQuarterlyReportDocx(data: ReportData): Promise<Buffer> {
  const sections: ISectionOptions[] = [
    {
      properties: {
        page: { size: { ...a4, orientation: PageOrientation.PORTRAIT }, margin: docxMargins },
        // Page 1 carries no number (Nghị định 30: numbers from page 2).
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: emptyHeader() },
      children: body(data),
    },
  ];
  const annexChildren = annex(data);
  if (annexChildren) {
    sections.push({
      properties: {
        // Given as portrait dimensions: the library swaps them for a landscape page (w:w 16838, w:h 11906).
        // The annex is numbered on its own (Nghị định 30, Phụ lục I, III.1.đ): from 1, no number on its first page.
        page: {
          size: { ...a4, orientation: PageOrientation.LANDSCAPE },
          margin: docxMargins,
          pageNumbers: { start: 1 },
        },
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: emptyHeader() },
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
              suffix: LevelSuffix.SPACE,
              alignment: AlignmentType.LEFT,
              // "- " as the PDF prints it: the dash at the first-line indent, the text after a space.
              style: { paragraph: { indent: { left: 0, firstLine: mm(10) } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return Packer.toBuffer(document);
}
