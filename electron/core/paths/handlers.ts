import type { pathsChannels } from '@shared/contract/paths';
import { choosePath } from './choose-path';
import type { HandlersFor } from '../dispatch/handler-types';

export const pathsHandlers: HandlersFor<typeof pathsChannels> = {
  'paths:picker': (_input, ctx) => ({ mode: ctx.picker?.mode ?? 'none' }),
  'paths:choose': (input, ctx) => choosePath(ctx, input),
};
