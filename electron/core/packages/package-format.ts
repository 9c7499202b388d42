import { z } from 'zod';
import { councilLevels } from '@shared/domain/council';
import { figureStatuses } from '@shared/domain/figure';
import { aggregationKinds } from '@shared/domain/indicator';

/**
 * The `.tdd` package (issue 21): a zip of exactly three entries.
 * - `manifest.json`: what the package is (format and versions, sender, period, when) and the SHA-256 of the two others;
 * - `noi-dung.json`: the data (the upper plan's targets it reports on, the figures, the award proposals);
 * - `bao-cao.xlsx`: the same figures in the template layout, for a person to read. The importer never parses it;
 *   it only checks its hash, so a workbook edited by hand is caught like edited data.
 * The hash detects a package altered after export; it is not a signature (anyone can recompute it): authenticity
 * still comes from the signed report sent through the document system.
 */
export const packageEntries = {
  manifest: 'manifest.json',
  content: 'noi-dung.json',
  workbook: 'bao-cao.xlsx',
} as const;
export const packageFormat = 'thi-dua-desk/goi-bao-cao';
export const packageFormatVersion = 1;
export const packageExtension = '.tdd';

/** Caps checked from the zip's directory before anything is inflated (a real package is a few hundred kilobytes). */
export const packageLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxUnzippedBytes: 24 * 1024 * 1024,
  maxEntryBytes: { 'manifest.json': 64 * 1024, 'noi-dung.json': 12 * 1024 * 1024, 'bao-cao.xlsx': 10 * 1024 * 1024 },
  maxTargets: 1_000,
  maxProposals: 2_000,
} as const;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const text = (max: number) => z.string().max(max);
const senderSchema = z.object({ name: text(200).min(1), level: z.enum(councilLevels), code: text(40).min(1) }).strict();
const periodSchema = z
  .object({
    year: z.number().int().min(1990).max(2200),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict();
const number = z.number().finite().nullable();

/** Read first, alone: the format version decides whether the rest can be read at all. */
export const manifestHeadSchema = z.object({
  format: z.literal(packageFormat),
  formatVersion: z.number().int().min(1),
});

export const manifestSchema = z
  .object({
    format: z.literal(packageFormat),
    formatVersion: z.number().int().min(1),
    appVersion: text(40),
    schemaVersion: z.number().int().min(0),
    createdAt: z.iso.datetime(),
    sender: senderSchema,
    period: periodSchema,
    contentSha256: sha256,
    workbookSha256: sha256,
  })
  .strict();
export type PackageManifest = z.infer<typeof manifestSchema>;

export const contentSchema = z
  .object({
    sender: senderSchema,
    receiver: z.object({ name: text(200) }).strict(),
    period: periodSchema,
    upperPlan: z
      .object({ number: text(60).min(1), issuedOn: z.iso.date().nullable(), title: text(500), year: z.number().int() })
      .strict(),
    targets: z
      .array(
        z
          .object({
            key: z.number().int().min(1),
            indicatorName: text(500).min(1),
            measureUnit: text(60).nullable(),
            kind: z.enum(aggregationKinds),
            targetText: text(500),
          })
          .strict(),
      )
      .max(packageLimits.maxTargets),
    figures: z
      .array(
        z
          .object({
            target: z.number().int().min(1),
            value: number,
            numerator: number,
            denominator: number,
            achieved: z.boolean().nullable(),
            status: z.enum(figureStatuses),
            note: text(2000).nullable(),
          })
          .strict(),
      )
      .max(packageLimits.maxTargets),
    proposals: z
      .array(z.object({ title: text(200), recipient: text(300), summary: text(5000) }).strict())
      .max(packageLimits.maxProposals),
  })
  .strict();
export type PackageContent = z.infer<typeof contentSchema>;
