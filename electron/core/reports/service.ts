import type { ChannelParsedInput } from '@shared/contract';
import { periodLabel, type ReportPeriod } from '@shared/domain/period';
import { AppError } from '@shared/errors';
import { reportMessages } from '@shared/i18n/vi-errors';
import { reportWords } from '@shared/i18n/vi-report';
import { defaultRecipients, proposedProse } from '@shared/report/default-prose';
import type { ReportData } from '@shared/report/report-data';
import type { ReportRecord } from '@shared/report/report-record';
import { shortcomingsText } from '@shared/report/shortcomings';
import { isoNow, localToday, type CoreContext } from '../context';
import { printDocumentPdf } from '../documents/print-document';
import { renderQuarterlyReportHtml } from './quarterly-report';
import { appInfo } from '../app/service';
import { awardStats } from '../awards/history';
import { audit } from '../audit/audit-helpers';
import { getCouncilProfile } from '../settings/service';
import { evaluateYear } from '../dashboard/summary';

/** "quý II năm 2023": the period as it reads inside a sentence. */
const periodPhrase = (period: ReportPeriod, year: number) => {
  const label = periodLabel(period, year);
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
};

export function requireReport(ctx: CoreContext, id: number): ReportRecord {
  const report = ctx.repos.reports.byId(id);
  if (!report) throw new AppError('NOT_FOUND', reportMessages.notFound(id));
  return report;
}

export function listReports(ctx: CoreContext, year?: number): ReportRecord[] {
  return ctx.repos.reports.list().filter((r) => year === undefined || r.year === year);
}

/** The working draft of a period, created on first use with text proposed from the figures. */
export function openDraft(ctx: CoreContext, year: number, period: ReportPeriod): ReportRecord {
  return ctx.db.transaction(() => {
    const existing = ctx.repos.reports.draftFor(year, period);
    if (existing) return existing;
    if (!ctx.repos.plans.all().some((p) => p.year === year))
      throw new AppError('NOT_FOUND', reportMessages.noPlan(year));
    const evaluation = evaluateYear(ctx, year, period);
    const id = ctx.repos.reports.insertDraft(
      {
        year,
        period,
        documentNumber: '',
        issuedOn: localToday(ctx),
        prose: proposedProse(evaluation, periodPhrase(period, year), awardStats(ctx, year)),
        recipients: defaultRecipients(getCouncilProfile(ctx).level),
      },
      isoNow(ctx),
    );
    const created = requireReport(ctx, id);
    audit(ctx, 'report', id, null, created);
    return created;
  })();
}

export function saveDraft(ctx: CoreContext, input: ChannelParsedInput<'reports:save'>): ReportRecord {
  return ctx.db.transaction(() => {
    const before = requireReport(ctx, input.id);
    const { id, ...fields } = input;
    if (!ctx.repos.reports.updateDraft(id, fields, isoNow(ctx))) throw new AppError('CONFLICT', reportMessages.issued);
    const after = requireReport(ctx, id);
    audit(ctx, 'report', id, before, after);
    return after;
  })();
}

/** The data a draft prints today: the current figures through the same evaluation the dashboards show. */
export function currentReportData(ctx: CoreContext, report: ReportRecord): ReportData {
  const label = periodPhrase(report.period, report.year);
  return {
    council: getCouncilProfile(ctx),
    year: report.year,
    period: report.period,
    periodLabel: label,
    documentNumber: report.documentNumber,
    issuedOn: report.issuedOn,
    subject: reportWords.subject(label),
    plans: ctx.repos.plans
      .all()
      .filter((p) => p.year === report.year)
      .map((p) => ({ number: p.number, issuedOn: p.issuedOn, title: p.title })),
    evaluation: evaluateYear(ctx, report.year, report.period),
    prose: report.prose,
    recipients: report.recipients,
    addressees: report.addressees,
    demo: appInfo(ctx).demo,
  };
}

/**
 * "Tồn tại, hạn chế" as the figures stand today, from the same evaluation the report's table prints: a draft opened
 * before the last figures came in is redrafted on request, never behind the secretary's back.
 */
export function proposeShortcomings(ctx: CoreContext, id: number): string {
  const report = requireReport(ctx, id);
  return shortcomingsText(evaluateYear(ctx, report.year, report.period));
}

/** An issued report's frozen data, or a draft's current data. */
export function reportData(ctx: CoreContext, id: number): ReportData {
  const report = requireReport(ctx, id);
  const snapshot = report.status === 'phat_hanh' ? ctx.repos.reports.snapshot(id) : undefined;
  return snapshot ? (JSON.parse(snapshot.data) as ReportData) : currentReportData(ctx, report);
}

/** The HTML to preview or print: an issued report returns exactly what was issued, byte for byte. */
export function reportHtml(ctx: CoreContext, id: number): string {
  const report = requireReport(ctx, id);
  const snapshot = report.status === 'phat_hanh' ? ctx.repos.reports.snapshot(id) : undefined;
  return snapshot ? snapshot.html : renderQuarterlyReportHtml(currentReportData(ctx, report));
}

/** Phát hành: freezes the data, the prose and the exact HTML, so a reprint months later is identical. */
export function issueReport(ctx: CoreContext, id: number): ReportRecord {
  return ctx.db.transaction(() => {
    const report = requireReport(ctx, id);
    if (report.status !== 'nhap') throw new AppError('CONFLICT', reportMessages.issued);
    const data = currentReportData(ctx, report);
    const html = renderQuarterlyReportHtml(data);
    ctx.repos.reports.issue(id, { data: JSON.stringify(data), html }, ctx.actor, isoNow(ctx));
    const after = requireReport(ctx, id);
    audit(ctx, 'report', id, report, after, 'Phát hành');
    return after;
  })();
}

export function reportFileName(
  data: Pick<ReportData, 'year' | 'period' | 'documentNumber'>,
  extension: string,
): string {
  const number = data.documentNumber ? `-so-${data.documentNumber.replace(/[^0-9A-Za-z]+/g, '-')}` : '';
  return `bao-cao-thi-dua-${data.year}-${data.period}${number}.${extension}`;
}

export async function reportPdf(ctx: CoreContext, id: number): Promise<{ fileName: string; contentBase64: string }> {
  if (!ctx.printer) throw new AppError('NOT_SUPPORTED', reportMessages.noPrinter);
  const pdf = await printDocumentPdf(ctx.printer, reportHtml(ctx, id));
  return { fileName: reportFileName(requireReport(ctx, id), 'pdf'), contentBase64: pdf.toString('base64') };
}

export async function printReport(ctx: CoreContext, id: number): Promise<{ printed: boolean }> {
  if (!ctx.printer?.print) throw new AppError('NOT_SUPPORTED', reportMessages.noPrinter);
  return { printed: await ctx.printer.print(reportHtml(ctx, id)) };
}
