import { z } from 'zod';
import type { PlanTask } from '../domain/plan';
import { defineChannel } from './define';
import { idSchema, isoDateSchema, shortText } from './schemas';

export const tasksChannels = {
  'tasks:list': defineChannel<PlanTask[]>()(z.object({ planId: idSchema.optional() }).strict()),
  'tasks:save': defineChannel<PlanTask>()(
    z
      .object({
        id: idSchema.optional(),
        planId: idSchema.nullable(),
        unitId: idSchema,
        title: shortText(1000).min(1),
        assignedBy: shortText(300).nullable().default(null),
        deadline: isoDateSchema.nullable().default(null),
        completedOn: isoDateSchema.nullable().default(null),
        state: z.enum(['dang_thuc_hien', 'hoan_thanh', 'huy']),
        note: z.string().max(2000).nullable().default(null),
      })
      .strict(),
  ),
  'tasks:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema }).strict()),
};
