import type { catalogChannels } from '../../../shared/contract/catalog';
import { deleteMovement, listIndicators, listMovements, saveIndicator, saveMovement } from '../services/catalog';
import type { HandlersFor } from './types';

export const catalogHandlers: HandlersFor<typeof catalogChannels> = {
  'indicators:list': (_input, ctx) => listIndicators(ctx),
  'indicators:save': (input, ctx) => saveIndicator(ctx, input),
  'movements:list': (_input, ctx) => listMovements(ctx),
  'movements:save': (input, ctx) => saveMovement(ctx, input),
  'movements:delete': (input, ctx) => deleteMovement(ctx, input.id),
};
