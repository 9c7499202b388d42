import type { targetsChannels } from '@shared/contract/targets';
import { deleteTarget, saveAllocations, saveTarget } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const targetsHandlers: HandlersFor<typeof targetsChannels> = {
  'targets:save': (input, ctx) => saveTarget(ctx, input),
  'targets:delete': (input, ctx) => deleteTarget(ctx, input.id, input.reason),
  'targets:saveAllocations': (input, ctx) => saveAllocations(ctx, input),
};
