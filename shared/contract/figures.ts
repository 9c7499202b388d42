import { z } from 'zod';
import type { Figure } from '../domain/figure';
import { figureStatuses } from '../domain/figure';
import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/plan';
import type { Unit } from '../domain/unit';
import { defineChannel } from './define';
import { finiteNumber, idSchema, yearSchema } from './schemas';

export const quarterSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const figureEntrySchema = z
  .object({
    indicatorId: idSchema,
    unitId: idSchema.nullable(),
    value: finiteNumber.nullable().default(null),
    numerator: finiteNumber.nullable().default(null),
    denominator: finiteNumber.nullable().default(null),
    achieved: z.boolean().nullable().default(null),
    status: z.enum(figureStatuses).default('uoc'),
    note: z.string().max(2000).nullable().default(null),
  })
  .strict();

export interface PeriodLockView {
  year: number;
  quarter: number;
  unitId: number | null;
  lockedAt: string;
  lockedBy: string;
}

/** Everything the entry grid needs for one quarter, in one call. */
export interface FigureGrid {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Indicators with a target in the year's plans, in plan order. */
  indicators: Indicator[];
  targets: Target[];
  /** Units active at the end of the quarter. */
  units: Unit[];
  figures: Figure[];
  /** This year's earlier quarters, for the year to date. */
  earlierQuarters: Figure[];
  /** The same quarter last year, for comparison and the ±50% warning. */
  lastYear: Figure[];
  locks: PeriodLockView[];
}

export interface FigureSaveResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  warnings: Array<{ indicatorId: number; unitId: number | null; message: string }>;
}

/** A figure with the names the CLI and exports print beside it. */
export interface FigureView extends Figure {
  indicator: string;
  kind: Indicator['kind'];
  measureUnit: string | null;
  unitCode: string | null;
  unitName: string | null;
  period: string;
}

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

const unitIdsSchema = z.array(idSchema).max(5000).nullable();

export const figuresChannels = {
  'figures:grid': defineChannel<FigureGrid>()(z.object({ year: yearSchema, quarter: quarterSchema }).strict()),
  'figures:save': defineChannel<FigureSaveResult>()(
    z
      .object({
        year: yearSchema,
        quarter: quarterSchema,
        entries: z.array(figureEntrySchema).max(50_000),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
  ),
  'figures:list': defineChannel<FigureView[]>()(
    z.object({ year: yearSchema, quarter: quarterSchema.optional() }).strict(),
  ),
  'figures:history': defineChannel<AuditView[]>()(
    z.object({ indicatorId: idSchema, unitId: idSchema.nullable(), year: yearSchema, quarter: quarterSchema }).strict(),
  ),
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
