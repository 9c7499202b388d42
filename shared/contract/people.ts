import { z } from 'zod';
import { genders, personStatGroups, sanctionKinds, type Person, type Sanction } from '../commendation/registry';
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
        gender: z.enum(genders).nullable().default(null),
        statGroup: z.enum(personStatGroups).default('truc_tiep'),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** Discipline, investigations, inspections and complaints (NĐ 152 Điều 4 khoản 4), of people and collectives. */
  'people:sanctions': defineChannel<Sanction[]>()(
    z.object({ personId: idSchema.optional(), unitId: idSchema.optional() }).strict(),
  ),
  'people:saveSanction': defineChannel<Sanction>()(
    z
      .object({
        id: idSchema.optional(),
        personId: idSchema.nullable(),
        unitId: idSchema.nullable(),
        kind: z.enum(sanctionKinds),
        fromDate: isoDateSchema,
        toDate: isoDateSchema.nullable(),
        document: shortText(300),
        note: shortText(1000),
        reason: reasonSchema,
      })
      .strict()
      .refine((v) => (v.personId === null) !== (v.unitId === null), { message: 'Chọn một cá nhân hoặc một tập thể' })
      .refine((v) => v.toDate === null || v.toDate >= v.fromDate, {
        message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi',
        path: ['toDate'],
      }),
  ),
  'people:deleteSanction': defineChannel<{ deleted: true }>()(
    z.object({ id: idSchema, reason: reasonSchema }).strict(),
  ),
};
