import { z } from 'zod';
import type { AwardAuthority, AwardTitle, AwardTitleVersion } from '../commendation/catalogue';
import { principleKinds, principleParamsSchema, type AwardPrinciple } from '../commendation/principles';
import { prizeRoundings, type AwardRegime, type BaseSalaryVersion } from '../commendation/prize';
import { councilLevels, type CouncilLevel } from '../domain/council';
import { ruleAppliesTo, ruleDefinitionSchema, ruleSources, type AwardRule } from '../commendation/rules';
import type { decisionsChannels } from './decisions';
import { defineChannel, type ParsedInputOf } from './define';
import type { exemplarsChannels } from './exemplars';
import type { initiativesChannels } from './initiatives';
import type { peopleChannels } from './people';
import type { proposalsChannels } from './proposals';
import { idSchema, isoDateSchema, reasonSchema, requiredName as name, shortText } from './schemas';

export interface Catalogue {
  /** The council's level: titles' authority is read for it. */
  councilLevel: CouncilLevel;
  /** Titles with the version in force on the date asked (today by default). */
  titles: AwardTitle[];
  versions: AwardTitleVersion[];
  /** Who decides each title at each level, every version. */
  authorities: AwardAuthority[];
  baseSalaries: BaseSalaryVersion[];
  /** The decrees by date and how each rounds prize money. */
  regimes: AwardRegime[];
  /** Every version of every rule, oldest first per key. */
  rules: AwardRule[];
  /** The rules in force on the date asked, for both phases. */
  rulesInForce: AwardRule[];
  /** Every version of the principles every title is checked against (NĐ 152 Điều 4, TT 15/2025). */
  principles: AwardPrinciple[];
  principlesInForce: AwardPrinciple[];
}

const legalBasis = shortText(300);

export const commendationChannels = {
  'commendation:catalogue': defineChannel<Catalogue>()(z.object({ onDate: isoDateSchema.optional() }).strict()),
  'commendation:saveTitleVersion': defineChannel<Catalogue>()(
    z
      .object({
        titleId: idSchema,
        effectiveFrom: isoDateSchema,
        prizeMultiple: z
          .number()
          .min(0)
          .max(100)
          .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, {
            message: 'Hệ số tiền thưởng có tối đa hai chữ số thập phân',
          }),
        legalBasis,
        confirmed: z.boolean().default(true),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** Who decides a title at a council level from a date; not within the council: proposed upward to `decidedBy`. */
  'commendation:saveAuthority': defineChannel<Catalogue>()(
    z
      .object({
        titleId: idSchema,
        councilLevel: z.enum(councilLevels),
        effectiveFrom: isoDateSchema,
        decidedBy: name,
        withinCouncil: z.boolean(),
        legalBasis,
        confirmed: z.boolean().default(true),
        reason: reasonSchema,
      })
      .strict(),
  ),
  'commendation:saveBaseSalary': defineChannel<Catalogue>()(
    z
      .object({
        effectiveFrom: isoDateSchema,
        amount: z.number().int().min(1).max(1_000_000_000),
        legalBasis: legalBasis.default(''),
        confirmed: z.boolean().default(true),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** A decree's prize rules from its date (a successor decree is a new row, not new code). */
  'commendation:saveRegime': defineChannel<Catalogue>()(
    z
      .object({
        effectiveFrom: isoDateSchema,
        name,
        legalBasis,
        rounding: z.enum(prizeRoundings),
        confirmed: z.boolean().default(true),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** A new version of a principle from a date: change its citation or parameters, or retire it with active false. */
  'commendation:savePrinciple': defineChannel<Catalogue>()(
    z
      .object({
        key: z
          .string()
          .trim()
          .regex(/^[A-Z0-9_.]{3,60}$/, { message: 'Mã nguyên tắc chỉ gồm chữ in hoa không dấu, số, "_" và "."' }),
        effectiveFrom: isoDateSchema,
        kind: z.enum(principleKinds),
        label: name,
        legalBasis,
        params: principleParamsSchema,
        confirmed: z.boolean().default(true),
        active: z.boolean(),
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
