import { createHash } from 'node:crypto';
import type { ChannelParsedInput } from '@shared/contract';
import type { ExcelFile } from '@shared/contract/excel';
import type { ImportApplyResult, ImportPreview } from '@shared/contract/figures';
import { AppError } from '@shared/errors';
import { importMessages } from '@shared/i18n/vi-excel';
import type { CoreContext } from '@core/context';
import { saveFigures } from '../service';
import { planImport } from './import-changes';
import type { ImportPeriod } from './import-period';
import { readEachIsolated } from '@core/isolation/isolated-read';
import type { ImportFileReading } from './read-import-file';

const maxReason = 500;

/**
 * What the last preview read, per connection, by each file's name and content: reading is a function of the bytes
 * alone, so the apply that follows the preview of the same files need not unzip and parse them again (half of an
 * import's time). Everything that depends on the database is still recomputed and checked against the digest.
 */
const lastPreviewReadings = new WeakMap<CoreContext['db'], Map<string, ImportFileReading>>();

const readingKey = (file: ExcelFile) =>
  `${file.fileName}\u0000${createHash('sha256').update(file.contentBase64).digest('base64')}`;

/** Files not read by the preview are read in the isolated reader, one at a time; what is kept is plain row data. */
async function readAll(ctx: CoreContext, files: ExcelFile[], step: 'preview' | 'apply'): Promise<ImportFileReading[]> {
  const remembered = step === 'apply' ? lastPreviewReadings.get(ctx.db) : undefined;
  const keys = files.map(readingKey);
  const unread = files.filter((_, i) => !remembered?.has(keys[i]!));
  const fresh = await readEachIsolated(ctx.log, 'read-figures-file', unread, (file, message) => ({
    fileName: file.fileName,
    sheets: [],
    refusals: [message],
    notices: [],
  }));
  const readings = new Map<string, ImportFileReading>();
  let next = 0;
  for (const key of keys) readings.set(key, remembered?.get(key) ?? fresh[next++]!);
  if (step === 'preview') lastPreviewReadings.set(ctx.db, readings);
  else lastPreviewReadings.delete(ctx.db);
  return keys.map((key) => readings.get(key)!);
}

const pickOf = (input: { year?: number | undefined; quarter?: 1 | 2 | 3 | 4 | undefined }): Partial<ImportPeriod> =>
  input.year !== undefined && input.quarter !== undefined ? { year: input.year, quarter: input.quarter } : {};

/** Nhập từ Excel, step 1: every change, unchanged count and refusal of every file, and the digest. Writes nothing. */
export async function previewImport(
  ctx: CoreContext,
  input: ChannelParsedInput<'figures:previewImport'>,
): Promise<ImportPreview> {
  return planImport(ctx, await readAll(ctx, input.files, 'preview'), pickOf(input)).preview;
}

/**
 * Step 2, once the secretary confirms: reads the same files again, then — in one transaction, with no await between
 * the check and the write — recomputes the preview, refuses if its digest differs from the one confirmed, and saves
 * every accepted file's figures with one `saveFigures` call (which re-checks locks and values and audits each change).
 */
export async function applyImport(
  ctx: CoreContext,
  input: ChannelParsedInput<'figures:applyImport'>,
): Promise<ImportApplyResult> {
  const readings = await readAll(ctx, input.files, 'apply');
  return ctx.db.transaction((): ImportApplyResult => {
    const { preview, period, entries } = planImport(ctx, readings, pickOf(input));
    if (preview.digest !== input.digest) throw new AppError('CONFLICT', importMessages.changedSincePreview);
    const accepted = preview.files.filter((f) => f.accepted);
    if (period === null || accepted.length === 0) {
      const refusals = preview.files.flatMap((f) => f.refusals);
      throw new AppError('INVALID_INPUT', importMessages.nothingToApply(refusals[0] ?? '', refusals.length - 1));
    }
    const reason = input.reason ?? importMessages.reason(accepted.map((f) => f.fileName).join(', '));
    const saved = saveFigures(ctx, { ...period, entries, reason: reason.slice(0, maxReason) });
    return {
      ...saved,
      ...period,
      files: preview.files.map((f) => ({
        fileName: f.fileName,
        status: !f.accepted ? 'refused' : f.changes.length > 0 ? 'applied' : 'unchanged',
        changes: f.accepted ? f.changes.length : 0,
        unchanged: f.unchanged,
        refusals: f.refusals,
      })),
    };
  })();
}
