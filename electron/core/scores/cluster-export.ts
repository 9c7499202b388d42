import ExcelJS from 'exceljs';
import type { ChannelParsedInput } from '@shared/contract';
import type { ExcelFile } from '@shared/contract/excel';
import { roundKey } from '@shared/domain/cluster';
import type { CriterionView, RoundView, UnitScoreCard } from '@shared/domain/cluster-round';
import { AppError } from '@shared/errors';
import { selfScoreInstructions, selfScoreLabels, selfScoreMessages } from '@shared/i18n/vi-cluster-excel';
import { clusterMessages, roundPeriodLabels } from '@shared/i18n/vi-clusters';
import type { CoreContext } from '../context';
import { requireCluster } from '../clusters/service';
import { roundView } from './service';
import { setTextCell, textFormat } from '../excel-kit/cell-text';
import {
  selfScoreColumnNumber as col,
  selfScoreColumns,
  selfScoreInstructionsMarker,
  selfScoreKey,
  selfScoreMarker,
  selfScoreRows,
  selfScoreVersion,
  selfScoreWidths,
} from './cluster-sheet-layout';
import { columnLetter } from '../excel-kit/template-layout';

const font = { name: 'Times New Roman', size: 12 };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const inputFill = fill('FFFFF2CC');
const lockedFill = fill('FFE7E6E6');
const groupFill = fill('FFDDEBF7');
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const lastVisible = col.comment;
const pointsFormat = '#,##0.##';

function titleRow(sheet: ExcelJS.Worksheet, row: number, text: string, style: Partial<ExcelJS.Font>): void {
  sheet.mergeCells(row, 1, row, lastVisible);
  const cell = sheet.getCell(row, 1);
  setTextCell(cell, text);
  cell.font = { ...font, ...style };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function writeHeader(sheet: ExcelJS.Worksheet): void {
  const keys = sheet.getRow(selfScoreRows.keys);
  const header = sheet.getRow(selfScoreRows.header);
  for (const column of selfScoreColumns) {
    setTextCell(keys.getCell(col[column]), selfScoreKey(column));
    const cell = header.getCell(col[column]);
    setTextCell(cell, selfScoreLabels.headers[column]);
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
    cell.fill = groupFill;
    sheet.getColumn(col[column]).width = selfScoreWidths[column];
  }
  keys.hidden = true;
  sheet.getRow(selfScoreRows.marker).hidden = true;
  sheet.getColumn(col.criterionId).hidden = true;
}

function validation(criterion: CriterionView): ExcelJS.DataValidation {
  const v = selfScoreLabels.validation;
  const deduction = criterion.kind === 'tru';
  const message = deduction ? v.deduction(criterion.maxPoints) : v.range(criterion.maxPoints);
  return {
    type: 'decimal',
    operator: 'between',
    formulae: deduction ? [-criterion.maxPoints, 0] : [0, criterion.maxPoints],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.title,
    error: message,
    showInputMessage: true,
    promptTitle: v.title,
    prompt: message,
  };
}

function writeCriterionRow(row: ExcelJS.Row, criterion: CriterionView, card: UnitScoreCard): void {
  const scores = card.criteria.find((c) => c.criterionId === criterion.id);
  setTextCell(row.getCell(col.stt), criterion.code);
  setTextCell(row.getCell(col.title), criterion.title);
  setTextCell(row.getCell(col.kind), selfScoreLabels.kinds[criterion.kind] ?? criterion.kind);
  const max = row.getCell(col.max);
  max.value = criterion.kind === 'tru' ? -criterion.maxPoints : criterion.maxPoints;
  max.numFmt = pointsFormat;
  const points = row.getCell(col.points);
  const comment = row.getCell(col.comment);
  if (criterion.leaf) {
    row.getCell(col.criterionId).value = criterion.id;
    const computed = scores?.computed ?? null;
    if (computed !== null) {
      if (computed.points !== null) row.getCell(col.computed).value = computed.points;
      row.getCell(col.computed).numFmt = pointsFormat;
      setTextCell(row.getCell(col.explanation), computed.explanation);
    }
    const own = scores?.layers.tu_cham;
    // A computed criterion with a result is locked: its score follows the figures, not the unit's typing.
    if (computed !== null && computed.points !== null) {
      points.value = computed.points;
      points.fill = lockedFill;
    } else {
      if (own && !own.fromComputation && own.points !== null) points.value = own.points;
      points.protection = { locked: false };
      points.fill = inputFill;
      points.dataValidation = validation(criterion);
    }
    points.numFmt = pointsFormat;
    comment.protection = { locked: false };
    comment.fill = inputFill;
    comment.numFmt = textFormat;
    if (own?.comment) setTextCell(comment, own.comment);
  }
  for (let number = 1; number <= lastVisible; number++) {
    const cell = row.getCell(number);
    cell.border = box;
    cell.font = { ...font, bold: !criterion.leaf };
    if (!criterion.leaf) cell.fill = groupFill;
    cell.alignment =
      number === col.stt ? { vertical: 'middle', horizontal: 'center' } : { vertical: 'middle', wrapText: true };
  }
}

async function unitSheet(workbook: ExcelJS.Workbook, view: RoundView, card: UnitScoreCard): Promise<void> {
  const sheet = workbook.addWorksheet('Phiếu tự chấm', {
    views: [{ state: 'frozen', xSplit: col.title, ySplit: selfScoreRows.header }],
  });
  writeHeader(sheet);
  setTextCell(
    sheet.getCell(selfScoreRows.marker, 1),
    selfScoreMarker({
      version: selfScoreVersion,
      roundId: view.id,
      clusterId: view.cluster.id,
      unitCode: card.code,
      roundKey: view.key,
    }),
  );
  titleRow(sheet, selfScoreRows.council, selfScoreLabels.council, { bold: true });
  titleRow(sheet, selfScoreRows.title, selfScoreLabels.title, { bold: true, size: 14 });
  titleRow(
    sheet,
    selfScoreRows.round,
    selfScoreLabels.round(roundPeriodLabels[view.period], view.cluster.year, view.cluster.name),
    { bold: true, italic: true },
  );
  titleRow(sheet, selfScoreRows.unit, selfScoreLabels.unit(card.name, card.code), { bold: true });
  let rowNumber: number = selfScoreRows.firstData;
  for (const criterion of view.criteria) writeCriterionRow(sheet.getRow(rowNumber++), criterion, card);
  const signature = sheet.getCell(rowNumber + 1, col.comment);
  setTextCell(signature, selfScoreLabels.signature);
  signature.font = { ...font, italic: true };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printArea: `A${selfScoreRows.council}:${columnLetter(lastVisible)}${rowNumber + 1}`,
    printTitlesRow: `${selfScoreRows.header}:${selfScoreRows.header}`,
  };
  sheet.headerFooter = { oddFooter: `&C${selfScoreLabels.footer}` };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertColumns: true,
  });
}

