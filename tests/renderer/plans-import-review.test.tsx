import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import myTu2023 from '../fixtures/plans/seed-000-my-tu-2023.txt?raw';
import daiLanh2023 from '../fixtures/plans/seed-001.txt?raw';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { createQueryClient } from '@renderer/app/query-client';
import { appTheme } from '@renderer/app/theme';
import { PlansSection } from '@renderer/pages/plans/PlansSection';
import type { PlanImportProposal } from '@shared/contract/plans';
import type { Indicator } from '@shared/domain/indicator';
import { suggestIndicator } from '@shared/domain/indicator-suggestion';
import type { Movement, Plan } from '@shared/domain/plan';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { planMessages } from '@shared/i18n/vi-errors';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import { pickOption } from './support/antd-input';
import { createFakeApi, type FakeApi } from './support/fake-api';
import { myTuUnits } from './support/my-tu-units';

/** Last year's catalogue holds rice, so the importer matches it and proposes the rest as new indicators. */
const rice: Indicator = {
  id: 2,
  name: 'Sản lượng lúa',
  group: 'kinh_te',
  measureUnit: 'tấn',
  kind: 'flow',
  areaOnly: false,
  numeratorLabel: null,
  denominatorLabel: null,
  rateScale: 100,
  direction: 'higher',
  decimals: 0,
  demo: false,
};

/** What the core's `plans:parseText` answers: the shared parser's reading, matched to the catalogue by name and unit. */
function proposalFor(text: string, catalogue: readonly Indicator[]): PlanImportProposal {
  const parsed = parsePlanText(text);
  const key = (name: string, unit: string | null) => `${foldVietnamese(name).trim()}|${unit ?? ''}`;
  const byKey = new Map(catalogue.map((i) => [key(i.name, i.measureUnit), i.id]));
  return {
    parsed,
    sourceText: text,
    existingPlanId: null,
    targets: parsed.targets.map((target) => {
      const suggestion = suggestIndicator(target);
      return {
        ...target,
        matchedIndicatorId: byKey.get(key(suggestion.name, suggestion.measureUnit)) ?? null,
        baselineLink: null,
        suggestedIndicator: { ...suggestion, numeratorLabel: null, denominatorLabel: null },
      };
    }),
  };
}

