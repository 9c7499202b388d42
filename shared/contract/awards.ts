import { z } from 'zod';
import type { AwardTitle } from '../commendation/catalogue';
import type { CandidateEligibility } from '../commendation/evaluate-eligibility';
import type { AwardPrinciple } from '../commendation/principles';
import type { AwardRecord, AwardStatRow, Initiative, Person } from '../commendation/registry';
import { proposalPeriods, type AwardRule } from '../commendation/rules';
import { defineChannel } from './define';
import { excelFileLimits, excelFileSchema } from './excel';
import type { ExportedFile } from './reports';
import { idSchema, reasonSchema, shortText, yearSchema } from './schemas';

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

export interface EligibilityList {
  year: number;
  period: (typeof proposalPeriods)[number];
  title: AwardTitle;
  rules: AwardRule[];
  /** The principles in force at the phase's end (NĐ 152 Điều 4, TT 15/2025), checked for every candidate. */
  principles: AwardPrinciple[];
  candidates: CandidateEligibility[];
  /** Vietnamese note when no rule can be checked for this title. */
  note: string | null;
  /** "Vượt thẩm quyền của Hội đồng: đề nghị cấp trên (…) xét tặng." when the council proposes this title upward. */
  upward: string | null;
}

export interface AwardHistory {
  subject: { kind: 'person' | 'unit'; id: number; name: string; unitName: string };
  awards: AwardRecord[];
  initiatives: Initiative[];
}

const recipientRef = z
  .object({ personId: idSchema.nullable(), unitId: idSchema.nullable() })
  .strict()
  .refine((r) => (r.personId === null) !== (r.unitId === null), { message: 'Chọn một cá nhân hoặc một tập thể' });

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

export const awardsChannels = {
  /** Every candidate for a title in a year or phase, eligible or not, with the reasons. */
  'awards:eligibility': defineChannel<EligibilityList>()(
    z
      .object({ year: yearSchema, period: z.enum(proposalPeriods), titleCode: z.string().trim().min(2).max(30) })
      .strict(),
  ),
  'awards:history': defineChannel<AwardHistory>()(recipientRef),
  /** People found by name, accents ignored, each with their awards. */
  'awards:search': defineChannel<Array<{ person: Person; awards: AwardRecord[] }>>()(
    z.object({ query: shortText(100).min(1, { message: 'Nhập tên cần tìm' }) }).strict(),
  ),
  'awards:stats': defineChannel<AwardStatRow[]>()(z.object({ year: yearSchema.optional() }).strict()),

  /** Every award of a year (or of all years) as an Excel list. */
  'awards:exportHistory': defineChannel<ExportedFile>()(z.object({ year: yearSchema.optional() }).strict()),
  /** Nhập danh sách khen thưởng cũ, step 1: read the files and show every row; writes nothing. */
  'awards:previewImport': defineChannel<AwardImportPreview>()(z.object({ files: awardFilesSchema }).strict()),
  /** Step 2, after the secretary confirms: the same files and the preview's digest; one transaction, audited. */
  'awards:applyImport': defineChannel<AwardImportResult>()(
    z.object({ files: awardFilesSchema, digest: z.string().regex(/^[0-9a-f]{64}$/), reason: reasonSchema }).strict(),
  ),
};
