/**
 * How far the Excel readers look into a returned workbook. Caps on its size and shape (zip bombs, sheets filled to
 * row 1,048,576) are the import guard's, checked before exceljs sees the file: `import-guard/guard-limits.ts`.
 */
export const importLimits = {
  /** Rows scanned from the top for the hidden marker and column keys (units may insert a few header rows). */
  headerScanRows: 40,
  /** Columns scanned for them (units may insert columns). */
  headerScanColumns: 60,
  /** Longest note kept, as in `figureEntrySchema`. */
  maxNoteLength: 2_000,
} as const;
