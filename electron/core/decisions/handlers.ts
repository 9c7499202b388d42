import type { decisionsChannels } from '@shared/contract/decisions';
import { createDecision, decisionAnnexHtml, decisionAnnexPdf, decisionDetail } from './service';
import { exportDecisionList } from '../awards/award-list-export';
import type { HandlersFor } from '../dispatch/handler-types';

export const decisionsHandlers: HandlersFor<typeof decisionsChannels> = {
  'decisions:list': (_input, ctx) => ctx.repos.decisions.all(),
  'decisions:get': (input, ctx) => decisionDetail(ctx, input.id),
  'decisions:create': (input, ctx) => createDecision(ctx, input),
  'decisions:annexHtml': (input, ctx) => ({ html: decisionAnnexHtml(ctx, input.id) }),
  'decisions:annexPdf': (input, ctx) => decisionAnnexPdf(ctx, input.id),
  'decisions:exportList': (input, ctx) => exportDecisionList(ctx, input.id),
};
