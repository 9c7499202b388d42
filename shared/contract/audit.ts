import { z } from 'zod';
import { defineChannel } from './define';
import { idSchema } from './schemas';

export interface AuditView {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  reason: string | null;
  unitId: number | null;
  indicatorId: number | null;
  period: string | null;
}

export const auditChannels = {
  'audit:search': defineChannel<{ rows: AuditView[]; total: number }>()(
    z
      .object({
        entity: z.string().max(40).optional(),
        unitId: idSchema.optional(),
        indicatorId: idSchema.optional(),
        period: z
          .string()
          .regex(/^\d{4}(-Q[1-4])?$/)
          .optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
};
