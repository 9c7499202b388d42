import type { excelChannels } from '../../../shared/contract/excel';
import { exportTemplates } from '../excel/export-templates';
import { applyImport, previewImport } from '../excel/import-figures';
import type { HandlersFor } from './types';

export const excelHandlers: HandlersFor<typeof excelChannels> = {
  'figures:exportTemplate': (input, ctx) => exportTemplates(ctx, input),
  'figures:previewImport': (input, ctx) => previewImport(ctx, input),
  'figures:applyImport': (input, ctx) => applyImport(ctx, input),
};
