import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { openDemoCore } from '../support/demo-core';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI: eligible and awards', () => {
  it('eligible --json lists each candidate with eligible true/false and the reasons', async () => {
    const ctx = await openDemoCore();
    ctx.db.close();
    const result = await cli([
      'eligible',
      '--db',
      ctx.databasePath,
      '--year',
      '2023',
      '--title',
      'CSTD_TINH',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as {
      candidates: Array<{ name: string; eligible: boolean; reasons: string[] }>;
    };
    expect(parsed.candidates.find((c) => c.name === 'Nguyễn Văn An')).toMatchObject({ eligible: true, reasons: [] });
    expect(parsed.candidates.find((c) => c.name === 'Trần Thị Bích')!.reasons).toContain('thiếu CSTĐCS năm 2022');
  });

  it('awards --person finds a name typed without accents, and a bad title is one Vietnamese line', async () => {
    const ctx = await openDemoCore();
    ctx.db.close();
    const found = await cli(['awards', '--db', ctx.databasePath, '--person', 'Tran Thi Bich']);
    expect(found.out).toContain('Trần Thị Bích – Công chức Văn hóa – Xã hội, Xã Long Hưng');
    // 0,3 × 1.490.000 đ (base salary of 2022) = 447.000 đ, rounded up to 10.000 đ by the NĐ 91/2017 regime's rule
    // (law data 0090; marked unconfirmed against the decree's own text, as the later decrees' rule is).
    expect(found.out).toContain('2022: Lao động tiên tiến (QĐ số 1735/QĐ-UBND ngày 26/12/2022, 450.000 đ)');
    const json = JSON.parse((await cli(['awards', '--db', ctx.databasePath, '--person', 'bich', '--json'])).out);
    expect(json[0].awards).toHaveLength(5);
    const bad = await cli(['eligible', '--db', ctx.databasePath, '--year', '2023', '--title', 'KHONG_CO']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('Không có danh hiệu/hình thức "KHONG_CO" trong danh mục.');
  });
});
