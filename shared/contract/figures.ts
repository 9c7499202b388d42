import { z } from 'zod';
import type { Figure, FigureStatus } from '../domain/figure';
import { figureStatuses } from '../domain/figure';
import type { AggregationKind, Indicator } from '../domain/indicator';
import type { Target } from '../domain/plan';
import type { Unit } from '../domain/unit';
import { defineChannel } from './define';
import type { AuditView } from './audit';
import { excelFilesSchema, type ExcelFile } from './excel';
import type { PeriodLockView } from './locks';
import { finiteNumber, idSchema, quarterSchema, yearSchema } from './schemas';

export const figureEntrySchema = z
  .object({
    indicatorId: idSchema,
    unitId: idSchema.nullable(),
    value: finiteNumber.nullable().default(null),
    numerator: finiteNumber.nullable().default(null),
    denominator: finiteNumber.nullable().default(null),
    achieved: z.boolean().nullable().default(null),
    status: z.enum(figureStatuses).default('uoc'),
    note: z.string().max(2000).nullable().default(null),
  })
  .strict();

/** Everything the entry grid needs for one quarter, in one call. */
export interface FigureGrid {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Indicators with a target in the year's plans, in plan order. */
  indicators: Indicator[];
  targets: Target[];
  /** Units active at the end of the quarter. */
  units: Unit[];
  figures: Figure[];
  /** This year's earlier quarters, for the year to date. */
  earlierQuarters: Figure[];
  /** The same quarter last year, for comparison and the ±50% warning. */
  lastYear: Figure[];
  locks: PeriodLockView[];
}

export interface FigureSaveResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  warnings: Array<{ indicatorId: number; unitId: number | null; message: string }>;
}

/** A figure with the names the CLI and exports print beside it. */
export interface FigureView extends Figure {
  indicator: string;
  kind: Indicator['kind'];
  measureUnit: string | null;
  unitCode: string | null;
  unitName: string | null;
  period: string;
}

/** The secretary may pick the quarter being imported; then a template of another quarter is refused. */
const importPeriodFields = { year: yearSchema.optional(), quarter: quarterSchema.optional() };
const bothOrNeither = (v: { year?: number | undefined; quarter?: number | undefined }) =>
  (v.year === undefined) === (v.quarter === undefined);
const bothOrNeitherMessage = { message: 'Chọn cả năm và quý, hoặc bỏ trống cả hai' };

export const templateLayouts = ['per-unit-files', 'one-workbook'] as const;
export type TemplateLayout = (typeof templateLayouts)[number];

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

export const figuresChannels = {
  'figures:grid': defineChannel<FigureGrid>()(z.object({ year: yearSchema, quarter: quarterSchema }).strict()),
  'figures:save': defineChannel<FigureSaveResult>()(
    z
      .object({
        year: yearSchema,
        quarter: quarterSchema,
        entries: z.array(figureEntrySchema).max(50_000),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
  ),
  'figures:list': defineChannel<FigureView[]>()(
    z.object({ year: yearSchema, quarter: quarterSchema.optional() }).strict(),
  ),
  'figures:history': defineChannel<AuditView[]>()(
    z.object({ indicatorId: idSchema, unitId: idSchema.nullable(), year: yearSchema, quarter: quarterSchema }).strict(),
  ),
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
