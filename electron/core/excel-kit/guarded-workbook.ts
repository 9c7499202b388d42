import ExcelJS from 'exceljs';
import { AppError } from '@shared/errors';
import { importMessages } from '@shared/i18n/vi-excel';
import { guardOfficeFile } from '../import-guard/office-guard';

/**
 * A returned workbook, loaded by exceljs only from the archive the import guard rebuilt (sizes, names, cells and
 * merged areas checked; validations and defined names cut out). Throws AppError FILE_INVALID naming the file;
 * `notWorkbook` words the refusal of a well-formed zip that exceljs cannot read.
 */
export async function loadGuardedWorkbook(
  fileName: string,
  contentBase64: string,
  notWorkbook: (file: string) => string = importMessages.notTemplate,
): Promise<ExcelJS.Workbook> {
  const guarded = guardOfficeFile(fileName, Buffer.from(contentBase64, 'base64'), 'xlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(guarded.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError('FILE_INVALID', notWorkbook(fileName), { cause: error });
  }
  return workbook;
}
