import { z } from 'zod';
import { exemplarKinds, type Exemplar } from '../commendation/registry';
import { defineChannel } from './define';
import { idSchema, isoDateSchema, requiredName as name, shortText } from './schemas';

export const exemplarsChannels = {
  'exemplars:list': defineChannel<Exemplar[]>()(z.object({}).strict()),
  'exemplars:save': defineChannel<Exemplar>()(
    z
      .object({
        kind: z.enum(exemplarKinds),
        who: name,
        personId: idSchema.nullable(),
        unitId: idSchema.nullable(),
        deed: shortText(2000).min(1, { message: 'Cần nhập việc làm, thành tích' }),
        occurredOn: isoDateSchema,
        movementId: idSchema.nullable(),
      })
      .strict(),
  ),
};
