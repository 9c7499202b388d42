import { z } from 'zod';
import type { Target } from '../domain/plan';
import { defineChannel } from './define';
import { targetDraftSchema } from './plans';
import { finiteNumber, idSchema, reasonSchema } from './schemas';

export const targetsChannels = {
  'targets:save': defineChannel<Target>()(
    targetDraftSchema
      .extend({
        id: idSchema.optional(),
        planId: idSchema,
        indicatorId: idSchema,
        unitId: idSchema.nullable().default(null),
        reason: reasonSchema,
      })
      .strict(),
  ),
  'targets:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema, reason: reasonSchema }).strict()),
  /** Replaces all unit allocations of one plan × indicator in one transaction. */
  'targets:saveAllocations': defineChannel<Target[]>()(
    z
      .object({
        planId: idSchema,
        indicatorId: idSchema,
        allocations: z
          .array(
            z
              .object({ unitId: idSchema, value: finiteNumber.nullable(), max: finiteNumber.nullable().default(null) })
              .strict(),
          )
          .max(2000),
        reason: reasonSchema,
      })
      .strict(),
  ),
};
