import { resolve } from 'node:path';
import { demoNames, type DemoName } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { CliCommand } from '../command';
import { requireString } from '../args';

const isDemoName = (name: string): name is DemoName => (demoNames as readonly string[]).includes(name);

export const initCommand: CliCommand = {
  name: 'init',
  summary:
    'Tạo (hoặc nâng cấp) tệp dữ liệu; --demo nạp dữ liệu mẫu xã Mỹ Tú năm 2026, --demo huyen-2023 nạp huyện mẫu năm 2023',
  usage: 'init --db TỆP [--demo [xa-2026|huyen-2023]]',
  options: { db: { type: 'string' }, demo: { type: 'boolean', default: false } },
  async run(values, positionals, io) {
    const path = resolve(requireString(values, 'db'));
    // `--demo` alone loads the 2026 commune; a name after it picks the demo.
    const named = positionals[0];
    if (named !== undefined && (!values.demo || !isDemoName(named))) {
      throw new AppError('INVALID_INPUT', `Không có dữ liệu mẫu "${named}". Chọn một trong: ${demoNames.join(', ')}.`);
    }
    const demo: DemoName = named ?? 'xa-2026';
    const ctx = await openCore(path, { create: true, actor: 'cli' });
    try {
      const info = await invoke(ctx, 'app:info', {});
      if (!info.setupDone || values.demo) {
        await invoke(ctx, 'app:setup', values.demo ? { mode: 'demo', demo } : { mode: 'empty' });
      }
      const units = await invoke(ctx, 'units:list', {});
      io.out(
        `Đã khởi tạo ${path} (lược đồ ${ctx.schemaVersion}${values.demo ? `, dữ liệu mẫu ${demo}` : ''}, ${units.length} đơn vị).`,
      );
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
