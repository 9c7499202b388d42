import type { appChannels } from '../../../shared/contract/app';
import { appInfo, completeSetup } from '../services/app';
import type { HandlersFor } from './types';

export const appHandlers: HandlersFor<typeof appChannels> = {
  'app:info': (_input, ctx) => appInfo(ctx),
  'app:setup': (input, ctx) => completeSetup(ctx, input.mode),
};
