import type { appChannels } from '@shared/contract/app';
import { appInfo, completeSetup, gettingStarted, startRealUse } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const appHandlers: HandlersFor<typeof appChannels> = {
  'app:info': (_input, ctx) => appInfo(ctx),
  'app:setup': (input, ctx) => completeSetup(ctx, input),
  'app:gettingStarted': (_input, ctx) => gettingStarted(ctx),
  'app:startReal': (_input, ctx) => startRealUse(ctx),
};
