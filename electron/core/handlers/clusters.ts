import type { clustersChannels } from '../../../shared/contract/clusters';
import {
  copyClustersToYear,
  copyCriteria,
  deleteCluster,
  listClusters,
  rotateLeader,
  saveCluster,
  saveCriteria,
  scoringTable,
} from '../services/clusters';
import { openRound, roundView, saveNomination, saveScores } from '../services/scoring';
import { clusterDocumentHtml, clusterDocumentPdf } from '../services/scoring-documents';
import type { HandlersFor } from './types';

export const clustersHandlers: HandlersFor<typeof clustersChannels> = {
  'clusters:list': (input, ctx) => listClusters(ctx, input.year),
  'clusters:save': (input, ctx) => saveCluster(ctx, input),
  'clusters:delete': (input, ctx) => deleteCluster(ctx, input.id),
  'clusters:copyYear': (input, ctx) => copyClustersToYear(ctx, input.fromYear, input.toYear),
  'clusters:rotateLeader': (input, ctx) => rotateLeader(ctx, input.id, input.leaderUnitId),
  'clusters:criteria': (input, ctx) => scoringTable(ctx, input.clusterId),
  'clusters:saveCriteria': (input, ctx) => saveCriteria(ctx, input),
  'clusters:copyCriteria': (input, ctx) => copyCriteria(ctx, input.fromClusterId, input.toClusterId),
  'scores:open': (input, ctx) => openRound(ctx, input.clusterId, input.period),
  'scores:round': (input, ctx) => roundView(ctx, input.roundId),
  'scores:save': (input, ctx) => saveScores(ctx, input),
  'scores:saveNomination': (input, ctx) => saveNomination(ctx, input),
  'scores:html': (input, ctx) => ({ html: clusterDocumentHtml(ctx, input.roundId, input.document, input.unitId) }),
  'scores:pdf': (input, ctx) => clusterDocumentPdf(ctx, input.roundId, input.document, input.unitId),
};
