import type { settingsChannels } from '../../../shared/contract/settings';
import { getCouncilProfile, saveCouncilProfile } from '../services/settings';
import type { HandlersFor } from './types';

export const settingsHandlers: HandlersFor<typeof settingsChannels> = {
  'settings:council': (_input, ctx) => getCouncilProfile(ctx),
  'settings:saveCouncil': (input, ctx) => saveCouncilProfile(ctx, input),
};
