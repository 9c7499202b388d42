import type { figuresChannels } from '../../../shared/contract/figures';
import { figureGrid, figureHistory, listFigures, saveFigures } from '../services/figures';
import { listLocks, lockQuarter, unlockQuarter } from '../services/locks';
import type { HandlersFor } from './types';

export const figuresHandlers: HandlersFor<typeof figuresChannels> = {
  'figures:grid': (input, ctx) => figureGrid(ctx, input.year, input.quarter),
  'figures:save': (input, ctx) => saveFigures(ctx, input),
  'figures:list': (input, ctx) => listFigures(ctx, input.year, input.quarter),
  'figures:history': (input, ctx) => figureHistory(ctx, input),
  'locks:list': (input, ctx) => listLocks(ctx, input.year),
  'locks:lock': (input, ctx) => lockQuarter(ctx, input),
  'locks:unlock': (input, ctx) => unlockQuarter(ctx, input),
  'audit:search': (input, ctx) => ctx.repos.audit.search(input),
};
