import { z } from 'zod';
import type { Person } from '../commendation/registry';
import { defineChannel } from './define';
import { idSchema, isoDateSchema, optionalText, reasonSchema, requiredName as name, shortText } from './schemas';

export const peopleChannels = {
  'people:list': defineChannel<Person[]>()(
    z.object({ unitId: idSchema.optional(), query: shortText(100).optional() }).strict(),
  ),
  'people:save': defineChannel<Person>()(
    z
      .object({
        id: idSchema.optional(),
        fullName: name,
        position: optionalText(),
        unitId: idSchema,
        birthDate: isoDateSchema.nullable(),
        reason: reasonSchema,
      })
      .strict(),
  ),
};
