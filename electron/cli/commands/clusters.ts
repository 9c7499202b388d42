import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { clusterKindLabels, clusterWords } from '@shared/i18n/vi-clusters';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';
import { scoresCommand } from './scores';

export const clustersCommand: CliCommand = {
  name: 'clusters',
  summary: 'Liệt kê cụm, khối thi đua của một năm: thành viên, cụm trưởng, cụm phó, thang điểm, đợt chấm',
  usage: 'clusters --db TỆP --year NĂM [--json]',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const year = Number(requireString(values, 'year'));
    if (!Number.isInteger(year)) throw new AppError('INVALID_INPUT', `Năm "${String(values.year)}" không hợp lệ.`);
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const list = await invoke(ctx, 'clusters:list', { year });
      if (values.json) {
        io.out(JSON.stringify(list.clusters, null, 2));
        return 0;
      }
      for (const c of list.clusters) {
        const name = (id: number | null) => c.members.find((m) => m.unitId === id)?.name ?? '—';
        io.out(`[${c.id}] ${c.name} (${clusterKindLabels[c.kind]}), ${c.members.length} đơn vị`);
        io.out(`    Cụm trưởng: ${name(c.leaderUnitId)}; cụm phó: ${name(c.deputyUnitId)}`);
        io.out(`    Thành viên: ${c.members.map((m) => m.name).join(', ')}`);
        if (c.criteriaCount > 0) io.out(`    ${clusterWords.maxTotal(c.maxima.content, c.maxima.bonus)}`);
        if (c.rounds.length > 0) io.out(`    Đợt chấm: ${c.rounds.map((r) => r.key).join(', ')}`);
      }
      io.out(`Tổng: ${list.clusters.length} cụm, khối năm ${year}.`);
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};

/** Both cluster commands, registered together. */
export const clusterCommands: readonly CliCommand[] = [clustersCommand, scoresCommand];
