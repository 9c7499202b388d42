import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';
import { collectPageErrors, launchChromium, screenshot, startAppHarness, viewportScreenshot } from './support/browser';

const myTu2023 = readFileSync('tests/fixtures/plans/seed-000-my-tu-2023.txt', 'utf8');

/** Picks an option in the antd select that owns this control (only the open dropdown is visible). */
async function choose(page: Page, control: ReturnType<Page['getByLabel']>, option: string): Promise<void> {
  await control.click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}

/** The plan as the Word file the council office receives: one paragraph per line of the text. */
async function planDocx(text: string): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A row of the plan page's targets table, found by the indicator's name. */
const targetRow = (page: Page, name: string) =>
  page.locator('tr').filter({ has: page.getByText(name, { exact: true }) });

describe('Kế hoạch & chỉ tiêu in Chromium through the loopback harness', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports the Mỹ Tú 2023 plan into an empty database, with one target corrected, and keeps it', async () => {
    const harness: Harness = await startAppHarness(join(tempDir(), 'plans-e2e.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Bắt đầu trống' }).click();
      await page.getByRole('heading', { name: 'Cài đặt' }).waitFor();

      await page.getByRole('link', { name: 'Kế hoạch & chỉ tiêu' }).click();
      await page.getByRole('heading', { name: 'Kế hoạch & chỉ tiêu' }).waitFor();
      await page.getByText('Chưa có kế hoạch nào.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();

      // A file that only pretends to be Word is refused with the core's one-line reason, and nothing is saved.
      await page.getByLabel('Chọn tệp kế hoạch').setInputFiles({
        name: 'ke-hoach.docx',
        mimeType: docxType,
        buffer: Buffer.from('không phải tệp Word'),
      });
      await page.getByText('Tệp "ke-hoach.docx" không phải là tệp Word (.docx) hợp lệ.').waitFor();
      expect(harness.ctx.repos.plans.all()).toEqual([]);

      await page.getByLabel('Nội dung kế hoạch').fill(myTu2023);
      await viewportScreenshot(page, 'ke-hoach-nhap');
      await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
      await page.getByRole('heading', { name: 'Kiểm tra kế hoạch trước khi lưu' }).waitFor();
      await page.getByText('2 chỉ tiêu đọc chưa chắc chắn (tô màu vàng)', { exact: false }).waitFor();
      // The movements the plan names can join the movement list; its award conditions are listed for reference.
      const findings = page.getByText('Phong trào thi đua nêu trong kế hoạch', { exact: true });
      await findings.evaluate((title) => title.scrollIntoView({ block: 'start' }));
      await page
        .getByRole('button', { name: 'Thêm vào danh sách: Vì người nghèo - Không để ai bị bỏ lại phía sau' })
        .waitFor();
      await viewportScreenshot(page, 'ke-hoach-review-phong-trao');
      // The rows the reader is unsure of come first; the filter shows only them, each with how it was read.
      const industryRow = page.locator('tr[data-review-state="ambiguous"]').first();
      await page.getByText('Chỉ các dòng cần kiểm tra (2)').click();
      await expect.poll(() => page.locator('tbody tr[data-review-state]').count()).toBe(2);
      await expect.poll(() => industryRow.innerText()).toContain('Cách đọc: mục “Chỉ tiêu thi đua”');
      await page
        .locator('.ant-card-head-title', { hasText: /^Chỉ tiêu thi đua \(/ })
        .evaluate((title) => title.scrollIntoView({ block: 'start' }));
      await viewportScreenshot(page, 'ke-hoach-review-can-kiem-tra');
      await page.getByText('Chỉ các dòng cần kiểm tra (2)').click();
      await expect.poll(() => page.locator('tbody tr[data-review-state]').count()).toBe(17);
      await expect
        .poll(() => industryRow.innerText())
        .toContain('Đơn vị “đồng” không hợp với giá trị 789,53: có thể thiếu “triệu” hoặc “tỷ”.');

      // The header: the text leaves the number and date blank; the secretary fills them in.
      await page.getByLabel('Số, ký hiệu').fill('05/KH-UBND');
      await page.getByLabel('Ngày ban hành').fill('30/01/2023');
      await page.getByLabel('Ngày ban hành').press('Enter');
      await page.getByLabel('Địa danh').fill('Mỹ Tú');
      // The correction: the industry value is in tỷ đồng and is only known for the whole district.
      await page.getByLabel('Đơn vị tính (chỉ tiêu 1)').fill('tỷ đồng');
      await page.getByLabel('Chỉ toàn địa bàn (chỉ tiêu 1)').check();
      await expect.poll(() => industryRow.innerText()).toContain('từ 789,53 tỷ đồng trở lên');
      await industryRow.evaluate((row) => row.scrollIntoView({ block: 'center' }));
      await page.mouse.move(0, 0);
      await viewportScreenshot(page, 'ke-hoach-review-chi-tieu');
      await page.getByLabel('Đã kiểm tra (chỉ tiêu 1)').check();
      await page.getByText('1 chỉ tiêu đọc chưa chắc chắn (tô màu vàng)', { exact: false }).waitFor();
      await screenshot(page, 'ke-hoach-review');

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.waitForURL(/#\/ke-hoach\/\d+$/);
      const planId = Number(new URL(page.url()).hash.split('/').at(-1));

      await page.reload();
      await page.getByRole('heading', { name: 'Phát động phong trào thi đua năm 2023' }).waitFor();
      const industry = targetRow(page, 'Giá trị sản xuất công nghiệp');
      await expect.poll(() => industry.innerText()).toContain('từ 789,53 tỷ đồng trở lên');
      await expect.poll(() => industry.innerText()).toContain('Chỉ toàn địa bàn');
      await expect.poll(() => targetRow(page, 'Sản lượng lúa').innerText()).toContain('từ 320.080 tấn trở lên');
      await expect.poll(() => page.locator('body').innerText()).toContain('Số 05/KH-UBND · ngày 30/01/2023 · năm 2023');
      await screenshot(page, 'ke-hoach-chi-tiet');

      // What the page shows is what the database holds.
      const { repos } = harness.ctx;
      const plan = repos.plans.byId(planId)!;
      expect([plan.number, plan.issuedOn, plan.place, plan.status, plan.year]).toEqual([
        '05/KH-UBND',
        '2023-01-30',
        'Mỹ Tú',
        'nhap',
        2023,
      ]);
      expect(plan.sourceText).toBe(myTu2023);
      const targets = repos.targets.byPlan(planId);
      expect(targets).toHaveLength(17);
      const stored = repos.indicators.all().find((i) => i.name === 'Giá trị sản xuất công nghiệp')!;
      expect([stored.measureUnit, stored.kind, stored.areaOnly, stored.decimals]).toEqual(['tỷ đồng', 'flow', true, 2]);
      expect(targets.find((t) => t.indicatorId === stored.id)).toMatchObject({
        comparator: 'gte',
        value: 789.53,
        unitId: null,
        sourceText: 'Giá trị sản xuất công nghiệp 789,53 đồng (giá so sánh 2010)',
      });
      const malnutrition = repos.indicators.all().find((i) => i.name === 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng')!;
      expect(targets.find((t) => t.indicatorId === malnutrition.id)).toMatchObject({ comparator: 'lte', value: 9.4 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });

  it('on the demo district: allocates rice, phases it, adds a task and a movement, re-issues the plan', async () => {
    const harness: Harness = await startAppHarness(join(tempDir(), 'plans-demo-e2e.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).click();
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBeGreaterThan(0);
      await page.goto(`${harness.url}#/ke-hoach`);
      await page.getByRole('link', { name: 'Phát động phong trào thi đua năm 2023' }).waitFor();
      await screenshot(page, 'ke-hoach-danh-sach');

      await page.getByRole('tab', { name: 'Phong trào thi đua' }).click();
      await page.getByRole('button', { name: 'Thêm phong trào' }).click();
      const movementDialog = page.getByRole('dialog');
      await movementDialog.getByLabel('Tên phong trào').fill('Chung tay xây dựng đô thị văn minh');
      await movementDialog.getByLabel('Năm bắt đầu').fill('2023');
      await movementDialog.getByLabel('Năm kết thúc').fill('2025');
      await movementDialog.getByLabel('Phát động bởi').fill('UBND huyện Mỹ Tú');
      await movementDialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('cell', { name: 'Chung tay xây dựng đô thị văn minh', exact: true }).waitFor();
      await screenshot(page, 'ke-hoach-phong-trao');

      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      await page.getByRole('link', { name: 'Phát động phong trào thi đua năm 2023' }).click();
      await page.getByRole('heading', { name: 'Kinh tế' }).waitFor();
      const planId = Number(new URL(page.url()).hash.split('/').at(-1));

      // Giao chỉ tiêu: the demo gives rice to nine communes; moving 803 t from one commune to another keeps the sum.
      await page.getByRole('button', { name: 'Giao đơn vị: Sản lượng lúa' }).click();
      const allocation = page.getByRole('dialog');
      await allocation.getByText('Khớp với chỉ tiêu toàn địa bàn').waitFor();
      await allocation.getByLabel('Giá trị giao cho Thị trấn Huỳnh Hữu Nghĩa').fill('12.000');
      await allocation.getByText('Tổng giao còn thiếu 803 tấn so với chỉ tiêu toàn địa bàn').waitFor();
      await allocation.getByLabel('Giá trị giao cho Xã Long Hưng').fill('45.614');
      await allocation.getByText('Khớp với chỉ tiêu toàn địa bàn').waitFor();
      await allocation.getByLabel('Lý do').fill('Điều chỉnh theo diện tích gieo sạ thực tế');
      await viewportScreenshot(page, 'ke-hoach-giao-don-vi');
      await allocation.getByRole('button', { name: 'Lưu' }).click();
      await allocation.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: 'Tiến độ: Sản lượng lúa' }).click();
      const phasing = page.getByRole('dialog');
      await phasing.getByText('Theo mốc quý tự nhập').click();
      await phasing.getByLabel('Lũy kế đến hết quý I (%)').fill('12,5');
      await phasing.getByLabel('Lũy kế đến hết quý II (%)').fill('55');
      await phasing.getByLabel('Lũy kế đến hết quý III (%)').fill('85');
      await viewportScreenshot(page, 'ke-hoach-tien-do');
      await phasing.getByRole('button', { name: 'Lưu' }).click();
      await phasing.waitFor({ state: 'hidden' });
      await expect
        .poll(() => targetRow(page, 'Sản lượng lúa').innerText())
        .toContain('Theo mốc: 12,5% · 55% · 85% · 100%');

      await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      const taskDialog = page.getByRole('dialog');
      await choose(page, taskDialog.getByLabel('Đơn vị thực hiện'), 'Xã Long Hưng');
      await taskDialog.getByLabel('Nội dung nhiệm vụ').fill('Hoàn thành nạo vét kênh thủy lợi nội đồng');
      await taskDialog.getByLabel('Hạn hoàn thành').fill('30/06/2023');
      await taskDialog.getByLabel('Hạn hoàn thành').press('Enter');
      await choose(page, taskDialog.getByLabel('Trạng thái'), 'Hoàn thành');
      await taskDialog.getByLabel('Ngày hoàn thành').fill('20/06/2023');
      await taskDialog.getByLabel('Ngày hoàn thành').press('Enter');
      await taskDialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Hoàn thành đúng hạn: 1/1 nhiệm vụ').waitFor();
      await page.getByText('Đã lưu nhiệm vụ.').waitFor({ state: 'hidden' });
      await page
        .getByText('Nhiệm vụ trọng tâm', { exact: true })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await viewportScreenshot(page, 'ke-hoach-nhiem-vu');

      // The demo plan is issued: back to draft for a correction, then issued again.
      await page.getByRole('switch', { name: 'Đã ban hành' }).click();
      await page.getByText('Đã chuyển kế hoạch sang "Nháp".').waitFor();
      expect(harness.ctx.repos.plans.byId(planId)!.status).toBe('nhap');
      await page.getByRole('switch', { name: 'Đã ban hành' }).click();
      await page.getByText('Đã chuyển kế hoạch sang "Đã ban hành".').waitFor();

      const { repos } = harness.ctx;
      const rice = repos.indicators.all().find((i) => i.name === 'Sản lượng lúa')!;
      const riceTargets = repos.targets.byPlan(planId).filter((t) => t.indicatorId === rice.id);
      const area = riceTargets.find((t) => t.unitId === null)!;
      const units = repos.units.all();
      const unitId = (name: string) => units.find((u) => u.name === name)!.id;
      expect(area).toMatchObject({ value: 320080, phasingMode: 'explicit', milestones: [0.125, 0.55, 0.85, 1] });
      const allocations = riceTargets.filter((t) => t.unitId !== null);
      expect(allocations.reduce((sum, t) => sum + t.value!, 0)).toBe(320080);
      expect(allocations.find((t) => t.unitId === unitId('Xã Long Hưng'))!.value).toBe(45614);
      expect(allocations.every((t) => t.phasingMode === 'explicit')).toBe(true);
      expect(repos.tasks.byPlan(planId)).toMatchObject([
        { unitId: unitId('Xã Long Hưng'), deadline: '2023-06-30', completedOn: '2023-06-20', state: 'hoan_thanh' },
      ]);
      expect(repos.plans.byId(planId)!.status).toBe('ban_hanh');
      expect(repos.movements.all().map((m) => m.name)).toContain('Chung tay xây dựng đô thị văn minh');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });

  it('reads the plan from a .docx and replaces the demo plan of the same number and date only once confirmed', async () => {
    const harness: Harness = await startAppHarness(join(tempDir(), 'plans-replace-e2e.sqlite'));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const errors = collectPageErrors(page);
    try {
      await page.goto(harness.url);
      await page.getByRole('button', { name: 'Dữ liệu mẫu: huyện Mỹ Tú năm 2023' }).click();
      await expect.poll(() => page.getByText('Dữ liệu mẫu', { exact: true }).count()).toBeGreaterThan(0);
      const [demoPlan] = harness.ctx.repos.plans.all();

      await page.goto(`${harness.url}#/ke-hoach/nhap`);
      await page.getByLabel('Chọn tệp kế hoạch').setInputFiles({
        name: 'KH thi dua 2023.docx',
        mimeType: docxType,
        buffer: await planDocx(myTu2023),
      });
      await page.getByRole('heading', { name: 'Kiểm tra kế hoạch trước khi lưu' }).waitFor();
      await page.getByText('Chỉ tiêu thi đua (17)').waitFor();
      // Last year's catalogue (the demo's) is matched by name and unit; rice is the fourth row, after the two rows to
      // check and the plan's first target.
      await expect
        .poll(() =>
          page
            .getByLabel('Chỉ số (chỉ tiêu 4)')
            .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')
            .innerText(),
        )
        .toBe('Sản lượng lúa (tấn)');
      await page.getByLabel('Số, ký hiệu').fill('05/KH-UBND');
      await page.getByLabel('Ngày ban hành').fill('30/01/2023');
      await page.getByLabel('Ngày ban hành').press('Enter');

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      // Only the open confirmation (a closed one may linger hidden while it fades out).
      const question = page.locator('.ant-modal-confirm:visible');
      await expect
        .poll(() => question.locator('.ant-modal-confirm-title').innerText())
        .toBe('Kế hoạch số 05/KH-UBND ngày 30/01/2023 đã có. Thay thế?');
      await question.getByRole('button', { name: 'Không thay thế', exact: true }).click();
      await question.waitFor({ state: 'hidden' });
      expect(harness.ctx.repos.plans.all().map((p) => p.id)).toEqual([demoPlan!.id]);
      expect(page.url()).toContain('#/ke-hoach/nhap');

      await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await question.getByRole('button', { name: 'Thay thế', exact: true }).click();
      await page.waitForURL(/#\/ke-hoach\/\d+$/);
      const plans = harness.ctx.repos.plans.all();
      expect(plans).toHaveLength(1);
      // The issued demo plan is gone; in its place the draft just read from Word (SQLite may reuse the id).
      expect(plans[0]).toMatchObject({ number: '05/KH-UBND', issuedOn: '2023-01-30', status: 'nhap', demo: false });
      expect(harness.ctx.repos.plans.byId(plans[0]!.id)!.sourceText).toContain('Sản lượng lúa đạt 320.080 tấn');
      // The new plan has its 17 whole-area targets and none of the old plan's allocations.
      expect(harness.ctx.repos.targets.byPlan(plans[0]!.id).map((t) => t.unitId)).toEqual(Array(17).fill(null));
      await page.getByRole('heading', { name: 'Phát động phong trào thi đua năm 2023' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await harness.close();
    }
  });
});
