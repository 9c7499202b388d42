import { z } from 'zod';
import { roundPeriods, scoreLayers } from '../domain/cluster';
import type { RoundView } from '../domain/cluster-round';
import { nominationAwards, tieBreaks } from '../scoring/criteria';
import { defineChannel } from './define';
import { excelFilesSchema, type ExcelFile } from './excel';
import type { ExportedFile } from './reports';
import { idSchema, isoDateSchema, optionalText, reasonSchema } from './schemas';

const points = z.number().finite().min(-100_000).max(100_000);
/** "08:00": a time of day on a 24-hour clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Giờ viết dạng 08:00' });
const roundDocument = z.enum(['tong_hop', 'phieu_cham', 'bien_ban']);
const documentInput = z
  .object({ roundId: idSchema, document: roundDocument, unitId: idSchema.optional() })
  .strict()
  .refine((v) => v.document !== 'phieu_cham' || v.unitId !== undefined, {
    message: 'Phiếu chấm điểm cần chọn đơn vị',
    path: ['unitId'],
  });

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

/** Scoring rounds of a cluster: scores by layer, the nomination, their documents, and self-scoring sheets (phiếu tự chấm) out and back in. */
export const scoresChannels = {
  /** Opens the round of a cluster and period, creating it on first use. */
  'scores:open': defineChannel<RoundView>()(z.object({ clusterId: idSchema, period: z.enum(roundPeriods) }).strict()),
  'scores:round': defineChannel<RoundView>()(z.object({ roundId: idSchema }).strict()),
  /** One layer of one unit's scores, in one transaction; a null point clears the score. */
  'scores:save': defineChannel<RoundView>()(
    z
      .object({
        roundId: idSchema,
        unitId: idSchema,
        layer: z.enum(scoreLayers),
        entries: z
          .array(z.object({ criterionId: idSchema, points: points.nullable(), comment: optionalText(2000) }).strict())
          .min(1)
          .max(300),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** The tie rule, the peer nomination (suy tôn) and the minutes of the meeting. */
  'scores:saveNomination': defineChannel<RoundView>()(
    z
      .object({
        roundId: idSchema,
        tieRule: z.array(z.enum(tieBreaks)).max(tieBreaks.length),
        nominations: z
          .array(
            z
              .object({ award: z.enum(nominationAwards), unitId: idSchema, votes: z.number().int().min(0).max(10_000) })
              .strict(),
          )
          .max(50),
        minutes: z
          .object({
            meetingDate: isoDateSchema.nullable(),
            meetingPlace: optionalText(200),
            chair: optionalText(200),
            recorder: optionalText(200),
            voters: z.number().int().min(0).max(10_000).nullable(),
            note: optionalText(5000),
          })
          .strict(),
      })
      .strict(),
  ),
  /** Dates, numbers and signer of the round's printed documents, and the biên bản's parts (Mẫu 1.9). */
  'scores:saveDocuments': defineChannel<RoundView>()(
    z
      .object({
        roundId: idSchema,
        summaryNumber: z
          .string()
          .trim()
          .max(20)
          .regex(/^[0-9]*$/, { message: 'Số văn bản chỉ gồm chữ số' }),
        summaryDate: isoDateSchema.nullable(),
        sheetDate: isoDateSchema.nullable(),
        minutesNumber: z
          .string()
          .trim()
          .max(20)
          .regex(/^[0-9]*$/, { message: 'Số biên bản chỉ gồm chữ số' }),
        startTime: clockTime.nullable(),
        endTime: clockTime.nullable(),
        attendees: optionalText(2000),
        minutesRecipients: z.array(z.string().trim().min(1).max(300)).max(20),
        leaderSigner: optionalText(200),
        leaderPost: optionalText(200),
      })
      .strict(),
  ),
  /** The summary, a unit's phiếu chấm, or the biên bản: self-contained HTML to preview. */
  'scores:html': defineChannel<{ html: string }>()(documentInput),
  'scores:pdf': defineChannel<ExportedFile>()(documentInput),
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
};
