import { z } from 'zod';
import type { AwardTitle, AwardTitleVersion } from '../commendation/catalogue';
import type { CandidateEligibility } from '../commendation/evaluate-eligibility';
import type { BaseSalaryVersion } from '../commendation/prize';
import {
  exemplarKinds,
  type AwardRecord,
  type AwardStatRow,
  type Decision,
  type Exemplar,
  type Initiative,
  type Person,
  type Proposal,
  type ProposalEntry,
} from '../commendation/registry';
import {
  initiativeScopes,
  proposalPeriods,
  ruleAppliesTo,
  ruleDefinitionSchema,
  ruleSources,
  type AwardRule,
} from '../commendation/rules';
import { proposalStatuses } from '../i18n/vi-commendation';
import { defineChannel, type ParsedInputOf } from './define';
import type { ExportedFile } from './reports';
import { idSchema, isoDateSchema, reasonSchema, shortText, yearSchema } from './schemas';

const name = shortText(200).min(1, { message: 'Cần nhập tên' });
const optionalText = (max = 200) =>
  shortText(max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

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

export interface EligibilityList {
  year: number;
  period: (typeof proposalPeriods)[number];
  title: AwardTitle;
  rules: AwardRule[];
  candidates: CandidateEligibility[];
  /** Vietnamese note when no rule can be checked for this title. */
  note: string | null;
}

export interface ProposalDetail {
  proposal: Proposal;
  entries: ProposalEntry[];
  eligibility: EligibilityList;
}

export interface DecisionDetail {
  decision: Decision;
  awards: AwardRecord[];
  prizeTotal: number;
}

export interface AwardHistory {
  subject: { kind: 'person' | 'unit'; id: number; name: string; unitName: string };
  awards: AwardRecord[];
  initiatives: Initiative[];
}

const recipientRef = z
  .object({ personId: idSchema.nullable(), unitId: idSchema.nullable() })
  .strict()
  .refine((r) => (r.personId === null) !== (r.unitId === null), { message: 'Chọn một cá nhân hoặc một tập thể' });

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
  'initiatives:list': defineChannel<Initiative[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'initiatives:save': defineChannel<Initiative>()(
    z
      .object({
        id: idSchema.optional(),
        title: shortText(500).min(1, { message: 'Cần nhập tên sáng kiến' }),
        authorsText: shortText(500),
        authorIds: z.array(idSchema).max(20),
        unitId: idSchema.nullable(),
        year: yearSchema,
        recognitionDecision: shortText(200),
        scope: z.enum(initiativeScopes),
        reason: reasonSchema,
      })
      .strict(),
  ),
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

  /** Every candidate for a title in a year or phase, eligible or not, with the reasons. */
  'awards:eligibility': defineChannel<EligibilityList>()(
    z
      .object({ year: yearSchema, period: z.enum(proposalPeriods), titleCode: z.string().trim().min(2).max(30) })
      .strict(),
  ),
  'awards:history': defineChannel<AwardHistory>()(recipientRef),
  /** People found by name, accents ignored, each with their awards. */
  'awards:search': defineChannel<Array<{ person: Person; awards: AwardRecord[] }>>()(
    z.object({ query: shortText(100).min(1, { message: 'Nhập tên cần tìm' }) }).strict(),
  ),
  'awards:stats': defineChannel<AwardStatRow[]>()(z.object({ year: yearSchema.optional() }).strict()),

  'proposals:list': defineChannel<Proposal[]>()(z.object({ year: yearSchema.optional() }).strict()),
  'proposals:create': defineChannel<ProposalDetail>()(
    z.object({ year: yearSchema, period: z.enum(proposalPeriods), titleId: idSchema, note: shortText(500) }).strict(),
  ),
  'proposals:get': defineChannel<ProposalDetail>()(z.object({ id: idSchema }).strict()),
  'proposals:addEntry': defineChannel<ProposalDetail>()(
    z
      .object({
        proposalId: idSchema,
        personId: idSchema.nullable(),
        unitId: idSchema.nullable(),
        achievements: shortText(5000),
      })
      .strict()
      .refine((r) => (r.personId === null) !== (r.unitId === null), { message: 'Chọn một cá nhân hoặc một tập thể' }),
  ),
  'proposals:updateEntry': defineChannel<ProposalDetail>()(
    z
      .object({
        entryId: idSchema,
        achievements: shortText(5000),
        status: z.enum(proposalStatuses).exclude(['quyet_dinh']),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** The Tờ trình list of a proposal's lines proposed upward (or reviewed), as a PDF. */
  'proposals:submissionPdf': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),

  'decisions:list': defineChannel<Decision[]>()(z.object({}).strict()),
  'decisions:get': defineChannel<DecisionDetail>()(z.object({ id: idSchema }).strict()),
  /** Issues a decision: its recipients become awards with prize money at the base salary of its date. */
  'decisions:create': defineChannel<DecisionDetail>()(
    z
      .object({
        number: z
          .string()
          .trim()
          .min(1, { message: 'Cần nhập số quyết định' })
          .max(40)
          .regex(/^[0-9A-Za-zĐđ./-]+$/, { message: 'Số quyết định chỉ gồm số, chữ, "/", "-", "."' }),
        signedOn: isoDateSchema,
        signer: name,
        authority: name,
        subject: shortText(500).min(1, { message: 'Cần nhập trích yếu' }),
        /** Lines of proposals that this decision grants (status becomes Quyết định). */
        entryIds: z.array(idSchema).max(500),
        /** Recipients given directly, without a proposal line. */
        recipients: z
          .array(
            z
              .object({
                titleId: idSchema,
                year: yearSchema,
                period: z.enum(proposalPeriods),
                personId: idSchema.nullable(),
                unitId: idSchema.nullable(),
              })
              .strict()
              .refine((r) => (r.personId === null) !== (r.unitId === null), {
                message: 'Chọn một cá nhân hoặc một tập thể',
              }),
          )
          .max(500),
      })
      .strict(),
  ),
  'decisions:annexHtml': defineChannel<{ html: string }>()(z.object({ id: idSchema }).strict()),
  'decisions:annexPdf': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),
};

/** A commendation channel's parsed input, for the services. */
export type CommendationInput<C extends keyof typeof commendationChannels> = ParsedInputOf<
  (typeof commendationChannels)[C]
>;
