import type { reportsChannels } from '@shared/contract/reports';
import {
  issueReport,
  listReports,
  openDraft,
  printReport,
  proposeShortcomings,
  reportHtml,
  reportPdf,
  saveDraft,
} from './service';
import { exportReport } from './report-exports';
import type { HandlersFor } from '../dispatch/handler-types';

export const reportsHandlers: HandlersFor<typeof reportsChannels> = {
  'reports:list': (input, ctx) => listReports(ctx, input.year),
  'reports:draft': (input, ctx) => openDraft(ctx, input.year, input.period),
  'reports:save': (input, ctx) => saveDraft(ctx, input),
  'reports:html': (input, ctx) => ({ html: reportHtml(ctx, input.id) }),
  'reports:proposeShortcomings': (input, ctx) => ({ text: proposeShortcomings(ctx, input.id) }),
  'reports:issue': (input, ctx) => issueReport(ctx, input.id),
  'reports:pdf': (input, ctx) => reportPdf(ctx, input.id),
  'reports:print': (input, ctx) => printReport(ctx, input.id),
  'reports:export': (input, ctx) => exportReport(ctx, input.id, input.format),
};
