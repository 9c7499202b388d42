import dayjs, { type Dayjs } from 'dayjs';
import type { ChannelInput } from '@shared/contract';
import { reportPeriods, type ReportPeriod } from '@shared/domain/period';
import type { ReportProse } from '@shared/report/report-data';
import type { ReportRecord } from '@shared/report/report-record';

/** What the editor holds: the record's editable fields, the date as a picker value, recipients one per line. */
export interface ReportFormValues {
  documentNumber: string;
  issuedOn: Dayjs;
  prose: ReportProse;
  recipients: string;
  /** "Kính gửi", one body per line. */
  addressees: string;
}

/** The order of the prose fields in the editor, as they print. */
export const proseKeys: ReadonlyArray<keyof ReportProse> = [
  'direction',
  'results',
  'clusters',
  'awards',
  'shortcomings',
  'nextSteps',
];

/** Same rule as the core's schema for `reports:save`. */
export const documentNumberPattern = /^[0-9A-Za-z./-]*$/;

export function toFormValues(report: ReportRecord): ReportFormValues {
  return {
    documentNumber: report.documentNumber,
    issuedOn: dayjs(report.issuedOn),
    prose: { ...report.prose },
    recipients: report.recipients.join('\n'),
    addressees: report.addressees.join('\n'),
  };
}

/**
 * One recipient per non-blank line, trimmed.
 * @example recipientLines('- UBND tỉnh;\n\n - Lưu: VT.') → ['- UBND tỉnh;', '- Lưu: VT.']
 */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function toSavePayload(id: number, values: ReportFormValues): ChannelInput<'reports:save'> {
  return {
    id,
    documentNumber: values.documentNumber.trim(),
    issuedOn: values.issuedOn.format('YYYY-MM-DD'),
    prose: { ...values.prose },
    recipients: recipientLines(values.recipients),
    addressees: recipientLines(values.addressees ?? ''),
  };
}

/** Whether the editor differs from the stored record (what the preview and the files show). */
export function hasUnsavedChanges(report: ReportRecord, values: ReportFormValues): boolean {
  const stored = toSavePayload(report.id, toFormValues(report));
  return JSON.stringify(stored) !== JSON.stringify(toSavePayload(report.id, values));
}

export interface PeriodChoice {
  year: number;
  period: ReportPeriod;
}

/** Reports are written in the first two weeks after a quarter ends. */
const reportingLagDays = 15;

/**
 * The period the picker starts on: the latest draft in progress, else the quarter being reported (the one that
 * held the date two weeks ago) in the latest plan year up to then; a finished plan year starts on its Q4.
 * @example defaultPeriodChoice([2023], [], new Date(2023, 6, 5)) → { year: 2023, period: 'Q2' }
 */
export function defaultPeriodChoice(
  planYears: readonly number[],
  reports: readonly ReportRecord[],
  today: Date,
): PeriodChoice | null {
  const drafts = reports
    .filter((r) => r.status === 'nhap')
    .sort((a, b) => b.year - a.year || reportPeriods.indexOf(b.period) - reportPeriods.indexOf(a.period));
  if (drafts[0]) return { year: drafts[0].year, period: drafts[0].period };
  if (planYears.length === 0) return null;
  const reported = new Date(today.getFullYear(), today.getMonth(), today.getDate() - reportingLagDays);
  const quarter = `Q${Math.floor(reported.getMonth() / 3) + 1}` as ReportPeriod;
  const past = planYears.filter((y) => y <= reported.getFullYear());
  if (past.length === 0) return { year: Math.min(...planYears), period: 'Q1' };
  const year = Math.max(...past);
  return { year, period: year === reported.getFullYear() ? quarter : 'Q4' };
}

/** Newest first: by year, then period (a year's report after its quarters), then id. */
export function sortReports(reports: readonly ReportRecord[]): ReportRecord[] {
  return [...reports].sort(
    (a, b) => b.year - a.year || reportPeriods.indexOf(b.period) - reportPeriods.indexOf(a.period) || b.id - a.id,
  );
}
