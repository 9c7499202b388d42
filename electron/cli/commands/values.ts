import { resolve } from 'node:path';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { quarterLabel } from '@shared/domain/figure';
import { cliExcelMessages, templateLabels } from '@shared/i18n/vi-excel';
import type { FigureView } from '@shared/contract/figures';
import { openCore } from '@core/context';
import { parseQuarterKey } from '../quarter-key';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';

function measure(figure: FigureView): string {
  if (figure.achieved !== null) return figure.achieved ? templateLabels.achieved : templateLabels.notAchieved;
  if (figure.value !== null) return formatVietnameseNumber(figure.value);
  const part = (n: number | null) => (n === null ? '?' : formatVietnameseNumber(n));
  return `${part(figure.numerator)} / ${part(figure.denominator)}`;
}

export const valuesCommand: CliCommand = {
  name: 'values',
  summary: 'In số liệu thực hiện của một quý (--json: mỗi số liệu với chỉ tiêu, loại, mã đơn vị, kỳ)',
  usage: 'values --db TỆP --period 2023-Q2 [--json]',
  options: { db: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(values, _positionals, io) {
    const { year, quarter } = parseQuarterKey(requireString(values, 'period'));
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const figures = await invoke(ctx, 'figures:list', { year, quarter });
      if (values.json) {
        const rows = figures.map((f) => ({
          period: f.period,
          unitCode: f.unitCode,
          unitName: f.unitName,
          indicatorId: f.indicatorId,
          indicator: f.indicator,
          kind: f.kind,
          measureUnit: f.measureUnit,
          value: f.value,
          numerator: f.numerator,
          denominator: f.denominator,
          achieved: f.achieved,
          status: f.status,
          note: f.note,
        }));
        io.out(JSON.stringify(rows, null, 2));
        return 0;
      }
      for (const f of figures) {
        const status = f.status === 'chinh_thuc' ? templateLabels.official : templateLabels.estimated;
        const unit = f.measureUnit && f.achieved === null && f.value !== null ? ` ${f.measureUnit}` : '';
        io.out(`${(f.unitCode ?? '—').padEnd(10)} ${f.indicator}: ${measure(f)}${unit} (${status})`);
      }
      io.out(cliExcelMessages.valueCount(figures.length, quarterLabel(year, quarter)));
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
