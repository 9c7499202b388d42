import { z } from 'zod';
import type { FigureStatus } from '../domain/figure';
import type { AggregationKind } from '../domain/indicator';
import { defineChannel } from './define';
import { quarterSchema, type FigureSaveResult } from './figures';
import { idSchema, yearSchema } from './schemas';

/**
 * Size caps on what crosses the process boundary. A returned template is a few hundred kilobytes (one sheet per
 * unit, one row per indicator); these leave room for a hundred-unit workbook while keeping a stray video or
 * database file out of the importer. The importer applies tighter caps on the unzipped content.
 */
export const excelFileLimits = {
  maxFiles: 200,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
} as const;

/** base64 length of a file of `bytes` bytes. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

export const excelFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z
      .string()
      .min(1)
      .max(base64Length(excelFileLimits.maxFileBytes))
      .regex(base64Pattern, { message: 'Nội dung tệp phải là base64' }),
  })
  .strict();

const excelFilesSchema = z
  .array(excelFileSchema)
  .min(1)
  .max(excelFileLimits.maxFiles)
  .refine(
    (files) => files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= base64Length(excelFileLimits.maxTotalBytes),
    { message: `Tổng dung lượng các tệp vượt quá ${excelFileLimits.maxTotalBytes / 1024 / 1024} MB` },
  );

/** The secretary may pick the quarter being imported; then a template of another quarter is refused. */
const importPeriodFields = { year: yearSchema.optional(), quarter: quarterSchema.optional() };
const bothOrNeither = (v: { year?: number | undefined; quarter?: number | undefined }) =>
  (v.year === undefined) === (v.quarter === undefined);
const bothOrNeitherMessage = { message: 'Chọn cả năm và quý, hoặc bỏ trống cả hai' };

export const templateLayouts = ['per-unit-files', 'one-workbook'] as const;
export type TemplateLayout = (typeof templateLayouts)[number];

export interface ExcelFile {
  fileName: string;
  contentBase64: string;
}

/** The measure fields of a figure, as shown before → after in the preview. */
export interface FigureMeasure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  achieved: boolean | null;
  status: FigureStatus;
  note: string | null;
}

/** One figure the import would insert or change. */
export interface ImportChange {
  sheetName: string;
  /** Row in the returned sheet (1-based, as Excel numbers it). */
  row: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  indicatorId: number;
  indicatorName: string;
  kind: AggregationKind;
  measureUnit: string | null;
  before: FigureMeasure | null;
  after: FigureMeasure;
  /** Vietnamese renderings of before and after ("(trống)", "21.000,5", "12 / 480", "Đạt"), with Ước/Chính thức. */
  beforeText: string;
  afterText: string;
  /** From `checkFigureEntry`; errors make the file refused, warnings are for the secretary to judge. */
  errors: string[];
  warnings: string[];
}

export interface ImportFilePreview {
  fileName: string;
  /** False: nothing from this file is written; `refusals` says why, naming sheet, row and column. */
  accepted: boolean;
  units: Array<{ sheetName: string; unitId: number; unitCode: string; unitName: string }>;
  changes: ImportChange[];
  /** Rows whose figure is already exactly as in the database. */
  unchanged: number;
  /** Indicator rows left blank: not reported, existing figures are kept. */
  blank: number;
  refusals: string[];
  /** Things ignored on purpose (a row with data but no indicator id, a sheet that is not a template). */
  notices: string[];
}

export interface ImportPreview {
  /** The quarter being imported: the secretary's pick, or the one every template carries; null if none was read. */
  year: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  files: ImportFilePreview[];
  totals: { changes: number; unchanged: number; blank: number; acceptedFiles: number; refusedFiles: number };
  /** Fingerprint of the accepted change set and of the database rows it replaces; `figures:applyImport` checks it. */
  digest: string;
}

export interface ImportApplyResult extends FigureSaveResult {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  files: Array<{
    fileName: string;
    status: 'applied' | 'unchanged' | 'refused';
    changes: number;
    unchanged: number;
    refusals: string[];
  }>;
}

export const excelChannels = {
  /** Xuất mẫu nhập liệu: one workbook per unit, or one workbook with a sheet per unit. The renderer saves them. */
  'figures:exportTemplate': defineChannel<{ files: ExcelFile[] }>()(
    z
      .object({
        year: yearSchema,
        quarter: quarterSchema,
        /** null: every unit active at the end of the quarter. */
        unitIds: z.array(idSchema).min(1).max(5000).nullable(),
        layout: z.enum(templateLayouts),
      })
      .strict(),
  ),
  /** Nhập từ Excel, step 1: read the returned files and show every change; writes nothing. */
  'figures:previewImport': defineChannel<ImportPreview>()(
    z
      .object({ files: excelFilesSchema, ...importPeriodFields })
      .strict()
      .refine(bothOrNeither, bothOrNeitherMessage),
  ),
  /** Step 2, after the secretary confirms: the same files and the preview's digest; one transaction. */
  'figures:applyImport': defineChannel<ImportApplyResult>()(
    z
      .object({
        files: excelFilesSchema,
        ...importPeriodFields,
        digest: z.string().regex(/^[0-9a-f]{64}$/),
        reason: z.string().trim().max(500).optional(),
      })
      .strict()
      .refine(bothOrNeither, bothOrNeitherMessage),
  ),
};
