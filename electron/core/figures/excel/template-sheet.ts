import type ExcelJS from 'exceljs';
import { figureMagnitude } from '@shared/domain/figure-checks';
import type { Figure } from '@shared/domain/figure';
import { isRatioKind, type Indicator } from '@shared/domain/indicator';
import { quarterTitle, templateLabels } from '@shared/i18n/vi-excel';
import { setTextCell, textFormat } from '@core/excel-kit/cell-text';
import {
  columnKey,
  columnLetter,
  exportedColumnNumber as col,
  templateColumns,
  templateColumnWidths,
  templateRows,
  templateVersion,
  unitSheetMarker,
  type TemplateColumn,
} from '@core/excel-kit/template-layout';
import type { TemplateIndicatorRow, UnitTemplate } from './template-data';

const font = { name: 'Times New Roman', size: 12 };
const inputFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const unusedFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const groupFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const lastVisible = col.note;
const romanGroups = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** Display format for a number with the indicator's decimals; Excel shows it with the user's own separators. */
function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

const list = (items: string[]) => [`"${items.join(',')}"`];

function titleRow(sheet: ExcelJS.Worksheet, row: number, text: string, style: Partial<ExcelJS.Font>): void {
  sheet.mergeCells(row, 1, row, lastVisible);
  const cell = sheet.getCell(row, 1);
  setTextCell(cell, text);
  cell.font = { ...font, ...style };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function writeHeader(sheet: ExcelJS.Worksheet): void {
  const keys = sheet.getRow(templateRows.keys);
  const header = sheet.getRow(templateRows.header);
  const headers = templateLabels.headers as Record<TemplateColumn, string>;
  for (const column of templateColumns) {
    setTextCell(keys.getCell(col[column]), columnKey(column));
    const cell = header.getCell(col[column]);
    setTextCell(cell, headers[column]);
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
    cell.fill = groupFill;
    sheet.getColumn(col[column]).width = templateColumnWidths[column];
  }
  keys.hidden = true;
  sheet.getRow(templateRows.marker).hidden = true;
  sheet.getColumn(col.indicatorId).hidden = true;
}

function lastYearCell(cell: ExcelJS.Cell, figure: Figure | undefined, indicator: Indicator): void {
  if (!figure) return;
  if (figure.achieved !== null)
    setTextCell(cell, figure.achieved ? templateLabels.achieved : templateLabels.notAchieved);
  else {
    const magnitude = figureMagnitude(figure, indicator);
    if (magnitude !== null) {
      cell.value = magnitude;
      cell.numFmt = numberFormat(indicator.decimals);
    }
  }
}

/** Unlocks an input cell, colours it and attaches its validation; cells a kind does not use stay locked and grey. */
function inputCell(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation | null): void {
  if (validation === null) {
    cell.fill = unusedFill;
    return;
  }
  cell.protection = { locked: false };
  cell.fill = inputFill;
  cell.dataValidation = validation;
}

function numberValidation(prompt: string, nonNegative: boolean): ExcelJS.DataValidation {
  const v = templateLabels.validation;
  return {
    type: 'decimal',
    operator: nonNegative ? 'greaterThanOrEqual' : 'between',
    formulae: nonNegative ? [0] : [-1e15, 1e15],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.numberTitle,
    error: nonNegative ? v.nonNegative : v.anyNumber,
    showInputMessage: true,
    promptTitle: v.numberTitle,
    prompt,
  };
}

function choiceValidation(items: string[], prompt: string): ExcelJS.DataValidation {
  const v = templateLabels.validation;
  return {
    type: 'list',
    formulae: list(items),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.choiceTitle,
    error: prompt,
    showInputMessage: true,
    promptTitle: v.choiceTitle,
    prompt,
  };
}

function writeIndicatorRow(row: ExcelJS.Row, stt: number, data: TemplateIndicatorRow): void {
  const { indicator, current } = data;
  const labels = templateLabels;
  const numeratorLabel = indicator.numeratorLabel ?? labels.defaultNumerator;
  const denominatorLabel = indicator.denominatorLabel ?? labels.defaultDenominator;
  const ratio = isRatioKind(indicator.kind);
  const rate = indicator.kind === 'rate';
  const yesNo = indicator.kind === 'unit_count' || indicator.kind === 'qualitative';

  row.getCell(col.stt).value = stt;
  const parts = rate ? labels.rateParts : labels.ratioParts;
  const name = ratio ? `${indicator.name}\n${parts(numeratorLabel, denominatorLabel)}` : indicator.name;
  setTextCell(row.getCell(col.name), name);
  setTextCell(row.getCell(col.measureUnit), indicator.measureUnit ?? '');
  setTextCell(row.getCell(col.plan), data.planText);
  lastYearCell(row.getCell(col.lastYear), data.lastYear, indicator);

  const value = row.getCell(col.value);
  // A rate may be given as the rate itself (a thôn's report says "4,5%"), so its value cell is open too.
  const valueLabel = rate ? labels.rateValue : labels.headers.value;
  inputCell(
    value,
    (ratio && !rate) || yesNo
      ? null
      : numberValidation(labels.validation.enter(valueLabel), indicator.kind === 'stock' || rate),
  );
  value.numFmt = numberFormat(indicator.decimals);
  const numerator = row.getCell(col.numerator);
  const denominator = row.getCell(col.denominator);
  inputCell(numerator, ratio ? numberValidation(labels.validation.enter(numeratorLabel), true) : null);
  inputCell(denominator, ratio ? numberValidation(labels.validation.enter(denominatorLabel), true) : null);
  const achieved = row.getCell(col.achieved);
  inputCell(
    achieved,
    yesNo ? choiceValidation([labels.achieved, labels.notAchieved], labels.validation.achievedChoice) : null,
  );
  const status = row.getCell(col.status);
  inputCell(status, choiceValidation([labels.estimated, labels.official], labels.validation.statusChoice));
  // Notes are free text: unlocked, no validation, Text format so a note typed as "=…" stays text.
  const note = row.getCell(col.note);
  note.protection = { locked: false };
  note.fill = inputFill;
  note.numFmt = textFormat;
  row.getCell(col.indicatorId).value = indicator.id;

  if (current) {
    if (current.value !== null) value.value = current.value;
    if (current.numerator !== null) numerator.value = current.numerator;
    if (current.denominator !== null) denominator.value = current.denominator;
    if (current.achieved !== null) setTextCell(achieved, current.achieved ? labels.achieved : labels.notAchieved);
    setTextCell(status, current.status === 'chinh_thuc' ? labels.official : labels.estimated);
    if (current.note !== null) setTextCell(note, current.note);
  }

  for (let number = 1; number <= lastVisible; number++) {
    const cell = row.getCell(number);
    cell.border = box;
    cell.font = font;
    cell.alignment =
      number === col.stt ? { vertical: 'middle', horizontal: 'center' } : { vertical: 'middle', wrapText: true };
  }
}

function printSetup(sheet: ExcelJS.Worksheet, lastRow: number): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Nghị định 30: left 30 mm, right 15 mm, top and bottom 20 mm (in inches).
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printArea: `A${templateRows.issuingBody}:${columnLetter(lastVisible)}${lastRow}`,
    printTitlesRow: `${templateRows.header}:${templateRows.header}`,
  };
  sheet.headerFooter = { oddFooter: `&C${templateLabels.footer}` };
}

