import { z } from 'zod';
import { defineChannel } from './define';
import { idSchema, quarterSchema, yearSchema } from './schemas';

export interface PeriodLockView {
  year: number;
  quarter: number;
  unitId: number | null;
  lockedAt: string;
  lockedBy: string;
}

const unitIdsSchema = z.array(idSchema).max(5000).nullable();

export const locksChannels = {
  'locks:list': defineChannel<PeriodLockView[]>()(z.object({ year: yearSchema }).strict()),
  /** Chốt số liệu quý: `unitIds` null locks every unit and the whole-area figures. */
  'locks:lock': defineChannel<PeriodLockView[]>()(
    z.object({ year: yearSchema, quarter: quarterSchema, unitIds: unitIdsSchema }).strict(),
  ),
  /** Mở khóa needs a reason; it is written to the audit log. */
  'locks:unlock': defineChannel<PeriodLockView[]>()(
    z
      .object({
        year: yearSchema,
        quarter: quarterSchema,
        unitIds: unitIdsSchema,
        reason: z.string().trim().min(3).max(500),
      })
      .strict(),
  ),
};
