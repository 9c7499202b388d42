import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { openCore } from '@core/context';
import { tempDir } from '../support/temp-core';
import { dumpDatabase } from '../support/demo-core';
import { corpusDir, matchTargets, readExpected } from '../support/plan-labels';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const seed000 = join(__dirname, '../fixtures/plans/seed-000-my-tu-2023.txt');

describe('CLI parse-plan and import-plan', () => {
  it('parse-plan --json prints the header and the targets in the documented shape', async () => {
    const result = await cli('parse-plan', seed000, '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      header: { year: number; signer: string };
      targets: Array<{
        name: string;
        comparator: string;
        value: number | null;
        unit: string | null;
        confidence: number;
        reason: string;
      }>;
    };
    expect(parsed.header).toMatchObject({ year: 2023, signer: 'Nguyễn Việt Phú' });
    const rice = parsed.targets.find((t) => t.name === 'Sản lượng lúa');
    expect(rice).toMatchObject({ comparator: 'gte', value: 320080, unit: 'tấn' });
    // Read under "1.2. Chỉ tiêu thi đua" with "đạt": sure enough not to be flagged, and the reason says so.
    expect(rice?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(rice?.reason).toBe('mục “Chỉ tiêu thi đua”: “đạt …”');
  });

  it('parse-plan prints each target with its confidence and reason, and a plan without targets with its notice', async () => {
    const plain = await cli('parse-plan', seed000);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Sản lượng lúa: từ … trở lên 320.080 tấn');
    expect(plain.stdout).toContain('· mục “Chỉ tiêu thi đua”: “đạt …”');
    const file = join(tempDir(), 'cong-van.txt');
    writeFileSync(file, 'Kính gửi các xã.\nĐề nghị báo cáo đúng hạn.\n');
    const letter = await cli('parse-plan', file);
    expect(letter.code).toBe(0);
    expect(letter.stdout).toContain('Không tìm thấy chỉ tiêu nào trong văn bản.');
  });

  it('parse-plan --json reads the Word-table plan: the labelled targets, each with its confidence and reason', async () => {
    const wordTable = '11-docx-bang-bac-giang-2026';
    const expected = readExpected(wordTable);
    const result = await cli('parse-plan', join(corpusDir, wordTable, 'plan.docx'), '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      header: { number: string; date: string };
      targets: Array<{
        text: string;
        comparator: string;
        value: number | null;
        max: number | null;
        confidence: number;
        reason: string;
      }>;
    };
    expect(parsed.header).toMatchObject({ number: expected.header.number, date: expected.header.date });
    const { matched, unmatched } = matchTargets(parsed.targets, expected.targets);
    expect(unmatched).toEqual([]);
    expect(parsed.targets).toHaveLength(matched);
    for (const target of parsed.targets) {
      expect(target.confidence).toBeGreaterThan(0);
      expect(target.reason).toBe('đọc từ bảng, cột “Kế hoạch năm 2026”');
    }
  });

  it('import-plan stores the plan as a draft with every target', async () => {
    const db = join(tempDir(), 'plans.sqlite');
    await cli('init', '--db', db);
    expect((await cli('import-plan', '--db', db, seed000)).code).toBe(0);
    const ctx = await openCore(db, { log: { error: () => undefined, info: () => undefined } });
    try {
      expect(ctx.repos.plans.all().map((p) => [p.status, p.year])).toEqual([['nhap', 2023]]);
      expect(ctx.repos.targets.byYear(2023)).toHaveLength(17);
    } finally {
      ctx.db.close();
    }
  });

  it.each([
    ['an empty file', 'trong.txt', Buffer.from(''), /^Lỗi: Văn bản kế hoạch trống\.$/],
    ['a binary file', 'anh.txt', Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 4, 5]), /không phải là văn bản/],
    [
      'a .docx that is not a Word file',
      'ke-hoach.docx',
      Buffer.from('đây không phải tệp Word'),
      /không phải là tệp Word/,
    ],
  ])('refuses %s with one Vietnamese line, a non-zero exit, and nothing saved', async (_what, name, bytes, message) => {
    const dir = tempDir();
    const db = join(dir, 'plans.sqlite');
    const file = join(dir, name);
    writeFileSync(file, bytes);
    await cli('init', '--db', db);
    const ctx = await openCore(db, { log: { error: () => undefined, info: () => undefined } });
    const before = dumpDatabase(ctx);
    ctx.db.close();

    for (const argv of [
      ['parse-plan', file],
      ['import-plan', '--db', db, file],
    ]) {
      const result = await cli(...argv);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
    const after = await openCore(db, { log: { error: () => undefined, info: () => undefined } });
    expect(dumpDatabase(after)).toEqual(before);
    after.db.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
