import type { exemplarsChannels } from '@shared/contract/exemplars';
import { saveExemplar } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const exemplarsHandlers: HandlersFor<typeof exemplarsChannels> = {
  'exemplars:list': (_input, ctx) => ctx.repos.exemplars.all(),
  'exemplars:save': (input, ctx) => saveExemplar(ctx, input),
};
