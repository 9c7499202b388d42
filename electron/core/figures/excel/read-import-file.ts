import type ExcelJS from 'exceljs';
import type { ExcelFile } from '@shared/contract/excel';
import { isAppError } from '@shared/errors';
import { excelPlace, importMessages } from '@shared/i18n/vi-excel';
import { readTemplateSheet, type TemplateSheetReading } from './read-template-sheet';
import { loadGuardedWorkbook } from '@core/excel-kit/guarded-workbook';

/** One returned file as read, before any check against the database. */
export interface ImportFileReading {
  fileName: string;
  sheets: TemplateSheetReading[];
  refusals: string[];
  notices: string[];
}

/**
 * Reads one returned file: the zip guard, then exceljs, then every sheet. Problems with the file itself (not a
 * zip, damaged, too large, not our template) become its refusal instead of failing the whole import, so one bad
 * file among eleven does not stop the other ten from being previewed.
 */
export async function readImportFile(file: ExcelFile): Promise<ImportFileReading> {
  const reading: ImportFileReading = { fileName: file.fileName, sheets: [], refusals: [], notices: [] };
  let workbook: ExcelJS.Workbook;
  try {
    // A well-formed zip that is not a workbook (a .docx renamed, a part exceljs cannot parse) is not our template.
    workbook = await loadGuardedWorkbook(file.fileName, file.contentBase64);
  } catch (error) {
    if (isAppError(error) && error.code === 'FILE_INVALID') {
      reading.refusals.push(error.message);
      return reading;
    }
    throw error;
  }
  let templateSheets = 0;
  for (const sheet of workbook.worksheets) {
    const result = readTemplateSheet(file.fileName, sheet);
    if (result.kind === 'template') {
      templateSheets++;
      reading.sheets.push(result.sheet);
      reading.refusals.push(...result.refusals);
      reading.notices.push(...result.notices);
    } else if (result.kind === 'refused') {
      templateSheets++;
      reading.refusals.push(...result.refusals);
    } else if (result.kind === 'other') {
      reading.notices.push(importMessages.ignoredSheet(excelPlace({ file: file.fileName, sheet: sheet.name })));
    }
  }
  if (templateSheets === 0) return { ...reading, refusals: [importMessages.notTemplate(file.fileName)], notices: [] };
  return reading;
}
