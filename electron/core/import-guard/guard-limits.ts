import type { OfficeKind } from '@shared/i18n/vi-import-guard';

/**
 * Caps on an imported file, checked before any parser builds anything in memory. Excel: a real template holds one
 * sheet per unit and one row per indicator; a hundred units with a hundred indicators is about 130,000 cells and a
 * few megabytes of XML. Word: a provincial plan with its annex tables is a few hundred pages at most. Anything far
 * beyond that is a zip bomb, a sheet filled to row 1,048,576, or a crafted file, and is refused rather than allowed
 * to freeze the secretary's PC.
 */
export interface GuardLimits {
  /** Zip entries (parts) in one file; a template with 100 sheets has about 220. */
  maxEntries: number;
  /** Total bytes after unzipping, across the parts that are kept. */
  maxUnzippedBytes: number;
  /** Bytes of any one part after unzipping. */
  maxPartBytes: number;
  /** Elements across every XML part of the file. */
  maxElements: number;
}

export interface XlsxLimits extends GuardLimits {
  maxSheets: number;
  maxRowsPerSheet: number;
  /** Cells across all worksheets. */
  maxCells: number;
  /** The last row any cell or row may be in (exceljs, and the readers, walk every row up to it). */
  maxRowNumber: number;
  /** Cells covered by merged ranges across the file (exceljs makes an object for every one of them). */
  maxMergedCells: number;
}

export interface DocxLimits extends GuardLimits {
  /** Table cells across the document (the plan reader reads every table). */
  maxTableCells: number;
}

const megabytes = 1024 * 1024;

export const guardLimits: { xlsx: XlsxLimits; docx: DocxLimits } & Record<OfficeKind, GuardLimits> = {
  xlsx: {
    maxEntries: 2_000,
    maxUnzippedBytes: 80 * megabytes,
    maxPartBytes: 80 * megabytes,
    maxElements: 3_000_000,
    maxSheets: 300,
    maxRowsPerSheet: 5_000,
    maxCells: 400_000,
    maxRowNumber: 20_000,
    maxMergedCells: 100_000,
  },
  docx: {
    maxEntries: 1_000,
    maxUnzippedBytes: 40 * megabytes,
    maxPartBytes: 16 * megabytes,
    maxElements: 2_000_000,
    maxTableCells: 100_000,
  },
};
