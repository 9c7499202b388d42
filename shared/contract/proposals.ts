import { z } from 'zod';
import type { Proposal, ProposalEntry } from '../commendation/registry';
import { proposalPeriods } from '../commendation/rules';
import { proposalStatuses } from '../i18n/vi-commendation';
import type { EligibilityList } from './awards';
import { defineChannel } from './define';
import type { ExportedFile } from './reports';
import { idSchema, isoDateSchema, reasonSchema, shortText, yearSchema } from './schemas';

export interface ProposalDetail {
  proposal: Proposal;
  entries: ProposalEntry[];
  eligibility: EligibilityList;
}

export const proposalsChannels = {
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
  /** The Tờ trình's number and date that its attached list refers to. */
  'proposals:saveSubmission': defineChannel<ProposalDetail>()(
    z
      .object({
        id: idSchema,
        number: z
          .string()
          .trim()
          .max(20)
          .regex(/^[0-9]*$/, { message: 'Số tờ trình chỉ gồm chữ số' }),
        issuedOn: isoDateSchema.nullable(),
      })
      .strict(),
  ),
  /** The Tờ trình list of a proposal's lines proposed upward (or reviewed), as a PDF. */
  'proposals:submissionPdf': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),
};
