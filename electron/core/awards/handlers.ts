import type { awardsChannels } from '@shared/contract/awards';
import { applyAwardImport, previewAwardImport } from './award-import';
import { exportAwardHistory } from './award-list-export';
import { eligibilityList } from './eligibility';
import { awardHistory, awardStats, searchAwards } from './history';
import { backupBeforeImport } from '../backups/service';
import type { HandlersFor } from '../dispatch/handler-types';

export const awardsHandlers: HandlersFor<typeof awardsChannels> = {
  'awards:eligibility': (input, ctx) => eligibilityList(ctx, input.year, input.period, input.titleCode),
  'awards:history': (input, ctx) => awardHistory(ctx, input),
  'awards:search': (input, ctx) => searchAwards(ctx, input.query),
  'awards:stats': (input, ctx) => awardStats(ctx, input.year),
  'awards:exportHistory': (input, ctx) => exportAwardHistory(ctx, input.year),
  'awards:previewImport': (input, ctx) => previewAwardImport(ctx, input.files),
  // An import can add years of history at once: keep a verified copy of the database first.
  'awards:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applyAwardImport(ctx, input);
  },
};
