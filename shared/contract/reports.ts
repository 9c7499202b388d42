import { z } from 'zod';
import { reportPeriods } from '../domain/period';
import type { ReportRecord } from '../report/report-record';
import { defineChannel } from './define';
import { idSchema, isoDateSchema, yearSchema } from './schemas';

const proseText = z.string().max(50_000);

export const reportProseSchema = z
  .object({
    direction: proseText,
    results: proseText,
    clusters: proseText,
    awards: proseText,
    shortcomings: proseText,
    nextSteps: proseText,
  })
  .strict();

export interface ExportedFile {
  fileName: string;
  contentBase64: string;
}

/** The editable formats of a report, beside the PDF: Word to sign and amend, Excel for the tables. */
export const reportExportFormats = ['docx', 'xlsx'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

export const reportsChannels = {
  'reports:list': defineChannel<ReportRecord[]>()(z.object({ year: yearSchema.optional() }).strict()),
  /** The working draft of a period (created with proposed text on first use). */
  'reports:draft': defineChannel<ReportRecord>()(
    z.object({ year: yearSchema, period: z.enum(reportPeriods) }).strict(),
  ),
  'reports:save': defineChannel<ReportRecord>()(
    z
      .object({
        id: idSchema,
        documentNumber: z
          .string()
          .trim()
          .max(30)
          .regex(/^[0-9A-Za-z./-]*$/, { message: 'Số văn bản chỉ gồm số, chữ không dấu, "/", "-", "."' }),
        issuedOn: isoDateSchema,
        prose: reportProseSchema,
        recipients: z.array(z.string().trim().max(300)).max(30),
        /** "Kính gửi": optional, so older callers keep working. */
        addressees: z.array(z.string().trim().min(1).max(300)).max(10).default([]),
      })
      .strict(),
  ),
  'reports:html': defineChannel<{ html: string }>()(z.object({ id: idSchema }).strict()),
  /** "Tồn tại, hạn chế" drafted again from today's figures, for the secretary to take or leave. */
  'reports:proposeShortcomings': defineChannel<{ text: string }>()(z.object({ id: idSchema }).strict()),
  'reports:issue': defineChannel<ReportRecord>()(z.object({ id: idSchema }).strict()),
  'reports:pdf': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),
  'reports:print': defineChannel<{ printed: boolean }>()(z.object({ id: idSchema }).strict()),
  /** "Xuất Word" / "Xuất Excel": an issued report exports its frozen data, a draft today's figures. */
  'reports:export': defineChannel<ExportedFile>()(
    z.object({ id: idSchema, format: z.enum(reportExportFormats) }).strict(),
  ),
};
