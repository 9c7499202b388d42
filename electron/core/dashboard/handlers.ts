import type { dashboardChannels } from '@shared/contract/dashboard';
import { dashboardSummary, indicatorSeries } from './summary';
import type { HandlersFor } from '../dispatch/handler-types';

export const dashboardHandlers: HandlersFor<typeof dashboardChannels> = {
  'dashboard:summary': (input, ctx) => dashboardSummary(ctx, input.year, input.period),
  'dashboard:series': (input, ctx) => indicatorSeries(ctx, input.year, input.targetId),
};
