import ExcelJS from 'exceljs';
import type { AwardRecord, Decision } from '@shared/commendation/registry';
import type { ExportedFile } from '@shared/contract/reports';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { awardListLabels as l } from '@shared/i18n/vi-award-excel';
import type { CoreContext } from '../context';
import { decisionDetail } from '../decisions/service';
import { setTextCell } from '../excel-kit/cell-text';

/** Excel's thousands format; Vietnamese Excel shows it with "." as the separator. */
export const moneyFormat = '#,##0';

/** @example displayDate('2022-12-26') === '26/12/2022' */
function displayDate(iso: string | null): string {
  if (iso === null) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

interface Column {
  header: string;
  width: number;
  value: (a: AwardRecord) => string | number | null;
  money?: boolean;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const h = l.headers;
const nameOf = (a: AwardRecord) => a.personName ?? a.unitName;
const common = {
  name: { header: h.name, width: 28, value: nameOf },
  position: { header: h.position, width: 22, value: (a: AwardRecord) => a.position ?? '' },
  unit: { header: h.unit, width: 26, value: (a: AwardRecord) => a.unitName },
  title: { header: h.title, width: 30, value: (a: AwardRecord) => a.titleName },
  year: { header: h.year, width: 8, value: (a: AwardRecord) => a.year },
  number: { header: h.decisionNumber, width: 18, value: (a: AwardRecord) => a.decisionNumber ?? '' },
  date: { header: h.decisionDate, width: 14, value: (a: AwardRecord) => displayDate(a.decisionDate) },
  amount: { header: h.amount, width: 16, value: (a: AwardRecord) => a.prizeAmount, money: true },
} satisfies Record<string, Column>;

/**
 * One list sheet: heading lines, a header row, a row per award (STT numbered), a total of the money column, A4
 * print setup. Text we do not control (names, units, titles) goes through `setTextCell`, so a name beginning with
 * "=" stays text; money is a number cell in "#,##0".
 */
function writeList(
  workbook: ExcelJS.Workbook,
  heading: string[],
  columns: readonly Column[],
  awards: readonly AwardRecord[],
): void {
  const sheet = workbook.addWorksheet(l.sheet);
  const all: Column[] = [{ header: h.stt, width: 6, value: () => null }, ...columns];
  sheet.columns = all.map((c) => ({ width: c.width }));
  const last = all.length;
  heading.forEach((text, i) => {
    const row = i + 1;
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    setTextCell(cell, text);
    cell.font = { bold: i < 2, size: i === 1 ? 14 : 12 };
    cell.alignment = { horizontal: 'center' };
  });
  const headerRow = heading.length + 2;
  all.forEach((c, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    setTextCell(cell, c.header);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
  awards.forEach((award, index) => {
    const row = headerRow + 1 + index;
    all.forEach((c, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.border = thin;
      if (i === 0) {
        cell.value = index + 1;
        cell.alignment = { horizontal: 'center' };
        return;
      }
      const value = c.value(award);
      if (c.money) {
        if (value !== null) cell.value = value;
        cell.numFmt = moneyFormat;
      } else if (typeof value === 'number') cell.value = value;
      else setTextCell(cell, value ?? '');
    });
  });
  const totalRow = headerRow + awards.length + 1;
  const moneyColumn = all.findIndex((c) => c.money) + 1;
  if (moneyColumn > 0) {
    sheet.mergeCells(totalRow, 1, totalRow, moneyColumn - 1);
    setTextCell(sheet.getCell(totalRow, 1), l.total);
    const total = sheet.getCell(totalRow, moneyColumn);
    total.value = awards.reduce((sum, a) => sum + (a.prizeAmount ?? 0), 0);
    total.numFmt = moneyFormat;
    for (let i = 1; i <= last; i += 1) {
      const cell = sheet.getCell(totalRow, i);
      cell.font = { bold: true };
      cell.border = thin;
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: last > 7 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Nghị định 30: left 30 mm, right 15 mm, top and bottom 20 mm (in inches).
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printArea: `A1:${sheet.getColumn(last).letter}${moneyColumn > 0 ? totalRow : totalRow - 1}`,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  sheet.headerFooter = { oddFooter: `&C${l.footer}` };
}

async function toFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExportedFile> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, contentBase64: bytes.toString('base64') };
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi Đua Desk';
  return workbook;
}

/** "QD-1735-QD-UBND-2022-12-26-danh-sach.xlsx": ASCII, like the annex PDF's name. */
function decisionFileName(decision: Decision): string {
  const number = foldVietnamese(decision.number)
    .toUpperCase()
    .replace(/[^0-9A-Za-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return `QD-${number}-${decision.signedOn}-danh-sach.xlsx`;
}

/** `decisions:exportList`: the decision's recipients with their prize money and the total. */
export async function exportDecisionList(ctx: CoreContext, id: number): Promise<ExportedFile> {
  const { decision, awards } = decisionDetail(ctx, id);
  const workbook = newWorkbook();
  writeList(
    workbook,
    [l.council, l.listTitle, decision.subject, l.attached(decision.number, displayDate(decision.signedOn))],
    [common.name, common.position, common.unit, common.title, common.amount],
    awards,
  );
  return toFile(workbook, decisionFileName(decision));
}

/**
 * `awards:exportHistory`: every award of a year (or all), with the year and the decision, in the columns the
 * importer of past lists reads, so an exported list re-imports as all duplicates.
 */
export async function exportAwardHistory(ctx: CoreContext, year?: number): Promise<ExportedFile> {
  const awards = ctx.repos.awards
    .all()
    .filter((a) => year === undefined || a.year === year)
    .sort(
      (a, b) =>
        a.year - b.year ||
        (a.decisionDate ?? '').localeCompare(b.decisionDate ?? '') ||
        a.titleName.localeCompare(b.titleName, 'vi') ||
        nameOf(a).localeCompare(nameOf(b), 'vi') ||
        a.id - b.id,
    );
  const workbook = newWorkbook();
  writeList(
    workbook,
    [l.council, l.historyTitle(year ?? null)],
    [common.name, common.position, common.unit, common.title, common.year, common.number, common.date, common.amount],
    awards,
  );
  return toFile(workbook, year === undefined ? 'khen-thuong-cac-nam.xlsx' : `khen-thuong-${year}.xlsx`);
}
