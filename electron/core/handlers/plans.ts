import type { plansChannels, targetsChannels, tasksChannels } from '../../../shared/contract/plans';
import { extractPlanText } from '../services/plan-file';
import { importPlan, proposePlanImport } from '../services/plan-import';
import { deletePlan, getPlanDetail, listPlans, updatePlan } from '../services/plans';
import { deleteTarget, saveAllocations, saveTarget } from '../services/targets';
import { deleteTask, listTasks, saveTask } from '../services/tasks';
import { backupBeforeImport } from '../services/backups';
import type { HandlersFor } from './types';

export const plansHandlers: HandlersFor<typeof plansChannels> = {
  'plans:list': (input, ctx) => listPlans(ctx, input.year),
  'plans:get': (input, ctx) => getPlanDetail(ctx, input.id),
  'plans:parseText': (input, ctx) => proposePlanImport(ctx, input.text),
  'plans:parseFile': async (input, ctx) =>
    proposePlanImport(ctx, await extractPlanText(input.fileName, Buffer.from(input.contentBase64, 'base64'))),
  // Importing may replace a plan and all its targets: keep a verified copy of the database first.
  'plans:import': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return importPlan(ctx, input);
  },
  'plans:update': (input, ctx) => updatePlan(ctx, input),
  'plans:delete': (input, ctx) => deletePlan(ctx, input.id, input.reason),
};

export const targetsHandlers: HandlersFor<typeof targetsChannels> = {
  'targets:save': (input, ctx) => saveTarget(ctx, input),
  'targets:delete': (input, ctx) => deleteTarget(ctx, input.id, input.reason),
  'targets:saveAllocations': (input, ctx) => saveAllocations(ctx, input),
};

export const tasksHandlers: HandlersFor<typeof tasksChannels> = {
  'tasks:list': (input, ctx) => listTasks(ctx, input.planId),
  'tasks:save': (input, ctx) => saveTask(ctx, input),
  'tasks:delete': (input, ctx) => deleteTask(ctx, input.id),
};
