import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';
import { eligibleCommand } from './eligible';

export const awardsCommand: CliCommand = {
  name: 'awards',
  summary: 'Lịch sử khen thưởng của một người (tìm theo tên, không cần dấu)',
  usage: 'awards --db TỆP --person "Nguyen Van An" [--json]',
  options: {
    db: { type: 'string' },
    person: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const query = requireString(values, 'person');
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const found = await invoke(ctx, 'awards:search', { query });
      if (found.length === 0) throw new AppError('NOT_FOUND', `Không tìm thấy ai có tên "${query}".`);
      if (values.json) {
        io.out(JSON.stringify(found, null, 2));
        return 0;
      }
      for (const { person, awards } of found) {
        io.out(`${person.fullName} – ${[person.position, person.unitName].filter(Boolean).join(', ')}`);
        if (awards.length === 0) io.out('  (chưa có khen thưởng)');
        for (const a of awards) {
          const decision = a.decisionNumber
            ? `QĐ số ${a.decisionNumber} ngày ${formatVietnameseDate(a.decisionDate!)}`
            : a.decisionText;
          const prize = a.prizeAmount === null ? '' : `, ${formatVietnameseNumber(a.prizeAmount, 0)} đ`;
          io.out(`  ${a.year}: ${a.titleName} (${decision}${prize})`);
        }
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};

/** The commendation commands, registered together in `run.ts`. */
export const awardsCommands = [eligibleCommand, awardsCommand];
