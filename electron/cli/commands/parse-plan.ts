import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { comparatorLabels, indicatorGroupLabels } from '@shared/domain/target-form';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { AppError } from '@shared/errors';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import { planMessages } from '@shared/i18n/vi-errors';
import { consoleLogger } from '@core/context';
import { extractPlanText } from '@core/plans/plan-file';
import type { CliCommand } from '../command';

/** The file's text, refused the same way the app refuses it (empty, binary, not a Word file). */
export async function readPlanFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('FILE_INVALID', `Không đọc được tệp "${path}".`);
  }
  // The detail of a file the isolated reader gave up on goes to stderr; the refusal is the command's error line.
  const text = await extractPlanText(basename(path), bytes, consoleLogger);
  if (text.trim() === '') throw new AppError('PLAN_TEXT_INVALID', planMessages.emptyText);
  return text;
}

export const parsePlanCommand: CliCommand = {
  name: 'parse-plan',
  summary: 'Đọc kế hoạch (.txt hoặc .docx), in phần đầu, các chỉ tiêu (độ tin cậy, cách đọc) và tiêu chí khen thưởng',
  usage: 'parse-plan TỆP [--json]',
  options: { json: { type: 'boolean', default: false } },
  async run(values, positionals, io) {
    const file = positionals[0];
    if (file === undefined) throw new AppError('INVALID_INPUT', 'Thiếu tệp kế hoạch.');
    const parsed = parsePlanText(await readPlanFile(resolve(file)));
    if (values.json) {
      io.out(JSON.stringify(parsed, null, 2));
      return 0;
    }
    const h = parsed.header;
    io.out(`${h.number ?? '(chưa có số)'} — ${h.title ?? ''} (${h.year ?? '?'})`);
    parsed.targets.forEach((t, i) => {
      const value = t.value === null ? '' : formatVietnameseNumber(t.value);
      const range = t.max === null ? '' : ` – ${formatVietnameseNumber(t.max)}`;
      const confidence = formatVietnameseNumber(Math.round(t.confidence * 100));
      const flag = t.ambiguous ? `  ⚠ ${t.ambiguityReason}` : '';
      io.out(
        `${String(i + 1).padStart(3)}. [${indicatorGroupLabels[t.group]}] ${t.name}: ${comparatorLabels[t.comparator]} ${value}${range} ${t.unit ?? ''}`,
      );
      io.out(`     dòng ${t.line} · tin cậy ${confidence}% · ${t.reason}${flag}`);
    });
    if (parsed.notice) io.out(parsed.notice);
    io.out(
      `Tổng: ${parsed.targets.length} chỉ tiêu, ${parsed.movements.length} phong trào, ${parsed.criteria.length} tiêu chí khen thưởng.`,
    );
    return 0;
  },
};
