import { resolve } from 'node:path';
import { isReportPeriod, periodLabel, reportPeriods } from '@shared/domain/period';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { AppError } from '@shared/errors';
import { evaluationStatusLabels } from '@shared/i18n/vi-evaluation';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: 'Đánh giá các chỉ tiêu của năm tại một kỳ (Q1–Q4, H1, 9M, Y), như trang Tổng quan',
  usage: 'summary --db TỆP --year 2023 --period Q2 [--json]',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const year = Number(requireString(values, 'year'));
    if (!Number.isInteger(year) || year < 1990 || year > 2200)
      throw new AppError('INVALID_INPUT', `Năm không hợp lệ: ${String(values.year)}.`);
    const period = requireString(values, 'period').toUpperCase();
    if (!isReportPeriod(period)) {
      throw new AppError(
        'INVALID_INPUT',
        `Kỳ "${String(values.period)}" không hợp lệ; dùng một trong: ${reportPeriods.join(', ')}.`,
      );
    }
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const summary = await invoke(ctx, 'dashboard:summary', { year, period });
      const evaluation = summary.evaluation;
      if (values.json) {
        io.out(
          JSON.stringify(
            { year, period, headline: evaluation.headline, targets: evaluation.targets, counts: evaluation.counts },
            null,
            2,
          ),
        );
        return 0;
      }
      io.out(`${periodLabel(period, year)}: ${evaluation.headline}`);
      for (const t of evaluation.targets) {
        const achieved = t.achieved === null ? '—' : t.achieved ? 'Đạt' : 'Chưa đạt';
        const ytd = t.ytd === null ? achieved : formatVietnameseNumber(t.ytd, t.decimals);
        const pct = t.percentOfPlan === null ? '' : ` (${formatVietnameseNumber(t.percentOfPlan, 1)}% KH)`;
        io.out(
          `- ${t.indicator}: ${ytd} ${t.unit ?? ''}${pct} — ${evaluationStatusLabels[t.status]}${t.estimated ? ' (ước)' : ''}`,
        );
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
