import type ExcelJS from 'exceljs';
import { templateInstructions, templateLabels } from '@shared/i18n/vi-excel';
import { setTextCell } from '@core/excel-kit/cell-text';
import { instructionsMarker } from '@core/excel-kit/template-layout';

/**
 * The "Hướng dẫn" sheet: how to fill the unit sheets, in Vietnamese. Its hidden first row carries a marker so the
 * importer recognises it and does not report it as an unknown sheet.
 */
export async function addInstructionsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  periodTitle: string,
): Promise<void> {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 120;
  setTextCell(sheet.getCell(1, 1), instructionsMarker);
  sheet.getRow(1).hidden = true;
  templateInstructions(periodTitle).forEach((line, index) => {
    const cell = sheet.getCell(index + 2, 1);
    setTextCell(cell, line);
    cell.font = { name: 'Times New Roman', size: 13, bold: index === 0 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: `&C${templateLabels.footer}` };
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}
