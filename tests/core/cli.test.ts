import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { latestSchemaVersion } from '@core/db/migrations';
import { demoUnits } from '@core/demo/demo-district';
import { tempDir } from '../support/temp-core';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('CLI', () => {
  it('init --demo loads the 2026 commune (offered first); an unknown demo name is refused', async () => {
    const db = join(tempDir(), 'commune.sqlite');
    const init = await cli('init', '--db', db, '--demo');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('dữ liệu mẫu xa-2026');
    const units = JSON.parse((await cli('units', '--db', db, '--json')).stdout) as Array<{ name: string }>;
    expect(units.map((u) => u.name)).toContain('Ấp Châu Thành');
    const bad = await cli('init', '--db', join(tempDir(), 'x.sqlite'), '--demo', 'tinh-2030');
    expect(bad).toMatchObject({
      code: 1,
      stderr: 'Lỗi: Không có dữ liệu mẫu "tinh-2030". Chọn một trong: xa-2026, huyen-2023.',
    });
  });

  it('init --demo huyen-2023 then units --json prints the demo district units', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    expect((await cli('init', '--db', db, '--demo', 'huyen-2023')).code).toBe(0);
    const listed = await cli('units', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const units = JSON.parse(listed.stdout) as Array<{ code: string; name: string; demo: boolean }>;
    expect(units.map((u) => u.code).sort()).toEqual(demoUnits.map((u) => u.code).sort());
    expect(units.every((u) => u.demo)).toBe(true);
    expect(units.map((u) => u.name)).toContain('Xã Long Hưng');
  });

  it('check prints ok and the schema version', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    await cli('init', '--db', db);
    const checked = await cli('check', '--db', db);
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    expect(checked.stdout.split('\n')[0]).toBe('ok');
    expect(checked.stdout).toContain(`Phiên bản lược đồ: ${latestSchemaVersion}`);
  });

  it('refuses a second demo load on a database that is already set up', async () => {
    const db = join(tempDir(), 'demo.sqlite');
    await cli('init', '--db', db, '--demo', 'huyen-2023');
    const again = await cli('init', '--db', db, '--demo', 'huyen-2023');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Lỗi: Dữ liệu đã được khởi tạo; không thể chọn lại dữ liệu mẫu.');
  });

  it('answers bad arguments with one Vietnamese line and a non-zero exit', async () => {
    expect(await cli('units')).toMatchObject({ code: 1, stderr: 'Lỗi: Thiếu tham số --db.' });
    const unknown = await cli('units', '--db', 'x.sqlite', '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^Lỗi: tham số không hợp lệ/);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('units', '--db', join(tempDir(), 'absent.sqlite'))).stderr).toMatch(/^Lỗi: Không tìm thấy tệp/);
  });

  it('the real npm run cli process exits non-zero on a random-bytes --db and leaves the file unchanged', async () => {
    const db = join(tempDir(), 'random.sqlite');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    writeFileSync(db, bytes);
    for (const command of ['units', 'check', 'init']) {
      const run = promisify(execFile)(join('node_modules', '.bin', 'tsx'), [
        'electron/cli/main.ts',
        command,
        '--db',
        db,
      ]);
      const failure = await run.then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim().split('\n')).toEqual([
        `Lỗi: Tệp "${db}" không phải là cơ sở dữ liệu của Thi Đua Desk (không đọc được định dạng SQLite).`,
      ]);
    }
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });
});
