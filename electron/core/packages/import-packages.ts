import type { ExcelFile } from '@shared/contract/excel';
import type { PackageApplyResult, PackagePreview } from '@shared/contract/packages';
import { quarterLabel } from '@shared/domain/figure';
import { AppError, isAppError } from '@shared/errors';
import { packageMessages as m } from '@shared/i18n/vi-packages';
import { isoNow, type CoreContext } from '../context';
import { saveFigures } from '../figures/service';
import { planPackages, type PackageFileReading } from './plan-packages';
import { readPackage } from './read-package';

/** Each file read and checked on its own: one damaged or tampered package does not stop the others. */
function readAll(files: ExcelFile[]): PackageFileReading[] {
  return files.map((file) => {
    try {
      return {
        fileName: file.fileName,
        reading: readPackage(file.fileName, Buffer.from(file.contentBase64, 'base64')),
      };
    } catch (error) {
      if (isAppError(error) && error.code === 'FILE_INVALID')
        return { fileName: file.fileName, refusal: error.message };
      throw error;
    }
  });
}

/** Nhập từ gói, step 1: what every package would write or why it is refused. Writes nothing. */
export function previewPackages(ctx: CoreContext, files: ExcelFile[]): PackagePreview {
  return planPackages(ctx, readAll(files)).preview;
}

/**
 * Step 2, once the secretary confirms: in one transaction, recomputes the preview and refuses if its digest differs,
 * then saves each accepted package's figures with `saveFigures` (locks and values checked again, each change audited
 * with the package named as its source) and records the package. The same package again writes nothing.
 */
export function applyPackages(ctx: CoreContext, files: ExcelFile[], digest: string): PackageApplyResult {
  const readings = readAll(files);
  return ctx.db.transaction((): PackageApplyResult => {
    const { preview, writes } = planPackages(ctx, readings);
    if (preview.digest !== digest) throw new AppError('CONFLICT', m.changedSincePreview);
    if (writes.length === 0) {
      const refusals = preview.packages.flatMap((p) => p.refusals);
      throw new AppError('INVALID_INPUT', m.nothingToApply(refusals[0] ?? '', refusals.length - 1));
    }
    const result: PackageApplyResult = { inserted: 0, updated: 0, unchanged: 0, packages: [] };
    const applied = new Set<string>();
    for (const write of writes) {
      if (write.standing === 'same') {
        result.unchanged += write.entries.length;
        continue;
      }
      const label = quarterLabel(write.year, write.quarter);
      const words = write.standing === 'newer' ? m.replaceReason : m.reason;
      const reason = words(write.fileName, write.unit.name, label, write.manifest.contentSha256);
      const saved = saveFigures(ctx, { year: write.year, quarter: write.quarter, entries: write.entries, reason });
      result.inserted += saved.inserted;
      result.updated += saved.updated;
      result.unchanged += saved.unchanged;
      ctx.repos.packageReceipts.insert({
        senderUnitId: write.unit.id,
        year: write.year,
        quarter: write.quarter,
        contentSha256: write.manifest.contentSha256,
        createdAt: write.manifest.createdAt,
        fileName: write.fileName,
        appVersion: write.manifest.appVersion,
        figureCount: write.entries.length,
        estimatedCount: write.estimated,
        content: JSON.stringify(write.content),
        receivedAt: isoNow(ctx),
        receivedBy: ctx.actor,
      });
      if (saved.inserted + saved.updated > 0) applied.add(write.fileName);
    }
    result.packages = preview.packages.map((p) => ({
      fileName: p.fileName,
      status: !p.accepted ? 'refused' : applied.has(p.fileName) ? 'applied' : 'unchanged',
      refusals: p.refusals,
    }));
    return result;
  })();
}
