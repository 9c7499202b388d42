import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { cliExcelMessages } from '@shared/i18n/vi-excel';
import { openCore } from '@core/context';
import { parseQuarterKey } from '../quarter-key';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const exportTemplateCommand: CliCommand = {
  name: 'export-template',
  summary: 'Xuất mẫu nhập liệu Excel của một quý (thư mục: mỗi đơn vị một tệp; tệp .xlsx: một tệp nhiều trang)',
  usage: 'export-template --db TỆP --period 2023-Q2 [--unit MÃ]… --out THƯ_MỤC|TỆP.xlsx',
  options: {
    db: { type: 'string' },
    period: { type: 'string' },
    unit: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const { year, quarter } = parseQuarterKey(requireString(values, 'period'));
    const out = resolve(requireString(values, 'out'));
    const oneWorkbook = out.toLowerCase().endsWith('.xlsx');
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const codes = Array.isArray(values.unit) ? values.unit.map(String) : [];
      const unitIds = codes.map((code) => {
        const unit = ctx.repos.units.byCode(code.trim());
        if (!unit) throw new AppError('NOT_FOUND', cliExcelMessages.unknownUnitCode(code));
        return unit.id;
      });
      const { files } = await invoke(ctx, 'figures:exportTemplate', {
        year,
        quarter,
        unitIds: unitIds.length > 0 ? unitIds : null,
        layout: oneWorkbook ? 'one-workbook' : 'per-unit-files',
      });
      mkdirSync(oneWorkbook ? dirname(out) : out, { recursive: true });
      for (const file of files) {
        const path = oneWorkbook ? out : join(out, file.fileName);
        writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
        io.out(cliExcelMessages.written(path));
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
