import { z } from 'zod';
import { defineChannel } from './define';
import type { ExportedFile } from './reports';
import { idSchema } from './schemas';

/** The editable formats of a report, beside the PDF: Word to sign and amend, Excel for the tables. */
export const reportExportFormats = ['docx', 'xlsx'] as const;
export type ReportExportFormat = (typeof reportExportFormats)[number];

export const reportExportsChannels = {
  /** "Xuất Word" / "Xuất Excel": an issued report exports its frozen data, a draft today's figures. */
  'reports:export': defineChannel<ExportedFile>()(
    z.object({ id: idSchema, format: z.enum(reportExportFormats) }).strict(),
  ),
};
