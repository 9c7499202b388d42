import type { tasksChannels } from '@shared/contract/tasks';
import { deleteTask, listTasks, saveTask } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const tasksHandlers: HandlersFor<typeof tasksChannels> = {
  'tasks:list': (input, ctx) => listTasks(ctx, input.planId),
  'tasks:save': (input, ctx) => saveTask(ctx, input),
  'tasks:delete': (input, ctx) => deleteTask(ctx, input.id),
};
