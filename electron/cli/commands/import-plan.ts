import { resolve } from 'node:path';
import { defaultImportHeader, defaultImportRows } from '@shared/domain/plan-import-rows';
import { AppError } from '@shared/errors';
import { localToday, openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';
import { readPlanFile } from './parse-plan';

export const importPlanCommand: CliCommand = {
  name: 'import-plan',
  summary: 'Lưu kế hoạch đã đọc thành bản nháp (--replace để thay kế hoạch cùng số, cùng ngày)',
  usage: 'import-plan --db TỆP KẾ_HOẠCH [--replace] [--json]',
  options: {
    db: { type: 'string' },
    replace: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, positionals, io) {
    const file = positionals[0];
    if (file === undefined) throw new AppError('INVALID_INPUT', 'Thiếu tệp kế hoạch.');
    const text = await readPlanFile(resolve(file));
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const proposal = await invoke(ctx, 'plans:parseText', { text });
      const plan = await invoke(ctx, 'plans:import', {
        header: defaultImportHeader(proposal, Number(localToday(ctx).slice(0, 4))),
        sourceText: text,
        targets: defaultImportRows(proposal),
        replaceExisting: values.replace === true,
      });
      const ambiguous = proposal.targets.filter((t) => t.ambiguous).length;
      if (values.json) io.out(JSON.stringify({ plan, targets: proposal.targets.length, ambiguous }, null, 2));
      else {
        io.out(
          `Đã lưu bản nháp kế hoạch ${plan.number ?? ''} (mã số ${plan.id}) với ${proposal.targets.length} chỉ tiêu.`,
        );
        if (ambiguous > 0) io.out(`Có ${ambiguous} chỉ tiêu cần kiểm tra lại trong ứng dụng (Kế hoạch & chỉ tiêu).`);
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
