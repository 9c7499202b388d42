import { z } from 'zod';
import type { AwardTitle, AwardTitleVersion } from '../commendation/catalogue';
import type { BaseSalaryVersion } from '../commendation/prize';
import { ruleAppliesTo, ruleDefinitionSchema, ruleSources, type AwardRule } from '../commendation/rules';
import type { decisionsChannels } from './decisions';
import { defineChannel, type ParsedInputOf } from './define';
import type { exemplarsChannels } from './exemplars';
import type { initiativesChannels } from './initiatives';
import type { peopleChannels } from './people';
import type { proposalsChannels } from './proposals';
import { idSchema, isoDateSchema, reasonSchema, requiredName as name, shortText } from './schemas';

export interface Catalogue {
  /** Titles with the version in force on the date asked (today by default). */
  titles: AwardTitle[];
  versions: AwardTitleVersion[];
  baseSalaries: BaseSalaryVersion[];
  /** Every version of every rule, oldest first per key. */
  rules: AwardRule[];
  /** The rules in force on the date asked, for both phases. */
  rulesInForce: AwardRule[];
}

export const commendationChannels = {
  'commendation:catalogue': defineChannel<Catalogue>()(z.object({ onDate: isoDateSchema.optional() }).strict()),
  'commendation:saveTitleVersion': defineChannel<Catalogue>()(
    z
      .object({
        titleId: idSchema,
        effectiveFrom: isoDateSchema,
        authority: name,
        prizeMultiple: z.number().min(0).max(100),
        reason: reasonSchema,
      })
      .strict(),
  ),
  'commendation:saveBaseSalary': defineChannel<Catalogue>()(
    z
      .object({
        effectiveFrom: isoDateSchema,
        amount: z.number().int().min(1).max(1_000_000_000),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** A new version of a rule from a date (the old versions stay): edit values, or retire it with active false. */
  'commendation:saveRule': defineChannel<Catalogue>()(
    z
      .object({
        key: z
          .string()
          .trim()
          .regex(/^[A-Z0-9_.]{3,60}$/, { message: 'Mã quy định chỉ gồm chữ in hoa không dấu, số, "_" và "."' }),
        effectiveFrom: isoDateSchema,
        titleCode: z.string().trim().min(2).max(30),
        label: name,
        source: z.enum(ruleSources),
        sourceNote: shortText(300),
        appliesTo: z.enum(ruleAppliesTo),
        definition: ruleDefinitionSchema,
        active: z.boolean(),
        reason: reasonSchema,
      })
      .strict(),
  ),
};

/** The channels of the commendation work (catalogue, people, initiatives, exemplars, proposals, decisions). */
type CommendationFamily = typeof commendationChannels &
  typeof peopleChannels &
  typeof initiativesChannels &
  typeof exemplarsChannels &
  typeof proposalsChannels &
  typeof decisionsChannels;

/** A commendation channel's parsed input, for the services. */
export type CommendationInput<C extends keyof CommendationFamily> = ParsedInputOf<CommendationFamily[C]>;
