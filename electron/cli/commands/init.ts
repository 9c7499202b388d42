import { resolve } from 'node:path';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { CliCommand } from '../command';
import { requireString } from '../args';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Tạo (hoặc nâng cấp) tệp dữ liệu; --demo nạp dữ liệu mẫu của một huyện',
  usage: 'init --db TỆP [--demo]',
  options: { db: { type: 'string' }, demo: { type: 'boolean', default: false } },
  async run(values, _positionals, io) {
    const path = resolve(requireString(values, 'db'));
    const ctx = await openCore(path, { create: true, actor: 'cli' });
    try {
      const info = await invoke(ctx, 'app:info', {});
      if (!info.setupDone || values.demo) {
        await invoke(ctx, 'app:setup', { mode: values.demo ? 'demo' : 'empty' });
      }
      const units = await invoke(ctx, 'units:list', {});
      io.out(
        `Đã khởi tạo ${path} (lược đồ ${ctx.schemaVersion}${values.demo ? ', dữ liệu mẫu' : ''}, ${units.length} đơn vị).`,
      );
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
