import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExcelFile } from '@shared/contract/excel';
import type { PackagePreview } from '@shared/contract/packages';
import { quarterLabel } from '@shared/domain/figure';
import { AppError } from '@shared/errors';
import { cliPackageMessages as m, packageMessages } from '@shared/i18n/vi-packages';
import { openCore, type CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { packageLimits } from '@core/packages/package-format';
import { requireString } from '../args';
import type { CliCommand, CliIo, CliValues } from '../command';
import { parseQuarterKey } from '../quarter-key';
import { readInputFile } from '../read-input-file';

/** The importer refuses an oversized package too; reading a huge file into memory first would be the harm. */
const readPackageFile = (path: string): ExcelFile =>
  readInputFile(path, packageLimits.maxFileBytes, {
    cannotRead: m.cannotRead,
    tooLarge: (p) => packageMessages.tooLarge(p, `tối đa ${packageLimits.maxFileBytes / 1048576} MB`),
  });

function printPreview(preview: PackagePreview, io: CliIo): void {
  for (const p of preview.packages) {
    const period = p.year === null || p.quarter === null ? '' : quarterLabel(p.year, p.quarter);
    io.out(m.packageHeader(p.fileName, p.accepted, p.sender?.name ?? '', period));
    for (const change of p.changes) io.out(m.changeLine(change.indicatorName, change.beforeText, change.afterText));
    for (const refusal of p.refusals) io.out(m.refusalLine(refusal));
  }
  const t = preview.totals;
  io.out(m.totals(t.new, t.changed, t.unchanged, t.accepted, t.refused));
}

async function withCore<T>(values: CliValues, work: (ctx: CoreContext) => Promise<T>): Promise<T> {
  const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
  try {
    return await work(ctx);
  } finally {
    ctx.db.close();
  }
}

async function exportPackage(values: CliValues, io: CliIo): Promise<number> {
  const period = parseQuarterKey(requireString(values, 'period'));
  const out = resolve(requireString(values, 'out'));
  const exported = await withCore(values, (ctx) => invoke(ctx, 'packages:export', period));
  writeFileSync(out, Buffer.from(exported.file.contentBase64, 'base64'));
  io.out(m.exported(out, exported.figures));
  for (const line of exported.missing) io.out(m.missing(line));
  return 0;
}

async function importPackages(values: CliValues, paths: string[], io: CliIo): Promise<number> {
  if (paths.length === 0) throw new AppError('INVALID_INPUT', m.noFiles);
  const files = paths.map(readPackageFile);
  const preview = await withCore(values, async (ctx) => {
    const shown = await invoke(ctx, 'packages:preview', { files });
    if (!values.json) printPreview(shown, io);
    if (values['dry-run']) {
      if (values.json) io.out(JSON.stringify(shown, null, 2));
      else io.out(m.dryRun);
      return shown;
    }
    const applied = await invoke(ctx, 'packages:apply', { files, digest: shown.digest });
    if (values.json) io.out(JSON.stringify({ preview: shown, applied }, null, 2));
    else io.out(m.applied(applied.inserted, applied.updated, applied.unchanged));
    return shown;
  });
  const refused = preview.packages.filter((p) => !p.accepted);
  if (refused.length === 0) return 0;
  io.err(`Lỗi: ${m.refusedPackages(refused.length, refused.map((p) => `"${p.fileName}"`).join(', '))}`);
  return 1;
}

/**
 * `package export` builds the commune's quarter package; `package import` previews packages and (without
 * --dry-run) applies them with the preview's digest, as the Nhập từ gói screen does. Same core, same messages.
 */
export const packageCommand: CliCommand = {
  name: 'package',
  summary: 'Gói báo cáo giữa hai cấp: xuất gói của một quý, hoặc nhập các gói cấp dưới gửi lên',
  usage:
    'package export --db TỆP --period 2026-Q2 --out TỆP.tdd | package import --db TỆP [--dry-run] [--json] TỆP.tdd…',
  options: {
    db: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, positionals, io) {
    const [action, ...paths] = positionals;
    if (action === 'export') return exportPackage(values, io);
    if (action === 'import') return importPackages(values, paths, io);
    throw new AppError('INVALID_INPUT', m.usage);
  },
};
