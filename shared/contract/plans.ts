import { z } from 'zod';
import { changeModes, phasingModes, planStatuses, type Plan, type PlanTask, type Target } from '../domain/plan';
import type { Indicator } from '../domain/indicator';
import { comparators } from '../domain/target-form';
import type { ParsedPlan, ParsedTarget } from '../plan-text/types';
import { indicatorFieldsSchema } from './indicators';
import { defineChannel } from './define';
import { finiteNumber, idSchema, isoDateSchema, reasonSchema, shortText, yearSchema } from './schemas';

export const planHeaderSchema = z
  .object({
    number: shortText(60).nullable(),
    issuedOn: isoDateSchema.nullable(),
    place: shortText(200).nullable(),
    issuer: shortText(300).nullable(),
    title: shortText(1000).min(1),
    theme: shortText(2000).nullable(),
    year: yearSchema,
    phases: z
      .array(
        z
          .object({ name: shortText(100).min(1), start: isoDateSchema.nullable(), end: isoDateSchema.nullable() })
          .strict()
          .refine((p) => p.start === null || p.end === null || p.end >= p.start, {
            message: 'Ngày kết thúc đợt thi đua phải từ ngày bắt đầu trở đi',
          }),
      )
      .max(12),
    legalBases: z.array(z.string().max(2000)).max(100),
    signer: shortText(200).nullable(),
  })
  .strict();

const milestonesSchema = z.tuple([finiteNumber, finiteNumber, finiteNumber, finiteNumber]);

/** What the secretary confirms for one target; checked again by `validateTargetDraft` so errors name the row. */
export const targetDraftSchema = z
  .object({
    comparator: z.enum(comparators),
    value: finiteNumber.nullable(),
    max: finiteNumber.nullable().default(null),
    changeMode: z.enum(changeModes).nullable().default(null),
    baselineYear: yearSchema.nullable().default(null),
    baselineValue: finiteNumber.nullable().default(null),
    sourceText: z.string().max(4000).nullable().default(null),
    phasingMode: z.enum(phasingModes).default('seasonal'),
    milestones: milestonesSchema.nullable().default(null),
    note: z.string().max(2000).nullable().default(null),
  })
  .strict();

export const importTargetSchema = targetDraftSchema
  .extend({
    /** An indicator already in the catalogue, or the fields of a new one. */
    indicatorId: idSchema.optional(),
    newIndicator: indicatorFieldsSchema.optional(),
  })
  .refine((t) => (t.indicatorId === undefined) !== (t.newIndicator === undefined), {
    message: 'Mỗi chỉ tiêu cần đúng một chỉ số: chọn trong danh mục hoặc tạo mới',
  });

export interface PlanSummary extends Plan {
  targetCount: number;
}

export interface PlanDetail {
  plan: Plan & { sourceText: string | null };
  targets: Target[];
  indicators: Indicator[];
  tasks: PlanTask[];
}

/** An earlier year's indicator a change is measured against, proposed by name for the secretary to confirm. */
export interface BaselineLink {
  indicatorId: number;
  name: string;
  year: number;
}

/** A parsed target with the catalogue indicator it most likely is, for the review screen. */
export interface ProposedTarget extends ParsedTarget {
  matchedIndicatorId: number | null;
  baselineLink: BaselineLink | null;
  suggestedIndicator: z.input<typeof indicatorFieldsSchema>;
}

export interface PlanImportProposal {
  parsed: ParsedPlan;
  targets: ProposedTarget[];
  sourceText: string;
  /** A plan with the same number and date already in the database: importing replaces it only if confirmed. */
  existingPlanId: number | null;
}

const maxPlanText = 2_000_000;

export const plansChannels = {
  'plans:list': defineChannel<PlanSummary[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'plans:get': defineChannel<PlanDetail>()(z.object({ id: idSchema }).strict()),
  'plans:parseText': defineChannel<PlanImportProposal>()(z.object({ text: z.string().max(maxPlanText) }).strict()),
  'plans:parseFile': defineChannel<PlanImportProposal>()(
    z
      .object({
        fileName: shortText(260).min(1),
        // base64 of at most ~15 MB: a plan is a few pages; anything larger is not a plan.
        contentBase64: z.string().max(20_000_000),
      })
      .strict(),
  ),
  'plans:import': defineChannel<Plan>()(
    z
      .object({
        header: planHeaderSchema,
        sourceText: z.string().max(maxPlanText).nullable(),
        targets: z.array(importTargetSchema).max(500),
        movementIds: z.array(idSchema).max(50).default([]),
        replaceExisting: z.boolean().default(false),
      })
      .strict(),
  ),
  'plans:update': defineChannel<Plan>()(
    planHeaderSchema
      .extend({ id: idSchema, status: z.enum(planStatuses), movementIds: z.array(idSchema).max(50) })
      .strict(),
  ),
  'plans:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema, reason: reasonSchema }).strict()),
};
