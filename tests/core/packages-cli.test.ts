import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { openCore } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { openDemoCore } from '../support/demo-core';
import { tempDir } from '../support/temp-core';
import { confirmProposedLinks, indicatorNamed, openCommuneCore } from '../support/two-councils';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('package export | import on the command line', () => {
  it('exports a commune quarter and imports it at the upper level with the same core, dry run first', async () => {
    const province = await openDemoCore();
    const planId = (await invoke(province, 'plans:list', {}))[0]!.id;
    const commune = await openCommuneCore(province, planId, { issuer: 'xã Hưng Phú', villages: ['Ấp A'] });
    await confirmProposedLinks(commune, 'XA-HP');
    const [hamlet] = commune.repos.units.all();
    await invoke(commune, 'figures:save', {
      year: 2023,
      quarter: 3,
      entries: [{ indicatorId: indicatorNamed(commune, 'Sản lượng lúa').id, unitId: hamlet!.id, value: 4321 }],
    });
    const provinceDb = province.databasePath;
    const communeDb = commune.databasePath;
    province.db.close();
    commune.db.close();
    const out = join(tempDir(), 'hung-phu.tdd');

    const exported = await cli('package', 'export', '--db', communeDb, '--period', '2023-Q3', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain(`Đã lưu gói "${out}" (1 số liệu).`);
    expect(existsSync(out)).toBe(true);

    const dry = await cli('package', 'import', '--db', provinceDb, '--dry-run', out);
    expect(dry.out).toContain('✓ hung-phu.tdd: Xã Hưng Phú, Quý III/2023');
    expect(dry.out).toContain('    Sản lượng lúa: (trống) → 4.321 (ước)');
    expect(dry.out).toContain('Chỉ xem trước (--dry-run): chưa ghi gì.');

    const applied = await cli('package', 'import', '--db', provinceDb, '--json', out);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.out).applied).toMatchObject({ inserted: 1, updated: 0 });
    const again = await cli('package', 'import', '--db', provinceDb, out);
    expect(again.out).toContain('Đã nhập: 0 thêm mới, 0 cập nhật, 1 không đổi.');

    const check = await openCore(provinceDb, { actor: 'kiem-thu' });
    const hp = check.repos.units.byCode('XA-HP')!.id;
    expect(check.repos.figures.one(indicatorNamed(check, 'Sản lượng lúa').id, hp, 2023, 3)?.value).toBe(4321);
    check.db.close();
  });

  it('exits 1 and names the refused package', async () => {
    const province = await openDemoCore();
    const path = join(tempDir(), 'hong.tdd');
    (await import('node:fs')).writeFileSync(path, 'không phải zip');
    province.db.close();
    const result = await cli('package', 'import', '--db', province.databasePath, path);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Từ chối: Tệp "hong.tdd" không phải là gói báo cáo của Thi Đua Desk (.tdd).');
    expect(result.err).toMatch(/^Lỗi: Không có gói nào nhập được: Tệp "hong\.tdd" không phải/);
  });
});
