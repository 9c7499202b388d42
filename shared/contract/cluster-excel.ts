import { z } from 'zod';
import { roundPeriods } from '../domain/cluster';
import type { ScoringTable } from '../domain/cluster-round';
import { defineChannel } from './define';
import { excelFileLimits, excelFileSchema, type ExcelFile } from './excel';
import { idSchema } from './schemas';

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const excelFilesSchema = z
  .array(excelFileSchema)
  .min(1)
  .max(excelFileLimits.maxFiles)
  .refine(
    (files) => files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= base64Length(excelFileLimits.maxTotalBytes),
    { message: `Tổng dung lượng các tệp vượt quá ${excelFileLimits.maxTotalBytes / 1024 / 1024} MB` },
  );

/** A unit's own score (tự chấm) on one criterion, as the preview shows it before → after. */
export interface SelfScore {
  points: number | null;
  comment: string | null;
}

/** One self-score the import would write. */
export interface ScoreImportChange {
  sheetName: string;
  /** Row in the returned sheet (1-based). */
  row: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  criterionId: number;
  criterionCode: string;
  criterionTitle: string;
  before: SelfScore | null;
  after: SelfScore;
  /** "(trống)", "12,5", "12,5; nhận xét: "…"". */
  beforeText: string;
  afterText: string;
}

export interface ScoreImportFilePreview {
  fileName: string;
  /** False: nothing from this file is written; `refusals` says why, naming sheet, row and column. */
  accepted: boolean;
  units: Array<{ sheetName: string; unitId: number; unitCode: string; unitName: string }>;
  changes: ScoreImportChange[];
  /** Rows whose self-score is already as in the database. */
  unchanged: number;
  /** Rows left blank: the existing self-score is kept. */
  blank: number;
  refusals: string[];
  notices: string[];
}

export interface ScoreImportPreview {
  /** The round every accepted sheet belongs to; null when none was read. */
  roundId: number | null;
  roundKey: string | null;
  clusterName: string | null;
  files: ScoreImportFilePreview[];
  totals: { changes: number; unchanged: number; blank: number; acceptedFiles: number; refusedFiles: number };
  /** Fingerprint of the accepted changes and the scores they replace; `scores:applyImport` checks it. */
  digest: string;
}

export interface ScoreImportApplyResult {
  roundId: number;
  changed: number;
  files: Array<{ fileName: string; status: 'applied' | 'unchanged' | 'refused'; changes: number; refusals: string[] }>;
}

/** Self-scoring sheets (phiếu tự chấm) out and back in, and a criteria table read from a simple Excel layout. */
export const clusterExcelChannels = {
  /** One workbook per member unit, for the unit to score itself; the renderer saves them. Writes nothing. */
  'scores:exportSheets': defineChannel<{ files: ExcelFile[] }>()(
    z.object({ clusterId: idSchema, round: z.enum(roundPeriods) }).strict(),
  ),
  /** Step 1: reads the returned sheets and shows every change of the units' own layer; writes nothing. */
  'scores:previewImport': defineChannel<ScoreImportPreview>()(z.object({ files: excelFilesSchema }).strict()),
  /** Step 2, once confirmed: the same files and the preview's digest; one transaction, tự chấm layer only. */
  'scores:applyImport': defineChannel<ScoreImportApplyResult>()(
    z
      .object({
        files: excelFilesSchema,
        digest: z.string().regex(/^[0-9a-f]{64}$/),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
  ),
  /**
   * A criteria table from Excel (columns STT, Tiêu chí, Điểm tối đa, Loại found by their header text): `replace`
   * replaces the table, otherwise the rows are added after it. Refused while the table has scores.
   */
  'clusters:importCriteria': defineChannel<ScoringTable>()(
    z
      .object({
        clusterId: idSchema,
        fileName: excelFileSchema.shape.fileName,
        contentBase64: excelFileSchema.shape.contentBase64,
        replace: z.boolean(),
      })
      .strict(),
  ),
};
