import { z } from 'zod';
import { aggregationKinds, directions, type Indicator } from '../domain/indicator';
import { indicatorGroups } from '../domain/target-form';
import { defineChannel } from './define';
import { idSchema, shortText } from './schemas';

export const indicatorFieldsSchema = z
  .object({
    name: shortText(300).min(1),
    group: z.enum(indicatorGroups),
    measureUnit: shortText(40).nullable(),
    kind: z.enum(aggregationKinds),
    /** "Chỉ toàn địa bàn": entered for the whole area only. */
    areaOnly: z.boolean().default(false),
    numeratorLabel: shortText(200).nullable().default(null),
    denominatorLabel: shortText(200).nullable().default(null),
    rateScale: z.number().positive().max(1_000_000).default(100),
    direction: z.enum(directions),
    decimals: z.number().int().min(0).max(6).default(0),
  })
  .strict();

export const indicatorsChannels = {
  'indicators:list': defineChannel<Indicator[]>()(z.object({}).strict()),
  'indicators:save': defineChannel<Indicator>()(indicatorFieldsSchema.extend({ id: idSchema.optional() })),
};
