import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { indicatorNamed, openCommuneCore } from '../support/two-councils';
import { collectPageErrors, launchChromium, startAppHarness, viewportScreenshot } from './support/browser';

const rice = 'Sản lượng lúa';

async function openPackages(page: Page, harness: Harness): Promise<void> {
  await page.goto(`${harness.url}#/goi-bao-cao`);
  await page.getByRole('heading', { name: 'Gói báo cáo giữa hai cấp' }).waitFor();
  const year = page.getByLabel('Năm', { exact: true });
  await year.fill('2023');
  await year.press('Tab');
  await page.getByLabel('Quý', { exact: true }).click();
  await page.getByTitle('Quý II', { exact: true }).click();
}

/**
 * Two councils, two databases: Xã Long Hưng (its hamlets, the district's plan imported) sends its quarter II to the
 * demo district, which imports it through Nhập từ gói. Screens at 1366×768 for the user guide.
 */
describe('a commune sends Q2 as a package, the upper council imports it through Nhập từ gói', () => {
  let browser: Browser;
  let province: Harness;
  let commune: Harness;

  beforeAll(async () => {
    browser = await launchChromium();
    province = await startAppHarness(join(tempDir(), 'tinh.sqlite'), { demo: true });
    const planId = (await invoke(province.ctx, 'plans:list', {}))[0]!.id;
    const communeFile = join(tempDir(), 'xa.sqlite');
    const setup = await openCommuneCore(province.ctx, planId, {
      issuer: 'xã Long Hưng',
      villages: ['Ấp Một', 'Ấp Hai'],
      file: communeFile,
    });
    const [ap1, ap2] = setup.repos.units.all();
    const riceId = indicatorNamed(setup, rice).id;
    await invoke(setup, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [
        { indicatorId: riceId, unitId: ap1!.id, value: 1200, status: 'chinh_thuc' },
        { indicatorId: riceId, unitId: ap2!.id, value: 800, status: 'chinh_thuc' },
      ],
    });
    setup.db.close();
    commune = await startAppHarness(communeFile);
  });
  afterAll(async () => {
    await commune?.close();
    await province?.close();
    await browser?.close();
  });

  it('exports on the commune, previews and applies on the province, refuses tampered, unknown and locked', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);

    // The commune: its code in the district's list, the links proposed by name, then the package.
    await openPackages(page, commune);
    await page.getByRole('tab', { name: 'Gửi báo cáo lên cấp trên' }).click();
    await page.getByLabel('Mã của đơn vị mình trong danh sách của cấp trên').fill('XA-LH');
    await page.getByLabel('Gửi đến (Hội đồng cấp trên)').fill('Hội đồng Thi đua – Khen thưởng huyện Mỹ Tú');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.getByLabel('Kế hoạch của cấp trên').click();
    await page.getByTitle(/05\/KH-UBND/).click();
    await page.getByRole('cell', { name: rice, exact: true }).waitFor();
    await viewportScreenshot(page, 'goi-bao-cao-gui');
    await page.getByRole('button', { name: 'Xác nhận gắn chỉ tiêu' }).click();
    await page.getByText(/Đã gắn \d+ chỉ tiêu\./).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gửi báo cáo lên cấp trên' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('goi-bao-cao-2023-Q2-xa-lh.tdd');
    const packagePath = join(tempDir(), file.suggestedFilename());
    await file.saveAs(packagePath);

    // The district: preview, then apply.
    await openPackages(page, province);
    await page.locator('input[type=file]').setInputFiles(packagePath);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText(/goi-bao-cao-2023-Q2-xa-lh\.tdd: Xã Long Hưng, Quý II\/2023 – Gói mới/).waitFor();
    // The district had the commune's estimate typed in; the package brings the official 1.200 + 800.
    const riceRow = page.getByRole('row').filter({ hasText: rice });
    await expect.poll(() => riceRow.innerText()).toContain('2.000 (chính thức)');
    await viewportScreenshot(page, 'goi-bao-cao-nhap-xem-truoc');
    await page.getByRole('button', { name: 'Nhập số liệu' }).click();
    await page.getByText(/Đã nhập \d+ số liệu mới, cập nhật \d+\./).waitFor();
    const boardRow = page.getByRole('row').filter({ hasText: 'Xã Long Hưng' });
    await expect.poll(() => boardRow.innerText()).toContain('Gửi muộn');
    await viewportScreenshot(page, 'goi-bao-cao-tinh-hinh-gui');

    // Its figures, with their origin: the entry grid shows the value, the Nhật ký names the package.
    await page.goto(`${province.url}#/nhap-so-lieu/2023-Q2`);
    const cell = page.getByRole('gridcell', { name: `Xã Long Hưng – ${rice}`, exact: true });
    await expect.poll(() => cell.locator('.fg-cell__value').innerText()).toBe('2.000');
    await cell.click();
    await page.keyboard.press('Alt+ArrowDown');
    const history = page.getByRole('list', { name: 'Lịch sử sửa số liệu' });
    await expect.poll(() => history.innerText()).toContain('Nhập từ gói "goi-bao-cao-2023-Q2-xa-lh.tdd"');
    await viewportScreenshot(page, 'goi-bao-cao-nguon-so-lieu');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page
      .getByText(/Nhập từ gói "goi-bao-cao-2023-Q2-xa-lh\.tdd" của Xã Long Hưng, Quý II\/2023/)
      .first()
      .waitFor();

    // Refusals: a package edited after export, one from a code the district does not have, one for a locked quarter.
    const zip = await JSZip.loadAsync(readFileSync(packagePath));
    const data = await zip.file('noi-dung.json')!.async('string');
    zip.file('noi-dung.json', data.replace('"value": 2000', '"value": 2500'));
    const tamperedPath = join(tempDir(), 'goi-da-sua.tdd');
    writeFileSync(tamperedPath, await zip.generateAsync({ type: 'nodebuffer' }));
    await invoke(commune.ctx, 'packages:saveSettings', {
      senderCode: 'XA-KHAC',
      upperCouncilName: 'Hội đồng Thi đua – Khen thưởng huyện Mỹ Tú',
      calendar: { window: 'nd09', dueDays: 2 },
    });
    const strangerPath = join(tempDir(), 'goi-la.tdd');
    const stranger = await invoke(commune.ctx, 'packages:export', { year: 2023, quarter: 2 });
    writeFileSync(strangerPath, Buffer.from(stranger.file.contentBase64, 'base64'));
    await invoke(commune.ctx, 'packages:saveSettings', {
      senderCode: 'XA-LH',
      upperCouncilName: 'Hội đồng Thi đua – Khen thưởng huyện Mỹ Tú',
      calendar: { window: 'nd09', dueDays: 2 },
    });
    const [, ap2] = commune.ctx.repos.units.all();
    await invoke(commune.ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [
        { indicatorId: indicatorNamed(commune.ctx, rice).id, unitId: ap2!.id, value: 900, status: 'chinh_thuc' },
      ],
    });
    const resent = await invoke(commune.ctx, 'packages:export', { year: 2023, quarter: 2 });
    const lockedPath = join(tempDir(), 'goi-quy-da-chot.tdd');
    writeFileSync(lockedPath, Buffer.from(resent.file.contentBase64, 'base64'));
    const lh = province.ctx.repos.units.byCode('XA-LH')!.id;
    await invoke(province.ctx, 'locks:lock', { year: 2023, quarter: 2, unitIds: [lh] });
    const before = await invoke(province.ctx, 'figures:list', { year: 2023, quarter: 2 });

    await openPackages(page, province);
    await page.locator('input[type=file]').setInputFiles([tamperedPath, strangerPath, lockedPath]);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText(/đã bị sửa sau khi xuất: mã kiểm tra SHA-256 không khớp/).waitFor();
    await page.getByText(/mã XA-KHAC\) gửi, nhưng mã này không có trong danh sách đơn vị/).waitFor();
    await page.getByText('Xã Long Hưng: số liệu Quý II/2023 đã chốt; gói không được nhập.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Nhập số liệu' }).isDisabled()).toBe(true);
    await viewportScreenshot(page, 'goi-bao-cao-tu-choi');
    expect(await invoke(province.ctx, 'figures:list', { year: 2023, quarter: 2 })).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
