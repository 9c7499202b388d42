import type { unitsChannels } from '@shared/contract/units';
import { createUnit, deleteUnit, listUnits, mergeUnits, renameUnit, retireUnit } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const unitsHandlers: HandlersFor<typeof unitsChannels> = {
  'units:list': (input, ctx) => listUnits(ctx, input),
  'units:create': (input, ctx) => createUnit(ctx, input),
  'units:rename': (input, ctx) => renameUnit(ctx, input),
  'units:delete': (input, ctx) => deleteUnit(ctx, input),
  'units:retire': (input, ctx) => retireUnit(ctx, input),
  'units:merge': (input, ctx) => mergeUnits(ctx, input),
};
