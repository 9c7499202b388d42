import { z } from 'zod';
import { movementKinds, type Movement } from '../domain/plan';
import { defineChannel } from './define';
import { idSchema, shortText, yearSchema } from './schemas';

export const movementFieldsSchema = z
  .object({
    name: shortText(500).min(1),
    kind: z.enum(movementKinds),
    startYear: yearSchema,
    endYear: yearSchema.nullable().default(null),
    launchedBy: shortText(300).nullable().default(null),
    description: z.string().max(5000).nullable().default(null),
  })
  .strict();

export const movementsChannels = {
  'movements:list': defineChannel<Movement[]>()(z.object({}).strict()),
  'movements:save': defineChannel<Movement>()(movementFieldsSchema.extend({ id: idSchema.optional() })),
  'movements:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema }).strict()),
};
