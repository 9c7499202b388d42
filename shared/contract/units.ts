import { z } from 'zod';
import { unitKinds, type Unit } from '../domain/unit';
import { defineChannel } from './define';

const isoDate = z.iso.date();
const unitName = z.string().trim().min(1).max(200);
const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới' });

export const unitsChannels = {
  'units:list': defineChannel<Unit[]>()(z.object({ includeRetired: z.boolean().default(false) }).strict()),
  'units:create': defineChannel<Unit>()(
    z
      .object({
        name: unitName,
        kind: z.enum(unitKinds),
        code: unitCode.optional(),
        parentId: z.number().int().positive().nullable().default(null),
        validFrom: isoDate.nullable().default(null),
        note: z.string().max(2000).nullable().default(null),
      })
      .strict(),
  ),
  'units:rename': defineChannel<Unit>()(
    z.object({ id: z.number().int().positive(), name: unitName, reason: z.string().max(500).optional() }).strict(),
  ),
  /** Only a unit nothing refers to (created by mistake); others are retired or merged. */
  'units:delete': defineChannel<{ deleted: number }>()(
    z.object({ id: z.number().int().positive(), reason: z.string().max(500).optional() }).strict(),
  ),
  'units:retire': defineChannel<Unit>()(
    z
      .object({
        id: z.number().int().positive(),
        validTo: isoDate,
        /** Giải thể sau sắp xếp tổ chức bộ máy: never awarded from then on (TT 15/2025). */
        dissolved: z.boolean().default(false),
        reason: z.string().max(500).optional(),
      })
      .strict(),
  ),
  'units:merge': defineChannel<Unit>()(
    z
      .object({
        /** Units that stop existing on `date`; their history stays readable under their old names. */
        sourceIds: z.array(z.number().int().positive()).min(1).max(50),
        /** Either an existing unit that absorbs them, or a new one. */
        intoId: z.number().int().positive().optional(),
        newUnit: z
          .object({ name: unitName, kind: z.enum(unitKinds), code: unitCode.optional() })
          .strict()
          .optional(),
        date: isoDate,
        reason: z.string().max(500).optional(),
      })
      .strict()
      .refine((v) => (v.intoId === undefined) !== (v.newUnit === undefined), {
        message: 'Chọn một đơn vị nhận sáp nhập hoặc nhập đơn vị mới, không cả hai',
      }),
  ),
};
