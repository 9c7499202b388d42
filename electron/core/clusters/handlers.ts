import type { clustersChannels } from '@shared/contract/clusters';
import {
  copyClustersToYear,
  copyCriteria,
  deleteCluster,
  listClusters,
  rotateLeader,
  saveCluster,
  saveCriteria,
  scoringTable,
} from './service';
import { importCriteria } from './criteria-import';
import type { HandlersFor } from '../dispatch/handler-types';

export const clustersHandlers: HandlersFor<typeof clustersChannels> = {
  'clusters:list': (input, ctx) => listClusters(ctx, input.year),
  'clusters:save': (input, ctx) => saveCluster(ctx, input),
  'clusters:delete': (input, ctx) => deleteCluster(ctx, input.id),
  'clusters:copyYear': (input, ctx) => copyClustersToYear(ctx, input.fromYear, input.toYear),
  'clusters:rotateLeader': (input, ctx) => rotateLeader(ctx, input.id, input.leaderUnitId),
  'clusters:criteria': (input, ctx) => scoringTable(ctx, input.clusterId),
  'clusters:saveCriteria': (input, ctx) => saveCriteria(ctx, input),
  'clusters:copyCriteria': (input, ctx) => copyCriteria(ctx, input.fromClusterId, input.toClusterId),
  'clusters:importCriteria': (input, ctx) => importCriteria(ctx, input),
};
