import type { indicatorsChannels } from '@shared/contract/indicators';
import { listIndicators, saveIndicator } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const indicatorsHandlers: HandlersFor<typeof indicatorsChannels> = {
  'indicators:list': (_input, ctx) => listIndicators(ctx),
  'indicators:save': (input, ctx) => saveIndicator(ctx, input),
};
