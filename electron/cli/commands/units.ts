import { resolve } from 'node:path';
import { unitKindLabels } from '@shared/i18n/vi-labels';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const unitsCommand: CliCommand = {
  name: 'units',
  summary: 'Liệt kê đơn vị (--all gồm cả đơn vị đã ngừng hoạt động)',
  usage: 'units --db TỆP [--json] [--all]',
  options: {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const units = await invoke(ctx, 'units:list', { includeRetired: values.all === true });
      if (values.json) {
        io.out(JSON.stringify(units, null, 2));
      } else {
        for (const u of units) {
          io.out(
            `${u.code.padEnd(12)} ${u.name} (${unitKindLabels[u.kind]})${u.validTo ? ` — ngừng từ ${u.validTo}` : ''}`,
          );
        }
        io.out(`Tổng: ${units.length} đơn vị.`);
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
