import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { clusterWords, scoreLayerLabels } from '@shared/i18n/vi-clusters';
import { openCore } from '@core/context';
import { findRound } from '@core/scores/service';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const scoresCommand: CliCommand = {
  name: 'scores',
  summary: 'Bảng điểm một đợt chấm của cụm, khối: tiêu chí, ba lớp điểm, tổng điểm, xếp hạng',
  usage: 'scores --db TỆP --cluster MÃ --round 2023-Y [--json]',
  options: {
    db: { type: 'string' },
    cluster: { type: 'string' },
    round: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const clusterId = Number(requireString(values, 'cluster'));
    if (!Number.isInteger(clusterId) || clusterId <= 0) {
      throw new AppError('INVALID_INPUT', `Mã cụm, khối "${String(values.cluster)}" không hợp lệ.`);
    }
    const key = requireString(values, 'round');
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const round = findRound(ctx, clusterId, key);
      if (values.json) {
        io.out(JSON.stringify(round, null, 2));
        return 0;
      }
      const p = (n: number) => clusterWords.points(n).padStart(8);
      io.out(`${round.cluster.name} — đợt ${round.key}`);
      io.out(clusterWords.maxTotal(round.maxima.content, round.maxima.bonus));
      io.out(
        `Hạng  ${'Đơn vị'.padEnd(30)} ${scoreLayerLabels.tu_cham.padStart(8)} ${scoreLayerLabels.cum_cham.padStart(8)} ${scoreLayerLabels.hoi_dong.padStart(8)}`,
      );
      for (const u of round.units) {
        io.out(
          `${String(u.rank).padStart(4)}  ${u.name.padEnd(30)} ${p(u.totals.tu_cham.total)} ${p(u.totals.cum_cham.total)} ${p(u.final.total)}`,
        );
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
