import type { initiativesChannels } from '@shared/contract/initiatives';
import { listInitiatives, saveInitiative } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const initiativesHandlers: HandlersFor<typeof initiativesChannels> = {
  'initiatives:list': (input, ctx) => listInitiatives(ctx, input.year),
  'initiatives:save': (input, ctx) => saveInitiative(ctx, input),
};
