import ExcelJS from 'exceljs';
import { AppError } from '@shared/errors';
import { importMessages } from '@shared/i18n/vi-excel';
import { inspectXlsxZip } from './zip-guard';

/**
 * A returned workbook, loaded only after the zip guard has checked its size and structure. Throws AppError
 * FILE_INVALID naming the file; `notWorkbook` words the refusal of a well-formed zip that exceljs cannot read.
 */
export async function loadGuardedWorkbook(
  fileName: string,
  contentBase64: string,
  notWorkbook: (file: string) => string = importMessages.notTemplate,
): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(contentBase64, 'base64');
  inspectXlsxZip(fileName, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError('FILE_INVALID', notWorkbook(fileName), { cause: error });
  }
  return workbook;
}
