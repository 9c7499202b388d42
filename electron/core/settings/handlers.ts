import type { settingsChannels } from '@shared/contract/settings';
import { getCouncilProfile, saveCouncilProfile } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const settingsHandlers: HandlersFor<typeof settingsChannels> = {
  'settings:council': (_input, ctx) => getCouncilProfile(ctx),
  'settings:saveCouncil': (input, ctx) => saveCouncilProfile(ctx, input),
};
