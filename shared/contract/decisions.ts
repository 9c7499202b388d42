import { z } from 'zod';
import { awardMethods, decisionIssuers, type AwardRecord, type Decision } from '../commendation/registry';
import { signingModes } from '../document/document-frame';
import { proposalPeriods } from '../commendation/rules';
import { defineChannel } from './define';
import type { ExportedFile } from './reports';
import { idSchema, isoDateSchema, requiredName as name, shortText, yearSchema } from './schemas';

export interface DecisionDetail {
  decision: Decision;
  awards: AwardRecord[];
  prizeTotal: number;
  /** The total in words, for "Bằng chữ" ("Một triệu tám trăm nghìn đồng"). */
  prizeTotalWords: string;
}

export const decisionsChannels = {
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
        /** Whose decision it is and how it was signed; optional, so older callers keep the chairman's in person. */
        issuer: z.enum(decisionIssuers).default('chu_tich'),
        signingMode: z.enum(signingModes).default(''),
        signerTitle: z.string().trim().max(100).default(''),
        /** How its awards are given: thường xuyên (công trạng) unless chuyên đề, đột xuất, … */
        method: z.enum(awardMethods).default('thuong_xuyen'),
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
  /** A decision's recipients as an Excel list (A4), with the prize money as numbers and a total. */
  'decisions:exportList': defineChannel<ExportedFile>()(z.object({ id: idSchema }).strict()),
};
