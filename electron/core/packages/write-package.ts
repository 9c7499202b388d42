import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PackageExport } from '@shared/contract/packages';
import { quarterKey } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import { indicatorGroupLabels, indicatorGroups } from '@shared/domain/target-form';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import type { CoreContext } from '../context';
import { addUnitSheet } from '../figures/excel/template-sheet';
import { uniqueSheetName } from '../figures/excel/template-names';
import { buildPackageContent, type BuiltPackage } from './build-package';
import {
  packageEntries,
  packageExtension,
  packageFormat,
  packageFormatVersion,
  type PackageContent,
  type PackageManifest,
} from './package-format';
import { sha256Hex } from './read-package';

/** The figures in the units' template layout, so a person can open the package and read what was sent. */
async function packageWorkbook(ctx: CoreContext, built: BuiltPackage, issuingBody: string): Promise<Buffer> {
  const { content } = built;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi Đua Desk';
  workbook.created = ctx.now();
  workbook.modified = ctx.now();
  const unit = {
    id: 0,
    code: content.sender.code,
    name: content.sender.name,
    kind: 'xa' as const,
    parentId: null,
    validFrom: null,
    validTo: null,
    mergedIntoId: null,
    note: null,
    dissolved: false,
    demo: false,
  };
  const groups = indicatorGroups
    .map((group) => ({
      group,
      label: indicatorGroupLabels[group],
      rows: built.rows
        .filter((r) => r.indicator.group === group)
        .map((r) => ({ indicator: r.indicator, planText: r.planText, lastYear: undefined, current: r.current })),
    }))
    .filter((g) => g.rows.length > 0);
  const { year, quarter } = content.period;
  await addUnitSheet(workbook, uniqueSheetName(content.sender.name, new Set()), {
    unit,
    year,
    quarter,
    issuingBody,
    groups,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** @example packageFileName('XA-AN-CHAU', 2026, 2) === 'goi-bao-cao-2026-Q2-xa-an-chau.tdd' */
export function packageFileName(code: string, year: number, quarter: number): string {
  const slug = foldVietnamese(code)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `goi-bao-cao-${quarterKey(year, quarter)}-${slug}${packageExtension}`;
}

/**
 * The zip itself: the manifest names the sender, quarter, versions and the SHA-256 of the data and the workbook.
 * Entries carry the package's own time, so the same content exported twice differs only by that time.
 */
export async function zipPackage(
  content: PackageContent,
  workbookBytes: Buffer,
  made: { appVersion: string; schemaVersion: number; at: Date },
): Promise<Buffer> {
  const contentBytes = Buffer.from(JSON.stringify(content, null, 1), 'utf8');
  const manifest: PackageManifest = {
    format: packageFormat,
    formatVersion: packageFormatVersion,
    appVersion: made.appVersion,
    schemaVersion: made.schemaVersion,
    createdAt: made.at.toISOString(),
    sender: content.sender,
    period: content.period,
    contentSha256: sha256Hex(contentBytes),
    workbookSha256: sha256Hex(workbookBytes),
  };
  const zip = new JSZip();
  const date = made.at;
  zip.file(packageEntries.manifest, JSON.stringify(manifest, null, 1), { date });
  zip.file(packageEntries.content, contentBytes, { date });
  zip.file(packageEntries.workbook, workbookBytes, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Gửi báo cáo lên cấp trên: the quarter's `.tdd` package (manifest, data, readable workbook). */
export async function exportPackage(ctx: CoreContext, year: number, quarter: Quarter): Promise<PackageExport> {
  const built = buildPackageContent(ctx, year, quarter);
  const { content } = built;
  const workbookBytes = await packageWorkbook(ctx, built, content.sender.name);
  const made = { appVersion: ctx.appVersion, schemaVersion: ctx.schemaVersion, at: ctx.now() };
  const bytes = await zipPackage(content, workbookBytes, made);
  return {
    file: { fileName: packageFileName(content.sender.code, year, quarter), contentBase64: bytes.toString('base64') },
    figures: content.figures.length,
    missing: built.missing,
  };
}
