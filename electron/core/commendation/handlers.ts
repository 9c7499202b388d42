import type { commendationChannels } from '@shared/contract/commendation';
import {
  catalogue,
  saveAuthority,
  saveBaseSalary,
  savePrinciple,
  saveRegime,
  saveRule,
  saveTitleVersion,
} from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const commendationHandlers: HandlersFor<typeof commendationChannels> = {
  'commendation:catalogue': (input, ctx) => catalogue(ctx, input.onDate),
  'commendation:saveTitleVersion': (input, ctx) => saveTitleVersion(ctx, input),
  'commendation:saveAuthority': (input, ctx) => saveAuthority(ctx, input),
  'commendation:saveBaseSalary': (input, ctx) => saveBaseSalary(ctx, input),
  'commendation:saveRegime': (input, ctx) => saveRegime(ctx, input),
  'commendation:saveRule': (input, ctx) => saveRule(ctx, input),
  'commendation:savePrinciple': (input, ctx) => savePrinciple(ctx, input),
};
