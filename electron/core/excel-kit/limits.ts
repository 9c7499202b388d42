/**
 * Caps on a returned workbook's unzipped content, checked before exceljs builds anything in memory. A real template
 * holds one sheet per unit and one row per indicator: a hundred units with a hundred indicators is about 130,000
 * cells and a few megabytes of XML. Anything far beyond that is a zip bomb or a sheet someone filled to row
 * 1,048,576, and is refused rather than allowed to freeze the secretary's PC.
 */
export const importLimits = {
  /** Zip entries (parts) in one file; a template with 100 sheets has about 220. */
  maxEntries: 2_000,
  /** Total bytes after unzipping, across every part. */
  maxUnzippedBytes: 80 * 1024 * 1024,
  /** Worksheets in one file. */
  maxSheets: 300,
  /** Rows in one worksheet. */
  maxRowsPerSheet: 5_000,
  /** Cells across all worksheets of one file. */
  maxCells: 400_000,
  /** Rows scanned from the top for the hidden marker and column keys (units may insert a few header rows). */
  headerScanRows: 40,
  /** Columns scanned for them (units may insert columns). */
  headerScanColumns: 60,
  /** Longest note kept, as in `figureEntrySchema`. */
  maxNoteLength: 2_000,
} as const;
