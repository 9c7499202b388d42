import { z } from 'zod';
import { aggregationKinds, directions, type Indicator } from '../domain/indicator';
import { movementKinds, type Movement } from '../domain/plan';
import { indicatorGroups } from '../domain/target-form';
import { defineChannel } from './define';
import { idSchema, shortText, yearSchema } from './schemas';

export const indicatorFieldsSchema = z
  .object({
    name: shortText(300).min(1),
    group: z.enum(indicatorGroups),
    measureUnit: shortText(40).nullable(),
    kind: z.enum(aggregationKinds),
    numeratorLabel: shortText(200).nullable().default(null),
    denominatorLabel: shortText(200).nullable().default(null),
    rateScale: z.number().positive().max(1_000_000).default(100),
    direction: z.enum(directions),
    decimals: z.number().int().min(0).max(6).default(0),
  })
  .strict();

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

export const catalogChannels = {
  'indicators:list': defineChannel<Indicator[]>()(z.object({}).strict()),
  'indicators:save': defineChannel<Indicator>()(indicatorFieldsSchema.extend({ id: idSchema.optional() })),
  'movements:list': defineChannel<Movement[]>()(z.object({}).strict()),
  'movements:save': defineChannel<Movement>()(movementFieldsSchema.extend({ id: idSchema.optional() })),
  'movements:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema }).strict()),
};
