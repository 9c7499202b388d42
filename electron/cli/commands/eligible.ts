import { resolve } from 'node:path';
import { isProposalPeriod } from '@shared/commendation/rules';
import { AppError } from '@shared/errors';
import { proposalPeriodLabels } from '@shared/i18n/vi-commendation';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export function requireYear(values: Record<string, unknown>): number {
  const year = Number(requireString(values, 'year'));
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    throw new AppError('INVALID_INPUT', `Năm không hợp lệ: ${String(values.year)}.`);
  }
  return year;
}

export const eligibleCommand: CliCommand = {
  name: 'eligible',
  summary: 'Danh sách đủ / chưa đủ tiêu chuẩn một danh hiệu, hình thức khen thưởng, kèm lý do',
  usage: 'eligible --db TỆP --year 2023 --title CSTDCS [--period Y|H1] [--json]',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    title: { type: 'string' },
    period: { type: 'string', default: 'Y' },
    json: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const year = requireYear(values);
    const titleCode = requireString(values, 'title').toUpperCase();
    const period = String(values.period).toUpperCase();
    if (!isProposalPeriod(period)) {
      throw new AppError(
        'INVALID_INPUT',
        `Đợt "${String(values.period)}" không hợp lệ; dùng H1 (6 tháng) hoặc Y (cả năm).`,
      );
    }
    const ctx = await openCore(resolve(requireString(values, 'db')), { actor: 'cli' });
    try {
      const list = await invoke(ctx, 'awards:eligibility', { year, period, titleCode });
      if (values.json) {
        const candidates = list.candidates.map((c) => ({
          kind: c.candidate.kind,
          id: c.candidate.id,
          name: c.candidate.name,
          unit: c.candidate.unitName,
          eligible: c.eligible,
          reasons: c.reasons,
          checks: c.checks.map((check) => ({
            rule: check.ruleKey,
            passed: check.passed,
            advisory: check.advisory ?? false,
            detail: check.detail,
          })),
        }));
        io.out(
          JSON.stringify(
            {
              year,
              period,
              title: list.title.code,
              rules: list.rules.map((r) => r.key),
              principles: list.principles.map((p) => p.key),
              note: list.note,
              upward: list.upward,
              candidates,
            },
            null,
            2,
          ),
        );
        return 0;
      }
      const label = proposalPeriodLabels[period];
      io.out(`${list.title.name} – ${label}${label.endsWith(' năm') ? '' : ' năm'} ${year}`);
      if (list.upward) io.out(list.upward);
      if (list.note) io.out(list.note);
      for (const c of list.candidates) {
        const verdict = c.eligible ? 'Đủ tiêu chuẩn' : `Chưa đủ: ${c.reasons.join('; ')}`;
        io.out(`- ${c.candidate.name} (${c.candidate.unitName}): ${verdict}`);
        for (const note of c.checks.filter((check) => check.advisory)) io.out(`  Lưu ý: ${note.detail}`);
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