function renderImport(): FakeApi {
  let saved: Plan | null = null;
  const movements: Movement[] = [];
  const fake = createFakeApi(
    { units: myTuUnits() },
    {
      'indicators:list': () => [rice],
      'movements:list': () => [...movements],
      'movements:save': (input) => {
        const movement: Movement = {
          id: movements.length + 1,
          name: input.name,
          kind: input.kind,
          startYear: input.startYear,
          endYear: input.endYear ?? null,
          launchedBy: input.launchedBy ?? null,
          description: input.description ?? null,
          demo: false,
        };
        movements.push(movement);
        return movement;
      },
      'plans:parseText': ({ text }) => proposalFor(text, [rice]),
      'plans:import': (input) => {
        const h = input.header;
        saved = {
          id: 42,
          number: h.number,
          issuedOn: h.issuedOn,
          place: h.place,
          issuer: h.issuer,
          title: h.title,
          theme: h.theme,
          year: h.year,
          phases: h.phases,
          legalBases: h.legalBases,
          signer: h.signer,
          status: 'nhap',
          movementIds: input.movementIds ?? [],
          demo: false,
        };
        return saved;
      },
      'plans:get': () => ({ plan: { ...saved!, sourceText: null }, targets: [], indicators: [], tasks: [] }),
    },
  );
  window.api = fake.api;
  window.history.replaceState(null, '', '#/ke-hoach/nhap');
  // The section inside the app's providers, without the shell: other sections being built alongside do not matter.
  render(
    <ConfigProvider locale={viVN} theme={appTheme}>
      <QueryClientProvider client={createQueryClient()}>
        <AntApp>
          <PlansSection />
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return fake;
}

async function readPlan(text: string): Promise<void> {
  fireEvent.change(await screen.findByLabelText('Nội dung kế hoạch'), { target: { value: text } });
  fireEvent.click(screen.getByText('Đọc kế hoạch'));
  await screen.findByText('Kiểm tra kế hoạch trước khi lưu');
  // The table appears once the catalogue it matches against has loaded.
  await screen.findByLabelText('Bỏ chỉ tiêu (chỉ tiêu 1)');
}

/** The review table's row of the target read from this phrase. */
function rowOf(phrase: string): HTMLElement {
  return screen.getByText(phrase).closest('tr')!;
}

/** A short ward plan with a number and a date, so the core can recognise it as already imported. */
const quyetThang2022 = [
  'Số: 21/KH-UBND',
  '',
  'Quyết Thắng, ngày 20 tháng 01 năm 2022',
  '',
  'KẾ HOẠCH',
  '',
  'Phát động phong trào thi đua trên địa bàn phường Quyết Thắng năm 2022',
  '',
  'II. NỘI DUNG',
  '',
  '1. Chỉ tiêu thi đua',
  '',
  '- Tổng giá trị sản xuất phấn đấu đạt 1.192 tỷ đồng.',
  '',
  '- Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%.',
  '',
  '- Không để phát sinh hộ nghèo, hộ cận nghèo mới.',
  '',
  'Nơi nhận:',
  '- Lưu: VT.',
  '',
  'CHỦ TỊCH',
  '',
  'Đèo Văn Phong',
].join('\n');

/** The confirm dialog's visible question (antd also keeps a hidden copy of the title for screen readers). */
function replaceQuestion(): Promise<HTMLElement> {
  return waitFor(() => {
    const title = document.querySelector<HTMLElement>('.ant-modal-confirm-title');
    if (!title) throw new Error('No replace question yet');
    return title;
  });
}

const industryPhrase = 'Giá trị sản xuất công nghiệp 789,53 đồng (giá so sánh 2010)';
// Role queries walk the accessibility tree of the whole 17-row table and take seconds each in jsdom; these do not.
const saveButton = () => screen.getByText('Lưu kế hoạch').closest('button')!;

// Seventeen rows of antd controls are slow to lay out in jsdom; the default 20 s is too tight on a busy machine.
describe('Nhập kế hoạch: the review screen', { timeout: 60_000 }, () => {
  it('shows each target beside its phrase and tints the ambiguous ones with the reason the parser gave', async () => {
    renderImport();
    await readPlan(myTu2023);

    const industry = rowOf(industryPhrase);
    expect(industry.getAttribute('data-review-state')).toBe('ambiguous');
    expect(
      within(industry).getByText('Đơn vị “đồng” không hợp với giá trị 789,53: có thể thiếu “triệu” hoặc “tỷ”.'),
    ).toBeTruthy();
    const malnutrition = rowOf('Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 9,4%');
    expect(malnutrition.getAttribute('data-review-state')).toBe('ambiguous');
    expect(within(malnutrition).getByText(/tạm hiểu là giảm xuống còn 9,4%/)).toBeTruthy();
    expect(screen.getByText(/^2 chỉ tiêu đọc chưa chắc chắn \(tô màu vàng\)/)).toBeTruthy();

    // A clear target is not tinted; it is matched to last year's indicator and read back in words.
    const riceRow = rowOf('Sản lượng lúa đạt 320.080 tấn');
    expect(riceRow.getAttribute('data-review-state')).toBe('ok');
    expect(within(riceRow).getByText('từ 320.080 tấn trở lên')).toBeTruthy();
    expect(within(riceRow).getByText('Sản lượng lúa (tấn)')).toBeTruthy();
    // Once looked at, an ambiguous row can be ticked: it is no longer tinted nor counted.
    fireEvent.click(screen.getByLabelText('Đã kiểm tra (chỉ tiêu 1)'));
    expect(rowOf(industryPhrase).getAttribute('data-review-state')).toBe('ok');
    expect(screen.getByText(/^1 chỉ tiêu đọc chưa chắc chắn/)).toBeTruthy();
    // The parsed header is there to edit.
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Phát động phong trào thi đua năm 2023');
    expect((screen.getByLabelText('Người ký') as HTMLInputElement).value).toBe('Nguyễn Việt Phú');
  });

  it('sends the corrected targets: the unit and kind of the industry value, a rice figure typed 330.000', async () => {
    const fake = renderImport();
    await readPlan(myTu2023);

    fireEvent.change(screen.getByLabelText('Đơn vị tính (chỉ tiêu 1)'), { target: { value: 'tỷ đồng' } });
    // "Chỉ toàn địa bàn" is where the figures are entered, beside the kind that says how they add up (issue 13).
    fireEvent.click(screen.getByLabelText('Chỉ toàn địa bàn (chỉ tiêu 1)'));
    const riceValue = screen.getByLabelText('Giá trị (chỉ tiêu 4)');
    fireEvent.change(riceValue, { target: { value: '330.000' } });
    fireEvent.blur(riceValue);
    expect(within(rowOf('Sản lượng lúa đạt 320.080 tấn')).getByText('từ 330.000 tấn trở lên')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Số, ký hiệu'), { target: { value: '05/KH-UBND' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(fake.callsTo('plans:import')).toHaveLength(1));
    const [sent] = fake.callsTo('plans:import');
    expect(sent!.replaceExisting).toBe(false);
    expect(sent!.header).toMatchObject({ number: '05/KH-UBND', year: 2023, signer: 'Nguyễn Việt Phú', issuedOn: null });
    expect(sent!.targets).toHaveLength(17);
    expect(sent!.targets[1]).toEqual({
      indicatorId: 2,
      comparator: 'gte',
      value: 330000,
      max: null,
      changeMode: null,
      baselineYear: null,
      baselineValue: null,
      sourceText: 'Sản lượng lúa đạt 320.080 tấn',
      phasingMode: 'seasonal',
      milestones: null,
      note: null,
    });
    expect(sent!.targets[8]).toEqual({
      newIndicator: {
        name: 'Giá trị sản xuất công nghiệp',
        group: 'kinh_te',
        measureUnit: 'tỷ đồng',
        kind: 'flow',
        areaOnly: true,
        numeratorLabel: null,
        denominatorLabel: null,
        rateScale: 100,
        direction: 'higher',
        decimals: 2,
      },
      comparator: 'gte',
      value: 789.53,
      max: null,
      changeMode: null,
      baselineYear: null,
      baselineValue: null,
      sourceText: industryPhrase,
      phasingMode: 'seasonal',
      milestones: null,
      note: 'Đơn vị “đồng” không hợp với giá trị 789,53: có thể thiếu “triệu” hoặc “tỷ”.',
    });
    await waitFor(() => expect(window.location.hash).toBe('#/ke-hoach/42'));
  });

  it('asks "Kế hoạch … đã có. Thay thế?" on PLAN_EXISTS and replaces only once confirmed', async () => {
    const fake = renderImport();
    await readPlan(quyetThang2022);
    // A fall of a rate in % is proposed in percentage points, with the parser's note beside it.
    expect(within(rowOf('Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%')).getByText('giảm 0,2 – 0,5 điểm %')).toBeTruthy();
    fake.failNext('plans:import', { code: 'PLAN_EXISTS', message: planMessages.exists('21/KH-UBND', '20/01/2022') });

    fireEvent.click(saveButton());

    const question = await replaceQuestion();
    expect(question.textContent).toBe('Kế hoạch số 21/KH-UBND ngày 20/01/2022 đã có. Thay thế?');
    expect(fake.callsTo('plans:import').map((call) => call.replaceExisting)).toEqual([false]);
    const dialog = question.closest('.ant-modal') as HTMLElement;
    fireEvent.click(within(dialog).getByText('Thay thế'));

    await waitFor(() =>
      expect(fake.callsTo('plans:import').map((call) => call.replaceExisting)).toEqual([false, true]),
    );
    const [first, second] = fake.callsTo('plans:import');
    expect(second).toEqual({ ...first, replaceExisting: true });
    await waitFor(() => expect(window.location.hash).toBe('#/ke-hoach/42'));
  });

  it('keeps the review open and sends nothing more when the secretary declines to replace', async () => {
    const fake = renderImport();
    await readPlan(quyetThang2022);
    fake.failNext('plans:import', { code: 'PLAN_EXISTS', message: planMessages.exists('21/KH-UBND', '20/01/2022') });

    fireEvent.click(saveButton());
    const question = await replaceQuestion();
    expect(question.textContent).toBe('Kế hoạch số 21/KH-UBND ngày 20/01/2022 đã có. Thay thế?');
    fireEvent.click(within(question.closest('.ant-modal') as HTMLElement).getByText('Không thay thế'));

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.callsTo('plans:import')).toHaveLength(1);
    expect(window.location.hash).toBe('#/ke-hoach/nhap');
    expect(screen.getByText('Kiểm tra kế hoạch trước khi lưu')).toBeTruthy();
  });

  it('blocks saving while a row fails validateTargetDraft or holds an unreadable number', async () => {
    const fake = renderImport();
    await readPlan(myTu2023);
    const communes = () => rowOf('Phấn đấu có 07 xã đạt chuẩn');

    await pickOption(screen.getByLabelText('Dạng chỉ tiêu (chỉ tiêu 11)'), 'Trong khoảng từ … đến …');

    expect(communes().getAttribute('data-review-state')).toBe('invalid');
    expect(within(communes()).getByText('Chỉ tiêu dạng khoảng cần cả giá trị "từ" và "đến".')).toBeTruthy();
    expect(screen.getByText('Chưa lưu được: còn chỉ tiêu chưa hợp lệ (chỉ tiêu 11).')).toBeTruthy();
    expect(saveButton()).toHaveProperty('disabled', true);
    fireEvent.click(saveButton());

    fireEvent.change(screen.getByLabelText('Đến (chỉ tiêu 11)'), { target: { value: '8,5.0' } });
    expect(within(communes()).getByText('Không đọc được số "8,5.0": viết kiểu Việt Nam, ví dụ 1.234,5.')).toBeTruthy();
    expect(saveButton()).toHaveProperty('disabled', true);

    fireEvent.change(screen.getByLabelText('Đến (chỉ tiêu 11)'), { target: { value: '8' } });
    expect(communes().getAttribute('data-review-state')).toBe('ok');
    expect(within(communes()).getByText('từ 7 đến 8 xã')).toBeTruthy();
    expect(saveButton()).toHaveProperty('disabled', false);
    expect(fake.callsTo('plans:import')).toEqual([]);
  });

  it('drops a removed row from what is saved', async () => {
    const fake = renderImport();
    await readPlan(myTu2023);

    fireEvent.click(screen.getByLabelText('Bỏ chỉ tiêu (chỉ tiêu 5)'));
    expect(screen.queryByText('Diện tích màu và cây công nghiệp ngắn ngày 6.250 ha')).toBeNull();
    fireEvent.click(saveButton());

    await waitFor(() => expect(fake.callsTo('plans:import')).toHaveLength(1));
    const sent = fake.callsTo('plans:import')[0]!;
    expect(sent.targets).toHaveLength(16);
    expect(sent.targets.map((t) => t.sourceText)).not.toContain('Diện tích màu và cây công nghiệp ngắn ngày 6.250 ha');
  });

  it("shows the core's one-line reason when a text or a file cannot be read, and saves nothing", async () => {
    const fake = renderImport();
    fake.failNext('plans:parseText', { code: 'PLAN_TEXT_INVALID', message: planMessages.emptyText });
    await screen.findByLabelText('Nội dung kế hoạch');
    fireEvent.change(screen.getByLabelText('Nội dung kế hoạch'), {
      target: { value: '   ' },
    });
    fireEvent.click(screen.getByText('Đọc kế hoạch'));
    expect(await screen.findByText(planMessages.emptyText)).toBeTruthy();

    fake.failNext('plans:parseFile', { code: 'FILE_INVALID', message: planMessages.notDocx('ke-hoach.docx') });
    const file = new File(['không phải Word'], 'ke-hoach.docx');
    fireEvent.change(screen.getByLabelText('Chọn tệp kế hoạch'), { target: { files: [file] } });

    expect(await screen.findByText('Tệp "ke-hoach.docx" không phải là tệp Word (.docx) hợp lệ.')).toBeTruthy();
    expect(fake.callsTo('plans:parseFile')).toEqual([
      {
        fileName: 'ke-hoach.docx',
        contentBase64: btoa(String.fromCharCode(...new TextEncoder().encode('không phải Word'))),
      },
    ]);
    expect(fake.callsTo('plans:import')).toEqual([]);
    expect(screen.queryByText('Kiểm tra kế hoạch trước khi lưu')).toBeNull();
  });
  it('puts the rows it is unsure of first, least sure first, and says beside every row how it was read', async () => {
    renderImport();
    await readPlan(myTu2023);

    const order = [...document.querySelectorAll('tbody tr[data-review-state]')].map((row) =>
      row.getAttribute('data-row-key'),
    );
    // The industry value (unit in doubt, read with less confidence) and the malnutrition rate (to or by?) lead.
    expect(within(rowOf(industryPhrase)).getByText(/^Cách đọc: mục “Chỉ tiêu thi đua” · tin cậy \d+%$/)).toBeTruthy();
    expect(order.slice(0, 2)).toEqual(['8', '13']);
    expect(screen.getByLabelText('Bỏ chỉ tiêu (chỉ tiêu 1)').closest('tr')).toBe(rowOf(industryPhrase));
    // After them, the plan's order: rice is the plan's second target, the fourth row.
    expect(screen.getByLabelText('Bỏ chỉ tiêu (chỉ tiêu 4)').closest('tr')).toBe(
      rowOf('Sản lượng lúa đạt 320.080 tấn'),
    );
    expect(
      within(rowOf('Sản lượng lúa đạt 320.080 tấn')).getByText(
        'Cách đọc: mục “Chỉ tiêu thi đua”: “đạt …” · tin cậy 99%',
      ),
    ).toBeTruthy();
  });

  it('shows only the rows to check when asked, and drops ticked rows together', async () => {
    const fake = renderImport();
    await readPlan(myTu2023);

    fireEvent.click(screen.getByText('Chỉ các dòng cần kiểm tra (2)'));
    expect(document.querySelectorAll('tbody tr[data-review-state]')).toHaveLength(2);
    // A row keeps its number when the list is filtered.
    expect(screen.getByLabelText('Bỏ chỉ tiêu (chỉ tiêu 2)')).toBeTruthy();
    fireEvent.click(screen.getByText('Chỉ các dòng cần kiểm tra (2)'));
    expect(document.querySelectorAll('tbody tr[data-review-state]')).toHaveLength(17);

    fireEvent.click(screen.getByLabelText('Chọn (chỉ tiêu 3)'));
    fireEvent.click(screen.getByLabelText('Chọn (chỉ tiêu 5)'));
    fireEvent.click(screen.getByText('Bỏ 2 chỉ tiêu đã chọn'));
    expect(document.querySelectorAll('tbody tr[data-review-state]')).toHaveLength(15);
    fireEvent.click(saveButton());

    await waitFor(() => expect(fake.callsTo('plans:import')).toHaveLength(1));
    const sent = fake.callsTo('plans:import')[0]!.targets.map((t) => t.sourceText);
    expect(sent).toHaveLength(15);
    expect(sent).not.toContain(
      'Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản là 153 triệu đồng',
    );
    expect(sent).not.toContain('Diện tích màu và cây công nghiệp ngắn ngày 6.250 ha');
    // Saved in the plan's own order.
    expect(sent[0]).toBe('Sản lượng lúa đạt 320.080 tấn');
  });

  it('reads a campaign without targets: its notice, its movements to add, and a save with no targets', async () => {
    const fake = renderImport();
    fireEvent.change(await screen.findByLabelText('Nội dung kế hoạch'), { target: { value: daiLanh2023 } });
    fireEvent.click(screen.getByText('Đọc kế hoạch'));
    await screen.findByText('Kiểm tra kế hoạch trước khi lưu');

    expect(await screen.findByText(/^Không tìm thấy chỉ tiêu nào trong văn bản\./)).toBeTruthy();
    expect(screen.getByText(/^Kế hoạch sẽ được lưu không có chỉ tiêu/)).toBeTruthy();
    const movement = 'Vì người nghèo - không để ai bị bỏ lại phía sau';
    fireEvent.click(screen.getByLabelText(`Thêm vào danh sách: ${movement}`));
    await waitFor(() => expect(fake.callsTo('movements:save')).toHaveLength(1));
    expect(fake.callsTo('movements:save')[0]).toMatchObject({ name: movement, kind: 'thuong_xuyen', startYear: 2023 });
    await screen.findByText('Đã có trong danh sách');

    fireEvent.click(saveButton());
    await waitFor(() => expect(fake.callsTo('plans:import')).toHaveLength(1));
    const [sent] = fake.callsTo('plans:import');
    expect(sent!.targets).toEqual([]);
    expect(sent!.movementIds).toEqual([1]);
    expect(sent!.header).toMatchObject({ year: 2023, place: 'Đại Lãnh' });
  });
});
