import type { figuresChannels } from '@shared/contract/figures';
import { figureGrid, figureHistory, listFigures, saveFigures } from './service';
import { exportTemplates } from './excel/export-templates';
import { applyImport, previewImport } from './excel/import-figures';
import { backupBeforeImport } from '../backups/service';
import type { HandlersFor } from '../dispatch/handler-types';

export const figuresHandlers: HandlersFor<typeof figuresChannels> = {
  'figures:grid': (input, ctx) => figureGrid(ctx, input.year, input.quarter),
  'figures:save': (input, ctx) => saveFigures(ctx, input),
  'figures:list': (input, ctx) => listFigures(ctx, input.year, input.quarter),
  'figures:history': (input, ctx) => figureHistory(ctx, input),
  'figures:exportTemplate': (input, ctx) => exportTemplates(ctx, input),
  'figures:previewImport': (input, ctx) => previewImport(ctx, input),
  // An import can rewrite a whole quarter: keep a verified copy of the database first.
  'figures:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applyImport(ctx, input);
  },
};
