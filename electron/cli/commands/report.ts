import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isReportPeriod, reportPeriods } from '@shared/domain/period';
import { AppError } from '@shared/errors';
import { reportMessages } from '@shared/i18n/vi-errors';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import { requireString } from '../args';
import type { CliCommand } from '../command';

const formats = ['.html', '.pdf', '.docx', '.xlsx'] as const;

export const reportCommand: CliCommand = {
  name: 'report',
  summary:
    'Lập báo cáo kết quả thực hiện chỉ tiêu thi đua của một kỳ; đuôi tệp chọn định dạng (.html, .pdf, .docx, .xlsx)',
  usage: 'report --db TỆP --year 2023 --period Q2 --out TỆP.pdf',
  options: { db: { type: 'string' }, year: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
  async run(values, _positionals, io) {
    const out = resolve(requireString(values, 'out'));
    const extension = extname(out).toLowerCase();
    if (!(formats as readonly string[]).includes(extension))
      throw new AppError('INVALID_INPUT', reportMessages.wrongExtension(out));
    const year = Number(requireString(values, 'year'));
    if (!Number.isInteger(year)) throw new AppError('INVALID_INPUT', `Năm không hợp lệ: ${String(values.year)}.`);
    const period = requireString(values, 'period').toUpperCase();
    if (!isReportPeriod(period)) {
      throw new AppError(
        'INVALID_INPUT',
        `Kỳ "${String(values.period)}" không hợp lệ; dùng một trong: ${reportPeriods.join(', ')}.`,
      );
    }
    const printer = createChromiumPrinter();
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli', printer });
    try {
      const draft = await invoke(ctx, 'reports:draft', { year, period });
      if (extension === '.html') {
        writeFileSync(out, (await invoke(ctx, 'reports:html', { id: draft.id })).html, 'utf8');
      } else {
        const file =
          extension === '.pdf'
            ? await invoke(ctx, 'reports:pdf', { id: draft.id })
            : await invoke(ctx, 'reports:export', { id: draft.id, format: extension === '.docx' ? 'docx' : 'xlsx' });
        writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
      }
      io.out(`Đã ghi ${out}.`);
      return 0;
    } finally {
      ctx.db.close();
      await printer.close();
    }
  },
};
