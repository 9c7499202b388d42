import { resolve } from 'node:path';
import type { ExcelFile } from '@shared/contract/excel';
import type { ImportPreview } from '@shared/contract/figures';
import { excelFileLimits } from '@shared/contract/excel';
import { quarterLabel } from '@shared/domain/figure';
import { AppError } from '@shared/errors';
import { cliExcelMessages as m } from '@shared/i18n/vi-excel';
import { openCore } from '@core/context';
import { parseQuarterKey } from '../quarter-key';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import { readInputFile } from '../read-input-file';
import type { CliCommand, CliIo } from '../command';

function readExcelFile(path: string): ExcelFile {
  return readInputFile(path, excelFileLimits.maxFileBytes, {
    cannotRead: m.cannotRead,
    tooLarge: (p) => m.fileTooLarge(p, excelFileLimits.maxFileBytes / 1048576),
  });
}

function printPreview(preview: ImportPreview, io: CliIo): void {
  if (preview.year !== null && preview.quarter !== null) io.out(m.period(quarterLabel(preview.year, preview.quarter)));
  for (const file of preview.files) {
    io.out(m.fileHeader(file.fileName, file.accepted, file.changes.length, file.unchanged, file.blank));
    for (const change of file.changes) {
      io.out(m.changeLine(change.unitCode, change.indicatorName, change.beforeText, change.afterText));
      for (const warning of change.warnings) io.out(m.warningLine(warning));
      for (const error of change.errors) io.out(m.errorLine(error));
    }
    for (const refusal of file.refusals) io.out(m.refusalLine(refusal));
    for (const notice of file.notices) io.out(m.noticeLine(notice));
  }
  const { totals } = preview;
  io.out(m.totals(totals.changes, totals.unchanged, totals.acceptedFiles, totals.refusedFiles));
  if (totals.acceptedFiles > 0 && totals.changes === 0) io.out(m.noChanges);
}

/**
 * Nhập từ Excel from the command line: prints the preview, then (without --dry-run) applies it with the preview's
 * digest, as the screen does once the secretary confirms. Files that were refused are named on stderr and make the
 * exit code 1, even when the other files were imported.
 */
export const importValuesCommand: CliCommand = {
  name: 'import-values',
  summary: 'Nhập số liệu từ các tệp mẫu Excel đơn vị gửi lại (--dry-run: chỉ xem trước)',
  usage: 'import-values --db TỆP [--period 2023-Q2] [--dry-run] [--json] TỆP.xlsx…',
  options: {
    db: { type: 'string' },
    period: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, positionals, io) {
    const dbPath = resolve(requireString(values, 'db'));
    if (positionals.length === 0) throw new AppError('INVALID_INPUT', m.noFiles);
    const pick = typeof values.period === 'string' ? parseQuarterKey(values.period) : {};
    const files = positionals.map(readExcelFile);
    const ctx = await openCore(dbPath, { actor: 'cli' });
    try {
      const preview = await invoke(ctx, 'figures:previewImport', { files, ...pick });
      if (values['dry-run']) {
        if (values.json) io.out(JSON.stringify(preview, null, 2));
        else {
          printPreview(preview, io);
          io.out(m.dryRun);
        }
      } else {
        if (!values.json) printPreview(preview, io);
        const applied = await invoke(ctx, 'figures:applyImport', { files, ...pick, digest: preview.digest });
        if (values.json) io.out(JSON.stringify({ preview, applied }, null, 2));
        else io.out(m.applied(applied.inserted, applied.updated, applied.unchanged));
      }
      const refused = preview.files.filter((f) => !f.accepted);
      if (refused.length === 0) return 0;
      io.err(`Lỗi: ${m.refusedFiles(refused.length, refused.map((f) => `"${f.fileName}"`).join(', '))}`);
      return 1;
    } finally {
      ctx.db.close();
    }
  },
};
