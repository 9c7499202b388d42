import { z } from 'zod';
import { defineChannel } from './define';
import { excelFileLimits, excelFileSchema } from './excel';
import type { ExportedFile } from './reports';
import { idSchema, reasonSchema, yearSchema } from './schemas';

/** Past award lists are a few files at a time (one per year or per decision). */
const awardFilesSchema = z
  .array(excelFileSchema)
  .min(1)
  .max(50)
  .refine(
    (files) =>
      files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= Math.ceil(excelFileLimits.maxTotalBytes / 3) * 4,
    { message: `Tổng dung lượng các tệp vượt quá ${excelFileLimits.maxTotalBytes / 1024 / 1024} MB` },
  );

/** One row of a past award list as the preview shows it. */
export interface AwardImportRow {
  sheetName: string;
  /** Row in the sheet, 1-based as Excel numbers it. */
  row: number;
  /** 'new': will be recorded; 'duplicate': already recorded, or repeated in the files, and skipped. */
  status: 'new' | 'duplicate';
  recipient: 'ca_nhan' | 'tap_the';
  /** The name as written (a person's name, or the collective's). */
  name: string;
  position: string | null;
  /** The matched person; null for a new person (`newPerson`) or a collective. */
  personId: number | null;
  newPerson: boolean;
  unitId: number;
  unitName: string;
  titleId: number;
  titleName: string;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** The matched decision (same number and date already recorded); null when it will be created or none given. */
  decisionId: number | null;
  /** Why a duplicate is skipped, in Vietnamese. */
  note: string | null;
}

export interface AwardImportFilePreview {
  fileName: string;
  /** False: nothing from this file is written; `refusals` name sheet, row and column. */
  accepted: boolean;
  rows: AwardImportRow[];
  refusals: string[];
  notices: string[];
}

export interface AwardImportPreview {
  files: AwardImportFilePreview[];
  totals: {
    /** Awards that applying would record. */
    awards: number;
    newPeople: number;
    matchedPeople: number;
    newDecisions: number;
    duplicates: number;
    refusedFiles: number;
  };
  /** Fingerprint of what applying would write; `awards:applyImport` recomputes and compares it. */
  digest: string;
}

export interface AwardImportResult {
  awards: number;
  people: number;
  decisions: number;
  duplicates: number;
  refusedFiles: string[];
}

export const awardExcelChannels = {
  /** A decision's recipients as an Excel list (A4), with the prize money as numbers and a total. */
  'decisions:exportList': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),
  /** Every award of a year (or of all years) as an Excel list. */
  'awards:exportHistory': defineChannel<ExportedFile>()(z.object({ year: yearSchema.optional() }).strict()),
  /** Nhập danh sách khen thưởng cũ, step 1: read the files and show every row; writes nothing. */
  'awards:previewImport': defineChannel<AwardImportPreview>()(z.object({ files: awardFilesSchema }).strict()),
  /** Step 2, after the secretary confirms: the same files and the preview's digest; one transaction, audited. */
  'awards:applyImport': defineChannel<AwardImportResult>()(
    z.object({ files: awardFilesSchema, digest: z.string().regex(/^[0-9a-f]{64}$/), reason: reasonSchema }).strict(),
  ),
};
