import { z } from 'zod';
import { clusterKinds, type Cluster } from '../domain/cluster';
import type { ClustersOfYear, ScoringTable } from '../domain/cluster-round';
import { computeRules, criterionKinds } from '../scoring/criteria';
import { defineChannel } from './define';
import { excelFileSchema } from './excel';
import { idSchema, optionalText, reasonSchema, shortText, yearSchema } from './schemas';

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

/** Clusters and blocks of a year (cụm, khối thi đua) and their scoring tables. */
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
  /**
   * A criteria table from Excel (columns STT, Tiêu chí, Điểm tối đa, Loại found by their header text): `replace`
   * replaces the table, otherwise the rows are added after it. Refused while the table has scores.
   */
  'clusters:importCriteria': defineChannel<ScoringTable>()(
    z
      .object({
        clusterId: idSchema,
        fileName: excelFileSchema.shape.fileName,
        contentBase64: excelFileSchema.shape.contentBase64,
        replace: z.boolean(),
      })
      .strict(),
  ),
};
