import type { clusterExcelChannels } from '../../../shared/contract/cluster-excel';
import { importCriteria } from '../excel/cluster-criteria-import';
import { exportSelfScoreSheets } from '../excel/cluster-export';
import { applySelfScoreImport, previewSelfScoreImport } from '../excel/cluster-import';
import { backupBeforeImport } from '../services/backups';
import type { HandlersFor } from './types';

export const clusterExcelHandlers: HandlersFor<typeof clusterExcelChannels> = {
  'scores:exportSheets': (input, ctx) => exportSelfScoreSheets(ctx, input),
  'scores:previewImport': (input, ctx) => previewSelfScoreImport(ctx, input),
  // An import can rewrite every member's self-scores: keep a verified copy of the database first.
  'scores:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applySelfScoreImport(ctx, input);
  },
  'clusters:importCriteria': (input, ctx) => importCriteria(ctx, input),
};