/**
 * Writes one unit's sheet: title block, hidden key row and marker, one row per indicator grouped by field, input
 * cells unlocked and validated, everything else protected. Protection has no password: it prevents slips, and the
 * importer does not rely on it (it re-checks every cell).
 */
export async function addUnitSheet(workbook: ExcelJS.Workbook, sheetName: string, data: UnitTemplate): Promise<void> {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: col.name, ySplit: templateRows.header }],
  });
  writeHeader(sheet);
  setTextCell(
    sheet.getCell(templateRows.marker, 1),
    unitSheetMarker({ version: templateVersion, unitCode: data.unit.code, year: data.year, quarter: data.quarter }),
  );
  titleRow(sheet, templateRows.issuingBody, data.issuingBody.toUpperCase(), { bold: true });
  titleRow(sheet, templateRows.council, templateLabels.council, { bold: true });
  titleRow(sheet, templateRows.title, templateLabels.title, { bold: true, size: 14 });
  titleRow(sheet, templateRows.period, quarterTitle(data.year, data.quarter), { bold: true, italic: true });
  titleRow(sheet, templateRows.unit, templateLabels.unit(data.unit.name, data.unit.code), { bold: true });

  let rowNumber = templateRows.firstData;
  data.groups.forEach((group, index) => {
    const row = sheet.getRow(rowNumber++);
    sheet.mergeCells(row.number, col.stt, row.number, lastVisible);
    setTextCell(row.getCell(col.stt), `${romanGroups[index] ?? index + 1}. ${group.label.toUpperCase()}`);
    row.getCell(col.stt).font = { ...font, bold: true };
    row.getCell(col.stt).fill = groupFill;
    row.getCell(col.stt).border = box;
    group.rows.forEach((line, i) => writeIndicatorRow(sheet.getRow(rowNumber++), i + 1, line));
  });
  const signature = sheet.getCell(rowNumber + 1, col.status);
  setTextCell(signature, templateLabels.signature);
  signature.font = { ...font, italic: true };

  printSetup(sheet, rowNumber + 1);
  // Units may resize, and insert rows or columns of their own (the importer finds columns by their hidden keys);
  // deleting rows or columns stays blocked so the id column and the key row survive.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertColumns: true,
    insertRows: true,
  });
}
