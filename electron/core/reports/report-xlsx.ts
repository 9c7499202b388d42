import ExcelJS from 'exceljs';
import { textWidthPt } from '@shared/document/text-width';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { reportWords } from '@shared/i18n/vi-report';
import { reportFileWords } from '@shared/i18n/vi-report-files';
import { annexRowCells, estimatedMark, reportRowCells } from '@shared/report/report-cells';
import type { ReportData } from '@shared/report/report-data';
import {
  annexTargets,
  hasEstimatedTarget,
  hasEstimatedUnit,
  reportAnnexHeading,
  reportFrame,
  targetsByField,
  xmlSafeText,
} from './report-layout';

/**
 * The quarterly report's tables as an Excel workbook, from the same ReportData and cells as the printed report:
 * "Kết quả" (one row per target) and "Phụ lục" (one row per target and unit, ready for filters and pivots).
 * Figures are numeric cells holding the full value, with a number format that shows them to the printed decimals:
 * what Excel displays is what the paper prints, and a sum or a pivot over the cells adds the unrounded figures,
 * as the report's own totals do. Estimated figures show the report's asterisk through the format, and their row
 * says so in "Ghi chú". Plan figures that are not a plain number ("≤ 9,4", "tăng 10%") stay text.
 */

const w = reportFileWords.workbook;
const headerRow = 4;
const cellFont: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };

/**
 * Text we do not control (indicator and unit names, plan wording) is written so Excel never evaluates it, even when
 * it starts with "=", "+", "-" or "@": a string cell (exceljs only writes a formula for a `{ formula }` value) with
 * the Text number format "@", so editing the cell (F2, Enter) keeps it text instead of making it a live formula.
 * The text itself is left as written: a name is printed as the secretary typed it.
 */
function setText(cell: ExcelJS.Cell, text: string): void {
  const safe = xmlSafeText(text);
  // An empty cell stays empty (no "" string), still formatted as Text for whatever is typed into it later.
  if (safe !== '') cell.value = safe;
  cell.numFmt = '@';
}

/** "#,##0.0": Excel shows the grouping and decimal marks of the PC's locale (320.080,0 on a Vietnamese Windows). */
function numberFormat(decimals: number, estimated = false): string {
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return estimated ? `${base}"${estimatedMark}"` : base;
}

/** Full precision in the cell, the printed decimals in its format (issue 13: values were rounded silently). */
function setNumber(cell: ExcelJS.Cell, value: number | null, decimals: number, estimated = false): void {
  if (value === null) return;
  cell.value = value;
  cell.numFmt = numberFormat(decimals, estimated);
}

/** "% KH" and "% so cùng kỳ" print with one decimal; stored as a fraction with a percent format, as Excel expects. */
function setPercent(cell: ExcelJS.Cell, percent: number | null): void {
  if (percent === null) return;
  cell.value = percent / 100;
  cell.numFmt = '0.0%';
}

/** The plan's figure as a number when the printed plan cell is one (gte, eq, zero); null when it reads "≤ 9,4". */
function plainPlanValue(t: Pick<TargetEvaluation, 'comparator'>, value: number | null): number | null {
  if (t.comparator === 'zero') return 0;
  return t.comparator === 'gte' || t.comparator === 'eq' ? value : null;
}

const isQualitative = (t: TargetEvaluation) =>
  t.comparator === 'achieve' || t.comparator === 'text' || t.kind === 'qualitative';