async function instructionsSheet(workbook: ExcelJS.Workbook, title: string): Promise<void> {
  const sheet = workbook.addWorksheet(selfScoreLabels.instructionsSheet);
  sheet.getColumn(1).width = 120;
  setTextCell(sheet.getCell(1, 1), selfScoreInstructionsMarker);
  sheet.getRow(1).hidden = true;
  selfScoreInstructions(title).forEach((line, index) => {
    const cell = sheet.getCell(index + 2, 1);
    setTextCell(cell, line);
    cell.font = { ...font, size: 13, bold: index === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/**
 * Xuất phiếu tự chấm: one workbook per member unit with the cluster's criteria tree, maxima, the computed criteria
 * prefilled and locked with their explanation, and input cells for the unit's own score and comment. Reads only.
 */
export async function exportSelfScoreSheets(
  ctx: CoreContext,
  input: ChannelParsedInput<'scores:exportSheets'>,
): Promise<{ files: ExcelFile[] }> {
  const cluster = requireCluster(ctx, input.clusterId);
  const round = ctx.repos.clusterScores.roundFor(cluster.id, input.round);
  const key = roundKey(cluster.year, input.round);
  if (!round) throw new AppError('NOT_FOUND', clusterMessages.roundMissing(cluster.name, key));
  const view = roundView(ctx, round.id);
  if (view.criteria.length === 0) throw new AppError('INVALID_INPUT', selfScoreMessages.noCriteria(cluster.name));
  if (view.units.length === 0) throw new AppError('INVALID_INPUT', selfScoreMessages.noMembers(cluster.name));
  const title = selfScoreLabels.round(roundPeriodLabels[view.period], cluster.year, cluster.name);
  const files: ExcelFile[] = [];
  for (const member of cluster.members) {
    const card = view.units.find((u) => u.unitId === member.unitId)!;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Thi Đua Desk';
    workbook.created = ctx.now();
    workbook.modified = ctx.now();
    await unitSheet(workbook, view, card);
    await instructionsSheet(workbook, title);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    files.push({ fileName: selfScoreMessages.fileName(key, card.code), contentBase64: bytes.toString('base64') });
  }
  return { files };
}
