import { z } from 'zod';
import { clusterKinds, roundPeriods, scoreLayers, type Cluster } from '../domain/cluster';
import type { ClustersOfYear, RoundView, ScoringTable } from '../domain/cluster-round';
import { computeRules, criterionKinds, nominationAwards, tieBreaks } from '../scoring/criteria';
import { defineChannel } from './define';
import type { ExportedFile } from './reports';
import { idSchema, isoDateSchema, reasonSchema, shortText, yearSchema } from './schemas';

const points = z.number().finite().min(-100_000).max(100_000);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s === '' ? null : s));

export const criterionDraftSchema = z
  .object({
    id: idSchema.optional(),
    level: z.number().int().min(1).max(4),
    code: shortText(20).min(1),
    title: shortText(500).min(1),
    kind: z.enum(criterionKinds),
    maxPoints: z.number().finite().min(0).max(100_000),
    link: z
      .object({
        indicatorId: idSchema,
        rule: z.enum(computeRules),
        zeroBelowPercent: z.number().finite().min(0).max(1000).nullable(),
      })
      .strict()
      .nullable(),
  })
  .strict();

const roundDocument = z.enum(['tong_hop', 'phieu_cham', 'bien_ban']);
const documentInput = z
  .object({ roundId: idSchema, document: roundDocument, unitId: idSchema.optional() })
  .strict()
  .refine((v) => v.document !== 'phieu_cham' || v.unitId !== undefined, {
    message: 'Phiếu chấm điểm cần chọn đơn vị',
    path: ['unitId'],
  });

/** Clusters and blocks of a year (cụm, khối thi đua), their scoring tables, rounds and scores. */
export const clustersChannels = {
  'clusters:list': defineChannel<ClustersOfYear>()(z.object({ year: yearSchema }).strict()),
  'clusters:save': defineChannel<Cluster>()(
    z
      .object({
        id: idSchema.optional(),
        year: yearSchema,
        name: shortText(200).min(1),
        kind: z.enum(clusterKinds),
        memberIds: z.array(idSchema).min(1).max(500),
        leaderUnitId: idSchema.nullable(),
        deputyUnitId: idSchema.nullable(),
        note: optionalText(2000),
        reason: reasonSchema,
      })
      .strict(),
  ),
  'clusters:delete': defineChannel<{ deleted: number }>()(z.object({ id: idSchema }).strict()),
  /** Copies last year's clusters, members, leaders and scoring tables into a year that has none. */
  'clusters:copyYear': defineChannel<Cluster[]>()(
    z
      .object({ fromYear: yearSchema, toYear: yearSchema })
      .strict()
      .refine((v) => v.fromYear !== v.toYear, {
        message: 'Năm nguồn và năm đích phải khác nhau',
        path: ['toYear'],
      }),
  ),
  /** The next member in order becomes leader (or the chosen one), the one after it deputy. */
  'clusters:rotateLeader': defineChannel<Cluster>()(
    z.object({ id: idSchema, leaderUnitId: idSchema.optional() }).strict(),
  ),
  'clusters:criteria': defineChannel<ScoringTable>()(z.object({ clusterId: idSchema }).strict()),
  'clusters:saveCriteria': defineChannel<ScoringTable>()(
    z.object({ clusterId: idSchema, rows: z.array(criterionDraftSchema).max(300), reason: reasonSchema }).strict(),
  ),
  /** A template: copies another cluster's table (any year) into a cluster whose table has no scores. */
  'clusters:copyCriteria': defineChannel<ScoringTable>()(
    z.object({ fromClusterId: idSchema, toClusterId: idSchema }).strict(),
  ),
  /** Opens the round of a cluster and period, creating it on first use. */
  'scores:open': defineChannel<RoundView>()(z.object({ clusterId: idSchema, period: z.enum(roundPeriods) }).strict()),
  'scores:round': defineChannel<RoundView>()(z.object({ roundId: idSchema }).strict()),
  /** One layer of one unit's scores, in one transaction; a null point clears the score. */
  'scores:save': defineChannel<RoundView>()(
    z
      .object({
        roundId: idSchema,
        unitId: idSchema,
        layer: z.enum(scoreLayers),
        entries: z
          .array(z.object({ criterionId: idSchema, points: points.nullable(), comment: optionalText(2000) }).strict())
          .min(1)
          .max(300),
        reason: reasonSchema,
      })
      .strict(),
  ),
  /** The tie rule, the peer nomination (suy tôn) and the minutes of the meeting. */
  'scores:saveNomination': defineChannel<RoundView>()(
    z
      .object({
        roundId: idSchema,
        tieRule: z.array(z.enum(tieBreaks)).max(tieBreaks.length),
        nominations: z
          .array(
            z
              .object({ award: z.enum(nominationAwards), unitId: idSchema, votes: z.number().int().min(0).max(10_000) })
              .strict(),
          )
          .max(50),
        minutes: z
          .object({
            meetingDate: isoDateSchema.nullable(),
            meetingPlace: optionalText(200),
            chair: optionalText(200),
            recorder: optionalText(200),
            voters: z.number().int().min(0).max(10_000).nullable(),
            note: optionalText(5000),
          })
          .strict(),
      })
      .strict(),
  ),
  /** Tổng hợp (A4 landscape), phiếu chấm of one unit, or biên bản: self-contained HTML to preview. */
  'scores:html': defineChannel<{ html: string }>()(documentInput),
  'scores:pdf': defineChannel<ExportedFile>()(documentInput),
};
