import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import type { ImportApplyResult, ImportPreview } from '@shared/contract/figures';
import { tempDir } from '../support/temp-core';
import { headerColumn, unitSheet } from './excel-helpers';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface ValueRow {
  period: string;
  unitCode: string;
  indicatorId: number;
  indicator: string;
  kind: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
}

async function demoDatabase(): Promise<string> {
  const db = join(tempDir(), 'demo.sqlite');
  expect((await cli('init', '--db', db, '--demo', 'huyen-2023')).code).toBe(0);
  return db;
}

/** Opens a template written by export-template, sets rice output for its unit, saves it back in place. */
async function fillRice(path: string, value: ExcelJS.CellValue): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = unitSheet(workbook);
  sheet.eachRow((row) => {
    if (row.getCell(headerColumn(sheet, 'Chỉ tiêu')).value === 'Sản lượng lúa') {
      row.getCell(headerColumn(sheet, 'Thực hiện quý')).value = value;
    }
  });
  await workbook.xlsx.writeFile(path);
}

async function values(db: string): Promise<ValueRow[]> {
  const listed = await cli('values', '--db', db, '--period', '2023-Q2', '--json');
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout) as ValueRow[];
}

describe('CLI: export-template, import-values, values', () => {
  it('exports one file per unit into a directory, or one workbook to an .xlsx path', async () => {
    const db = await demoDatabase();
    const dir = join(tempDir(), 'mau');
    const perUnit = await cli('export-template', '--db', db, '--period', '2023-Q2', '--out', dir);
    expect(perUnit.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(11);
    expect(perUnit.stdout.split('\n')).toContain(`Đã ghi ${join(dir, 'mau-so-lieu-2023-Q2-XA-LH.xlsx')}`);

    const file = join(tempDir(), 'hai-xa.xlsx');
    const one = await cli(
      'export-template',
      '--db',
      db,
      '--period',
      '2023-q2',
      '--unit',
      'XA-LH',
      '--unit',
      'XA-HP',
      '--out',
      file,
    );
    expect(one).toMatchObject({ code: 0, stdout: `Đã ghi ${file}` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Xã Hưng Phú', 'Xã Long Hưng', 'Hướng dẫn']);
  });

  it('import-values --dry-run --json previews without writing; without --dry-run it applies; values --json shows it', async () => {
    const db = await demoDatabase();
    const dir = join(tempDir(), 'mau');
    await cli('export-template', '--db', db, '--period', '2023-Q2', '--unit', 'XA-LH', '--out', dir);
    const path = join(dir, 'mau-so-lieu-2023-Q2-XA-LH.xlsx');
    await fillRice(path, '12.345,5');
    const before = await values(db);

    const dry = await cli('import-values', '--db', db, '--dry-run', '--json', path);
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as ImportPreview;
    expect(preview.totals).toMatchObject({ changes: 1, acceptedFiles: 1, refusedFiles: 0 });
    expect(preview.files[0]!.changes[0]).toMatchObject({
      unitCode: 'XA-LH',
      indicatorName: 'Sản lượng lúa',
      after: { value: 12345.5 },
    });
    expect(await values(db)).toEqual(before);

    const applied = await cli('import-values', '--db', db, path);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('XA-LH · Sản lượng lúa:');
    expect(applied.stdout).toContain('→ 12.345,5 (ước)');
    expect(applied.stdout.split('\n').at(-1)).toMatch(/^Đã ghi: 0 thêm mới, 1 cập nhật, \d+ không đổi\.$/);
    const rice = (await values(db)).find((v) => v.unitCode === 'XA-LH' && v.indicator === 'Sản lượng lúa')!;
    expect(rice).toMatchObject({ period: '2023-Q2', kind: 'flow', value: 12345.5, status: 'uoc' });
    const rate = (await values(db)).find((v) => v.unitCode === 'XA-LH' && v.kind === 'rate')!;
    expect(rate.value).toBeNull();
    expect(rate.numerator).toEqual(expect.any(Number));

    const again = await cli('import-values', '--db', db, '--json', path);
    const { applied: second } = JSON.parse(again.stdout) as { applied: ImportApplyResult };
    expect(second).toMatchObject({ inserted: 0, updated: 0 });
    const text = await cli('import-values', '--db', db, '--dry-run', path);
    expect(text.stdout).toContain('Không có thay đổi nào so với dữ liệu hiện có.');
  });

  it('imports the good files, names the refused ones on stderr in one line and exits 1', async () => {
    const db = await demoDatabase();
    const dir = join(tempDir(), 'mau');
    await cli('export-template', '--db', db, '--period', '2023-Q2', '--unit', 'XA-LH', '--out', dir);
    const good = join(dir, 'mau-so-lieu-2023-Q2-XA-LH.xlsx');
    await fillRice(good, 777);
    const bad = join(dir, 'bao-cao.xlsx');
    writeFileSync(bad, 'không phải tệp Excel');
    const run = await cli('import-values', '--db', db, good, bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('Lỗi: 1 tệp bị từ chối, không được nhập: "bao-cao.xlsx".');
    expect(run.stdout).toContain('từ chối: Tệp "bao-cao.xlsx" không phải là tệp Excel (.xlsx).');
    expect((await values(db)).find((v) => v.unitCode === 'XA-LH' && v.indicator === 'Sản lượng lúa')!.value).toBe(777);

    const onlyBad = await cli('import-values', '--db', db, bad);
    expect(onlyBad.code).toBe(1);
    expect(onlyBad.stderr).toBe('Lỗi: Không có tệp nào nhập được. Tệp "bao-cao.xlsx" không phải là tệp Excel (.xlsx).');
  });

  it('answers bad arguments with one Vietnamese line and a non-zero exit', async () => {
    const db = await demoDatabase();
    expect(await cli('values', '--db', db, '--period', '2023-Q5')).toMatchObject({
      code: 1,
      stderr: 'Lỗi: Kỳ "2023-Q5" không hợp lệ; viết theo dạng năm-quý, ví dụ 2023-Q2.',
    });
    expect(await cli('import-values', '--db', db)).toMatchObject({
      code: 1,
      stderr: 'Lỗi: Thiếu tệp cần nhập: import-values --db TỆP [--dry-run] [--json] TỆP.xlsx…',
    });
    expect(await cli('import-values', '--db', db, join(tempDir(), 'khong-co.xlsx'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Lỗi: Không đọc được tệp ".*khong-co\.xlsx"\.$/),
    });
    expect(
      await cli('export-template', '--db', db, '--period', '2023-Q2', '--unit', 'XA-ZZ', '--out', tempDir()),
    ).toMatchObject({ code: 1, stderr: 'Lỗi: Không có đơn vị mã "XA-ZZ".' });
    const big = join(tempDir(), 'lon.xlsx');
    writeFileSync(big, Buffer.alloc(11 * 1024 * 1024));
    expect((await cli('import-values', '--db', db, big)).stderr).toMatch(/^Lỗi: Tệp ".*lon\.xlsx" lớn hơn 10 MB/);
    expect(readFileSync(db).length).toBeGreaterThan(0);
  });
});
