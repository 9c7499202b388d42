import { z } from 'zod';
import type { AggregationKind } from '../domain/indicator';
import { reportingWindows, type ReportingCalendar, type SenderState } from '../domain/reporting-calendar';
import { defineChannel } from './define';
import { excelFilesSchema } from './excel';
import type { ExportedFile } from './reports';
import { idSchema, quarterSchema, shortText, yearSchema } from './schemas';

// Packages between councils (issue 21): a commune's quarter sent to the province as one `.tdd` file.

/** The lower council's side: who it is in the upper council's list and which plan of the upper level it reports on. */
export interface PackageSettings {
  /** The commune's code in the province's list of units ("XA-AN-CHAU"): how the province recognises the sender. */
  senderCode: string;
  /** The council the package is addressed to ("Hội đồng Thi đua – Khen thưởng tỉnh An Giang"). */
  upperCouncilName: string;
  /** The upper level's plan, as imported into this database; null until chosen. */
  upperPlanId: number | null;
  /** The commune's own indicator for each target of the upper plan, confirmed once. */
  links: Array<{ upperIndicatorId: number; ownIndicatorId: number }>;
  /** The upper side's reporting calendar (used by the province's status board). */
  calendar: ReportingCalendar;
}

export interface LinkRow {
  upperIndicatorId: number;
  upperName: string;
  measureUnit: string | null;
  kind: AggregationKind;
  /** The upper plan's target as the commune reads it ("≥ 320.080"). */
  targetText: string;
  /** The confirmed link, if any. */
  linkedIndicatorId: number | null;
  /** The app's proposal by name (same kind only); null when nothing is close. */
  proposedIndicatorId: number | null;
  /** The commune's indicators of the same kind, for the secretary to pick from. */
  candidates: Array<{ id: number; name: string; measureUnit: string | null }>;
}

export interface LinkProposal {
  upperPlanId: number | null;
  plans: Array<{ id: number; label: string }>;
  rows: LinkRow[];
}

export interface PackageExport {
  file: ExportedFile;
  figures: number;
  /** Upper targets the package carries no figure for, named ("Sản lượng lúa: chưa có số liệu Quý II/2026"). */
  missing: string[];
}

/** One figure the package would write at the upper level. */
export interface PackageChange {
  indicatorId: number;
  indicatorName: string;
  kind: 'new' | 'changed';
  beforeText: string;
  afterText: string;
  warnings: string[];
}

export interface PackageProposalView {
  title: string;
  recipient: string;
  summary: string;
}

export interface PackageFilePreview {
  fileName: string;
  /** False: nothing of this package is written; `refusals` says why, naming unit, indicator and quarter. */
  accepted: boolean;
  sender: { code: string; name: string; unitId: number | null } | null;
  year: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  /** When the sender built it (ISO). */
  createdAt: string | null;
  contentSha256: string | null;
  /** new: first package of this sender and quarter; newer: replaces an earlier one; same: already imported. */
  standing: 'new' | 'newer' | 'same' | null;
  changes: PackageChange[];
  unchanged: number;
  refusals: string[];
  proposals: PackageProposalView[];
}

export interface PackagePreview {
  packages: PackageFilePreview[];
  totals: { new: number; changed: number; unchanged: number; accepted: number; refused: number };
  /** Fingerprint of what applying would write; `packages:apply` recomputes and compares it. */
  digest: string;
}

export interface PackageApplyResult {
  inserted: number;
  updated: number;
  unchanged: number;
  packages: Array<{ fileName: string; status: 'applied' | 'unchanged' | 'refused'; refusals: string[] }>;
}

export interface BoardRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  state: SenderState;
  /** The latest package applied for the quarter, if any. */
  sentAt: string | null;
  receivedAt: string | null;
  fileName: string | null;
  figures: number;
  estimated: number;
  packages: number;
  proposals: number;
}

export interface PackageBoard {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
  dueOn: string;
  rows: BoardRow[];
}

const calendarSchema = z
  .object({ window: z.enum(reportingWindows), dueDays: z.number().int().min(0).max(90) })
  .strict();

export const packagesChannels = {
  'packages:settings': defineChannel<PackageSettings>()(z.object({}).strict()),
  'packages:saveSettings': defineChannel<PackageSettings>()(
    z
      .object({
        senderCode: shortText(40),
        upperCouncilName: shortText(200),
        calendar: calendarSchema,
      })
      .strict(),
  ),
  /** Gắn chỉ tiêu với kế hoạch cấp trên: the upper plan's targets with the proposed and confirmed links. */
  'packages:links': defineChannel<LinkProposal>()(z.object({ upperPlanId: idSchema.optional() }).strict()),
  'packages:saveLinks': defineChannel<PackageSettings>()(
    z
      .object({
        upperPlanId: idSchema,
        links: z.array(z.object({ upperIndicatorId: idSchema, ownIndicatorId: idSchema }).strict()).max(500),
      })
      .strict(),
  ),
  /** Gửi báo cáo lên cấp trên: the quarter's package, for the renderer to save. */
  'packages:export': defineChannel<PackageExport>()(z.object({ year: yearSchema, quarter: quarterSchema }).strict()),
  /** Nhập từ gói, step 1: every package checked and compared with the database; writes nothing. */
  'packages:preview': defineChannel<PackagePreview>()(z.object({ files: excelFilesSchema }).strict()),
  /** Step 2, once the secretary confirms: the same files and the preview's digest; one transaction. */
  'packages:apply': defineChannel<PackageApplyResult>()(
    z.object({ files: excelFilesSchema, digest: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  /** Who has sent the quarter, when, with what, and who is late. */
  'packages:board': defineChannel<PackageBoard>()(z.object({ year: yearSchema, quarter: quarterSchema }).strict()),
};
