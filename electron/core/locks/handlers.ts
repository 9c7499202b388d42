import type { locksChannels } from '@shared/contract/locks';
import { listLocks, lockQuarter, unlockQuarter } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const locksHandlers: HandlersFor<typeof locksChannels> = {
  'locks:list': (input, ctx) => listLocks(ctx, input.year),
  'locks:lock': (input, ctx) => lockQuarter(ctx, input),
  'locks:unlock': (input, ctx) => unlockQuarter(ctx, input),
};