interface Column {
  title: string;
  width: number;
  align: 'left' | 'center' | 'right';
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  titleLines: readonly [string, string, string],
  footer: string,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    properties: { defaultRowHeight: lineHeight + 3 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  titleLines.forEach((text, i) => {
    const row = i + 1;
    sheet.mergeCells(row, 1, row, columns.length);
    const cell = sheet.getCell(row, 1);
    setText(cell, text);
    cell.font = { ...cellFont, bold: i === 0, italic: i === 2, size: i === 0 ? 13 : 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);
  titleLines.forEach((text, i) => {
    sheet.getRow(i + 1).height = wrappedLines(text, totalWidth, i === 0) * (lineHeight + 1) + 3;
  });
  columns.forEach((c, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    setText(cell, c.title);
    cell.font = { ...cellFont, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
  });
  sheet.getRow(headerRow).height =
    Math.max(...columns.map((c) => wrappedLines(c.title, c.width, true))) * lineHeight + 3;
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Nghị định 30 margins (in inches): top and bottom 20 mm, left 30 mm, right 15 mm.
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  sheet.headerFooter = { oddFooter: `&C${footer}` } as ExcelJS.HeaderFooter;
  return sheet;
}

/** Points of one line of 12 pt Times in a cell. */
const lineHeight = 15;

/**
 * The printed width in points of a column `width` characters wide (Excel's unit: the default font's digit, 7 px at
 * 96 dpi, plus 5 px of padding), less the cell's own margins.
 */
const columnPoints = (width: number) => ((width * 7 + 5) * 72) / 96 - 4;

/** Lines a text takes in a column, wrapping between words as Excel does. */
function wrappedLines(text: string, width: number, bold = false): number {
  const room = columnPoints(width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthPt(word, 12, bold ? 'bold' : 'regular');
    const space = used === 0 ? 0 : textWidthPt(' ', 12);
    if (used > 0 && used + space + w > room) {
      lines += 1;
      used = w;
    } else used += space + w;
  }
  return lines;
}

/**
 * Borders, font and alignment of a data row, after its values are set; text columns wrap, and the row is as tall as
 * its tallest wrapped cell (Excel does not grow a row for wrapped text it did not lay out itself).
 */
function styleRow(sheet: ExcelJS.Worksheet, row: number, columns: readonly Column[]): void {
  let lines = 1;
  columns.forEach((c, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.border = box;
    cell.font = cellFont;
    const wrap = c.align !== 'right';
    cell.alignment = { horizontal: c.align, vertical: 'middle', wrapText: wrap };
    if (wrap && typeof cell.value === 'string') lines = Math.max(lines, wrappedLines(cell.value, c.width));
  });
  sheet.getRow(row).height = lines * lineHeight + 3;
}

function addNote(sheet: ExcelJS.Worksheet, row: number): void {
  const cell = sheet.getCell(row, 1);
  setText(cell, reportWords.estimatedNote);
  cell.font = { ...cellFont, italic: true, size: 11 };
}

function resultsSheet(workbook: ExcelJS.Workbook, data: ReportData, footer: string): void {
  const t = reportWords.table;
  const columns: Column[] = [
    { title: t.stt, width: 6, align: 'center' },
    { title: w.field, width: 18, align: 'left' },
    { title: t.indicator, width: 44, align: 'left' },
    { title: t.unit, width: 10, align: 'center' },
    { title: t.plan, width: 14, align: 'right' },
    { title: t.periodValue, width: 14, align: 'right' },
    { title: t.ytd, width: 14, align: 'right' },
    { title: t.percentOfPlan, width: 9, align: 'right' },
    { title: t.samePeriod, width: 14, align: 'right' },
    { title: t.percentOfSamePeriod, width: 11, align: 'right' },
    { title: t.status, width: 16, align: 'center' },
    { title: w.note, width: 18, align: 'left' },
  ];
  const { header } = reportFrame(data);
  const sheet = addTableSheet(
    workbook,
    w.resultsSheet,
    columns,
    [
      w.title(data.subject),
      `${header.issuingBody} — ${header.numberLine} — ${header.placeDateLine}`,
      data.demo ? `${data.evaluation.headline} ${reportWords.demoNote}` : data.evaluation.headline,
    ],
    footer,
  );
  let row = headerRow;
  let stt = 0;
  for (const group of targetsByField(data.evaluation.targets)) {
    for (const target of group.targets) {
      row += 1;
      stt += 1;
      const c = reportRowCells(target);
      const cells = (col: number) => sheet.getCell(row, col);
      cells(1).value = stt;
      setText(cells(2), group.label);
      setText(cells(3), c.name);
      setText(cells(4), c.unit);
      const plan = plainPlanValue(target, target.target);
      if (plan === null) setText(cells(5), c.plan);
      else setNumber(cells(5), plan, target.decimals);
      if (isQualitative(target) || target.notAggregable !== null) {
        setText(cells(6), c.periodValue);
        setText(cells(7), c.ytd);
      } else {
        setNumber(cells(6), target.periodValue, target.decimals, target.estimated);
        setNumber(cells(7), target.ytd, target.decimals, target.estimated);
        setNumber(cells(9), target.samePeriodLastYear, target.decimals);
      }
      setPercent(cells(8), target.percentOfPlan);
      setPercent(cells(10), target.percentOfLastYear);
      setText(cells(11), c.status);
      setText(cells(12), target.estimated ? w.estimated : '');
      styleRow(sheet, row, columns);
    }
  }
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row, column: columns.length } };
  if (hasEstimatedTarget(data)) addNote(sheet, row + 2);
}

function annexSheet(workbook: ExcelJS.Workbook, data: ReportData, footer: string): void {
  const a = reportWords.annex;
  const columns: Column[] = [
    { title: a.stt, width: 7, align: 'center' },
    { title: w.indicator, width: 40, align: 'left' },
    { title: reportWords.table.unit, width: 10, align: 'center' },
    { title: a.unitName, width: 34, align: 'left' },
    { title: a.plan, width: 14, align: 'right' },
    { title: a.ytd, width: 14, align: 'right' },
    { title: a.percentOfPlan, width: 9, align: 'right' },
    { title: a.status, width: 16, align: 'center' },
    { title: w.note, width: 18, align: 'left' },
  ];
  const targets = annexTargets(data.evaluation.targets);
  const heading = reportAnnexHeading(data);
  const sheet = addTableSheet(
    workbook,
    w.annexSheet,
    columns,
    // The annex heading once: "Phụ lục", its title, "(Kèm theo Báo cáo số … của …)".
    [heading.label, heading.title, heading.reference],
    footer,
  );
  let row = headerRow;
  targets.forEach((target, ti) => {
    const qualitative = target.kind === 'unit_count' || target.kind === 'qualitative';
    target.units.forEach((unit, ui) => {
      row += 1;
      const c = annexRowCells(target, unit);
      const cells = (col: number) => sheet.getCell(row, col);
      // "1.2" is a label, not the number 1,2.
      setText(cells(1), `${ti + 1}.${ui + 1}`);
      setText(cells(2), target.indicator);
      setText(cells(3), target.unit ?? '');
      setText(cells(4), c.name);
      const plan = plainPlanValue(target, unit.target);
      if (plan === null || unit.target === null) setText(cells(5), c.plan);
      else setNumber(cells(5), plan, target.decimals);
      if (qualitative) setText(cells(6), c.ytd);
      else setNumber(cells(6), unit.ytd, target.decimals, unit.estimated);
      setPercent(cells(7), unit.percentOfPlan);
      setText(cells(8), c.status);
      setText(cells(9), unit.estimated ? w.estimated : '');
      styleRow(sheet, row, columns);
    });
  });
  if (row > headerRow) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row, column: columns.length } };
  if (hasEstimatedUnit(targets)) addNote(sheet, row + 2);
}

/** Builds the .xlsx bytes of a report; `created` stamps the workbook's properties. */
export async function renderQuarterlyReportXlsx(data: ReportData, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi Đua Desk';
  workbook.title = xmlSafeText(`${reportWords.documentType} ${data.subject}`);
  workbook.created = created;
  workbook.modified = created;
  // "&" starts a code in Excel's header and footer text (&P is the page); a literal one is written "&&".
  const issuingBody = xmlSafeText(data.council.issuingBody.trim().toLocaleUpperCase('vi')).replace(/&/g, '&&');
  const footer = w.pageFooter(issuingBody);
  resultsSheet(workbook, data, footer);
  annexSheet(workbook, data, footer);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
