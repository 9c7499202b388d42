import ExcelJS from 'exceljs';
import type { ChannelParsedInput } from '@shared/contract';
import type { ExcelFile } from '@shared/contract/excel';
import { quarterTitle, templateLabels } from '@shared/i18n/vi-excel';
import type { CoreContext } from '@core/context';
import { addInstructionsSheet } from './instructions-sheet';
import { unitTemplates, type UnitTemplate } from './template-data';
import { templateFileName, uniqueSheetName } from './template-names';
import { addUnitSheet } from './template-sheet';

type ExportInput = ChannelParsedInput<'figures:exportTemplate'>;

function newWorkbook(ctx: CoreContext): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi Đua Desk';
  workbook.created = ctx.now();
  workbook.modified = ctx.now();
  return workbook;
}

async function workbookFile(
  ctx: CoreContext,
  fileName: string,
  templates: UnitTemplate[],
  input: ExportInput,
): Promise<ExcelFile> {
  const workbook = newWorkbook(ctx);
  const taken = new Set<string>([templateLabels.instructionsSheet.toLowerCase()]);
  for (const template of templates) await addUnitSheet(workbook, uniqueSheetName(template.unit.name, taken), template);
  await addInstructionsSheet(workbook, templateLabels.instructionsSheet, quarterTitle(input.year, input.quarter));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, contentBase64: bytes.toString('base64') };
}

/**
 * Xuất mẫu nhập liệu: the quarter's template for the chosen units, as one workbook per unit (to e-mail each unit
 * its own file) or one workbook with a sheet per unit. Reads the database once, before any workbook is built.
 */
export async function exportTemplates(ctx: CoreContext, input: ExportInput): Promise<{ files: ExcelFile[] }> {
  const templates = unitTemplates(ctx, input.year, input.quarter, input.unitIds);
  if (input.layout === 'one-workbook') {
    return { files: [await workbookFile(ctx, templateFileName(input.year, input.quarter), templates, input)] };
  }
  const files: ExcelFile[] = [];
  for (const template of templates) {
    const fileName = templateFileName(input.year, input.quarter, template.unit.code);
    files.push(await workbookFile(ctx, fileName, [template], input));
  }
  return { files };
}
