import type { movementsChannels } from '@shared/contract/movements';
import { deleteMovement, listMovements, saveMovement } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const movementsHandlers: HandlersFor<typeof movementsChannels> = {
  'movements:list': (_input, ctx) => listMovements(ctx),
  'movements:save': (input, ctx) => saveMovement(ctx, input),
  'movements:delete': (input, ctx) => deleteMovement(ctx, input.id),
};
