import type { scoresChannels } from '@shared/contract/scores';
import { openRound, roundView, saveNomination, saveRoundDocuments, saveScores } from './service';
import { clusterDocumentHtml, clusterDocumentPdf } from './scoring-documents';
import { exportSelfScoreSheets } from './cluster-export';
import { applySelfScoreImport, previewSelfScoreImport } from './cluster-import';
import { backupBeforeImport } from '../backups/service';
import type { HandlersFor } from '../dispatch/handler-types';

export const scoresHandlers: HandlersFor<typeof scoresChannels> = {
  'scores:open': (input, ctx) => openRound(ctx, input.clusterId, input.period),
  'scores:round': (input, ctx) => roundView(ctx, input.roundId),
  'scores:save': (input, ctx) => saveScores(ctx, input),
  'scores:saveNomination': (input, ctx) => saveNomination(ctx, input),
  'scores:saveDocuments': (input, ctx) => saveRoundDocuments(ctx, input),
  'scores:html': (input, ctx) => ({ html: clusterDocumentHtml(ctx, input.roundId, input.document, input.unitId) }),
  'scores:pdf': (input, ctx) => clusterDocumentPdf(ctx, input.roundId, input.document, input.unitId),
  'scores:exportSheets': (input, ctx) => exportSelfScoreSheets(ctx, input),
  'scores:previewImport': (input, ctx) => previewSelfScoreImport(ctx, input),
  // An import can rewrite every member's self-scores: keep a verified copy of the database first.
  'scores:applyImport': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applySelfScoreImport(ctx, input);
  },
};
