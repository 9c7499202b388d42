import type { excelChannels } from '../../../shared/contract/excel';
import { exportTemplates } from '../excel/export-templates';
import { applyImport, previewImport } from '../excel/import-figures';
import { backupBeforeImport } from '../services/backups';
import type { HandlersFor } from './types';

export const excelHandlers: HandlersFor<typeof excelChannels> = {
  'figures:exportTemplate': (input, ctx) => exportTemplates(ctx, input),
  'figures:previewImport': (input, ctx) => previewImport(ctx, input),
  // An import can rewrite a whole quarter: keep a verified copy of the database first.
  'figures:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applyImport(ctx, input);
  },
};
