import type { awardExcelChannels } from '../../../shared/contract/award-excel';
import { applyAwardImport, previewAwardImport } from '../excel/award-import';
import { exportAwardHistory, exportDecisionList } from '../excel/award-list-export';
import { backupBeforeImport } from '../services/backups';
import type { HandlersFor } from './types';

export const awardExcelHandlers: HandlersFor<typeof awardExcelChannels> = {
  'decisions:exportList': (input, ctx) => exportDecisionList(ctx, input.id),
  'awards:exportHistory': (input, ctx) => exportAwardHistory(ctx, input.year),
  'awards:previewImport': (input, ctx) => previewAwardImport(ctx, input.files),
  // An import can add years of history at once: keep a verified copy of the database first.
  'awards:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applyAwardImport(ctx, input);
  },
};
