import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness } from './support/browser';

describe('Cụm, khối thi đua: editing clusters, tables and the nomination in Chromium', () => {
  let browser: Browser;
  let harness: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('copies 2023 to 2024, creates a cluster with a new table, and prints the nomination in the minutes', async () => {
    harness = await startAppHarness(join(tempDir(), 'e2e.sqlite'), {
      now: new Date('2024-12-20T02:00:00.000Z'),
      demo: true,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(`${harness.url}#/cum-khoi`);
      await page.getByRole('heading', { name: 'Cụm, khối thi đua' }).waitFor();
      await page.getByText('Cụm thi đua số 1').first().waitFor();

      // 2024 has no clusters yet: copy last year's.
      await page.getByLabel('Năm', { exact: true }).fill('2024');
      await page.getByRole('button', { name: 'Sao chép cụm, khối từ năm 2023' }).click();
      await page.getByText('Đã sao chép 3 cụm, khối.').waitFor();
      expect((await invoke(harness.ctx, 'clusters:list', { year: 2024 })).clusters).toHaveLength(3);

      // A new cụm for a department (it is in a khối, not yet in a cụm).
      await page.getByRole('button', { name: 'Thêm cụm, khối' }).click();
      const dialog = page.locator('.ant-modal');
      await dialog.getByLabel('Tên cụm, khối').fill('Cụm thi đua số 3');
      await dialog.getByLabel('Đơn vị thành viên').click();
      await dialog.getByLabel('Đơn vị thành viên').pressSequentially('Văn hóa');
      await page.locator('.ant-select-dropdown').getByText('Phòng Văn hóa và Thông tin', { exact: true }).click();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu "Cụm thi đua số 3".').waitFor();

      // Its table starts empty: two groups, a child, and the live scale.
      await page.getByRole('button', { name: 'Bảng tiêu chí Cụm thi đua số 3' }).click();
      await page.getByText('Bảng chưa có tiêu chí', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
      await page.getByLabel('Tiêu chí dòng 1').fill('Thực hiện nhiệm vụ chuyên môn');
      await page.getByLabel('Điểm tối đa dòng 1').fill('950');
      await page.getByRole('button', { name: 'Thêm tiêu chí con của I' }).click();
      await page.getByLabel('Tiêu chí dòng 2').fill('Hoàn thành kế hoạch công tác năm');
      await page.getByRole('button', { name: 'Thêm nhóm điểm thưởng' }).click();
      await page.getByLabel('Tiêu chí dòng 3').fill('Điểm thưởng');
      await page.getByLabel('Điểm tối đa dòng 3').fill('50');
      await page.getByRole('button', { name: 'Thêm tiêu chí con của II' }).click();
      await page.getByLabel('Tiêu chí dòng 4').fill('Mô hình mới được cấp tỉnh công nhận');
      await expect
        .poll(() => page.getByTestId('criteria-scale').innerText())
        .toBe('Thang điểm 1.000 = 950 điểm nội dung + 50 điểm thưởng; trừ tối đa 0 điểm');
      await page.mouse.move(0, 0);
      await screenshot(page, 'cum-khoi-tieu-chi');
      await page.getByRole('button', { name: 'Lưu bảng tiêu chí' }).click();
      await page.getByText('Đã lưu bảng tiêu chí (4 dòng).').waitFor();
      const created = (await invoke(harness.ctx, 'clusters:list', { year: 2024 })).clusters.find(
        (c) => c.name === 'Cụm thi đua số 3',
      )!;
      const table = await invoke(harness.ctx, 'clusters:criteria', { clusterId: created.id });
      expect(table.rows.map((r) => [r.code, r.level, r.maxPoints])).toEqual([
        ['I', 1, 950],
        ['1', 2, 950],
        ['II', 1, 50],
        ['2', 2, 50],
      ]);
      expect(table.maxima.total).toBe(1000);
      await page.getByRole('button', { name: 'Đóng' }).click();

      // The 2024 year-end round of Cụm 1: the nomination and the meeting, then the minutes.
      const cum1 = page.locator('.ant-card').filter({ hasText: 'Cụm thi đua số 1' }).first();
      await cum1.getByRole('button', { name: 'Chấm điểm' }).click();
      await page.getByText('Suy tôn và biên bản họp').waitFor();
      await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
      const round = (await invoke(harness.ctx, 'clusters:list', { year: 2024 })).clusters.find(
        (c) => c.name === 'Cụm thi đua số 1',
      )!.rounds[0]!;
      const view = await invoke(harness.ctx, 'scores:round', { roundId: round.id });
      const nominee = view.units[0]!.name;
      await page.getByLabel('Số phiếu 1').fill('4');
      await page.getByLabel('Số đại biểu bỏ phiếu').fill('5');
      await page.getByLabel('Chủ trì').fill('Ông Nguyễn Văn An');
      await page.getByLabel('Địa điểm').fill('Hội trường UBND xã Long Hưng');
      await page.getByRole('button', { name: 'Lưu suy tôn và biên bản' }).click();
      await page.getByText('Đã lưu kết quả suy tôn và biên bản.').waitFor();
      await expect.poll(() => page.getByRole('table').first().innerText()).toContain('Cờ thi đua (4 phiếu)');

      const { html } = await invoke(harness.ctx, 'scores:html', { roundId: round.id, document: 'bien_ban' });
      expect(html).toContain(`Đề nghị tặng Cờ thi đua: ${nominee} (4/5 phiếu, đạt 80%).`);
      expect(html).toContain('Ông Nguyễn Văn An');
      expect(html).toContain('Hội trường UBND xã Long Hưng');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  }, 120_000);
});
