import { z } from 'zod';
import type { Initiative } from '../commendation/registry';
import { initiativeScopes } from '../commendation/rules';
import { defineChannel } from './define';
import { idSchema, reasonSchema, shortText, yearSchema } from './schemas';

export const initiativesChannels = {
  'initiatives:list': defineChannel<Initiative[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'initiatives:save': defineChannel<Initiative>()(
    z
      .object({
        id: idSchema.optional(),
        title: shortText(500).min(1, { message: 'Cần nhập tên sáng kiến' }),
        authorsText: shortText(500),
        authorIds: z.array(idSchema).max(20),
        unitId: idSchema.nullable(),
        year: yearSchema,
        recognitionDecision: shortText(200),
        scope: z.enum(initiativeScopes),
        reason: reasonSchema,
      })
      .strict(),
  ),
};
