import type { plansChannels } from '@shared/contract/plans';
import { extractPlanText } from './plan-file';
import { importPlan, proposePlanImport } from './plan-import';
import { deletePlan, getPlanDetail, listPlans, updatePlan } from './service';
import { backupBeforeImport } from '../backups/service';
import type { HandlersFor } from '../dispatch/handler-types';

export const plansHandlers: HandlersFor<typeof plansChannels> = {
  'plans:list': (input, ctx) => listPlans(ctx, input.year),
  'plans:get': (input, ctx) => getPlanDetail(ctx, input.id),
  'plans:parseText': (input, ctx) => proposePlanImport(ctx, input.text),
  'plans:parseFile': async (input, ctx) =>
    proposePlanImport(ctx, await extractPlanText(input.fileName, Buffer.from(input.contentBase64, 'base64'), ctx.log)),
  // Importing may replace a plan and all its targets: keep a verified copy of the database first.
  'plans:import': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return importPlan(ctx, input);
  },
  'plans:update': (input, ctx) => updatePlan(ctx, input),
  'plans:delete': (input, ctx) => deletePlan(ctx, input.id, input.reason),
};
