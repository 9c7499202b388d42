import type { reportExportsChannels } from '../../../shared/contract/report-exports';
import { exportReport } from '../services/report-exports';
import type { HandlersFor } from './types';

export const reportExportsHandlers: HandlersFor<typeof reportExportsChannels> = {
  'reports:export': (input, ctx) => exportReport(ctx, input.id, input.format),
};
