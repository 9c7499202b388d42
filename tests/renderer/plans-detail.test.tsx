import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '@shared/contract/plans';
import type { Indicator } from '@shared/domain/indicator';
import type { Movement, Target } from '@shared/domain/plan';
import { createQueryClient } from '@renderer/app/query-client';
import { appTheme } from '@renderer/app/theme';
import { PlansSection } from '@renderer/pages/plans/PlansSection';
import { pickOption } from './support/antd-input';
import { createFakeApi, type FakeApi } from './support/fake-api';
import { myTuUnits } from './support/my-tu-units';

function indicator(id: number, name: string, extra: Partial<Indicator>): Indicator {
  return {
    id,
    name,
    group: 'kinh_te',
    measureUnit: null,
    kind: 'flow',
    areaOnly: false,
    numeratorLabel: null,
    denominatorLabel: null,
    rateScale: 100,
    direction: 'higher',
    decimals: 0,
    demo: false,
    ...extra,
  };
}

function target(id: number, indicatorId: number, extra: Partial<Target>): Target {
  return {
    id,
    planId: 7,
    indicatorId,
    unitId: null,
    year: 2023,
    comparator: 'gte',
    value: null,
    max: null,
    changeMode: null,
    baselineYear: null,
    baselineValue: null,
    sourceText: null,
    phasingMode: 'seasonal',
    milestones: null,
    position: id,
    note: null,
    ...extra,
  };
}

const movements: Movement[] = [
  {
    id: 3,
    name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    kind: 'chuyen_de',
    startYear: 2021,
    endYear: 2025,
    launchedBy: 'Chủ tịch UBND tỉnh Sóc Trăng',
    description: null,
    demo: false,
  },
];

/** A 2023 plan with a rice target allocated to two communes, a poverty-rate fall, no new poor households, a budget. */
function myTuPlan(): PlanDetail {
  return {
    plan: {
      id: 7,
      number: '05/KH-UBND',
      issuedOn: '2023-01-30',
      place: 'Mỹ Tú',
      issuer: 'Ủy ban nhân dân huyện Mỹ Tú',
      title: 'Phát động phong trào thi đua năm 2023',
      theme: null,
      year: 2023,
      phases: [{ name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' }],
      legalBases: ['Căn cứ Kế hoạch số 15/KH-UBND'],
      signer: 'Nguyễn Việt Phú',
      status: 'nhap',
      movementIds: [3],
      demo: false,
      sourceText: null,
    },
    indicators: [
      indicator(1, 'Sản lượng lúa', { measureUnit: 'tấn' }),
      indicator(2, 'Tỷ lệ hộ nghèo', { group: 'van_hoa_xa_hoi', measureUnit: '%', kind: 'rate', direction: 'lower' }),
      indicator(3, 'Hộ nghèo mới', { group: 'van_hoa_xa_hoi', measureUnit: 'hộ', kind: 'stock', direction: 'lower' }),
      indicator(4, 'Tổng thu ngân sách Nhà nước', { kind: 'qualitative' }),
    ],
    targets: [
      target(1, 1, { value: 320080, sourceText: 'Sản lượng lúa đạt 320.080 tấn', position: 0 }),
      target(2, 1, { unitId: 3, value: 44811, position: 0 }),
      target(3, 1, { unitId: 5, value: 38410, position: 0 }),
      target(4, 2, { comparator: 'decrease', value: 0.2, max: 0.5, changeMode: 'points', position: 1 }),
      target(5, 3, { comparator: 'zero', value: 0, position: 2 }),
      target(6, 4, { comparator: 'achieve', position: 3 }),
    ],
    tasks: [],
  };
}

function renderPlan(): { fake: FakeApi; detail: PlanDetail } {
  const detail = myTuPlan();
  const fake = createFakeApi(
    { units: myTuUnits() },
    {
      'plans:get': () => structuredClone(detail),
      'movements:list': () => movements,
      'indicators:list': () => detail.indicators,
      'targets:save': ({ id, reason: _reason, ...fields }) => {
        const index = detail.targets.findIndex((t) => t.id === id);
        if (index === -1) {
          const created = target(60, fields.indicatorId, { ...fields, position: detail.targets.length } as Target);
          detail.targets.push(created);
          return created;
        }
        const saved = { ...detail.targets[index]!, ...fields } as Target;
        detail.targets[index] = saved;
        return saved;
      },
      'indicators:save': (fields) => {
        const created = indicator(50, fields.name, { ...fields } as Partial<Indicator>);
        detail.indicators.push(created);
        return created;
      },
      'targets:saveAllocations': ({ indicatorId, allocations }) => {
        const area = detail.targets.find((t) => t.indicatorId === indicatorId && t.unitId === null)!;
        detail.targets = detail.targets.filter((t) => t.indicatorId !== indicatorId || t.unitId === null);
        allocations.forEach((a, i) => {
          if (a.value !== null) detail.targets.push({ ...area, id: 100 + i, unitId: a.unitId, value: a.value });
        });
        return detail.targets.filter((t) => t.indicatorId === indicatorId && t.unitId !== null);
      },
      'targets:delete': ({ id }) => {
        detail.targets = detail.targets.filter((t) => t.id !== id);
        return { deleted: id };
      },
      'plans:update': ({ id: _id, ...fields }) => {
        detail.plan = { ...detail.plan, ...fields };
        return detail.plan;
      },
    },
  );
  window.api = fake.api;
  window.history.replaceState(null, '', '#/ke-hoach/7');
  render(
    <ConfigProvider locale={viVN} theme={appTheme}>
      <QueryClientProvider client={createQueryClient()}>
        <AntApp>
          <PlansSection />
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return { fake, detail };
}

async function openDialog(buttonLabel: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByLabelText(buttonLabel));
  return screen.findByRole('dialog');
}

describe('a plan page', { timeout: 60_000 }, () => {
  it('lists the targets under their fields, each read in words', async () => {
    renderPlan();

    const economy = await screen.findByRole('region', { name: 'Kinh tế' });
    expect(within(economy).getByText('từ 320.080 tấn trở lên')).toBeTruthy();
    expect(within(economy).getByText('2 đơn vị')).toBeTruthy();
    const social = screen.getByRole('region', { name: 'Văn hóa – xã hội' });
    expect(within(social).getByText('giảm 0,2 – 0,5 điểm %')).toBeTruthy();
    expect(within(social).getByText('không để phát sinh')).toBeTruthy();
    expect(screen.getByText('Đợt I: 01/01/2023 – 30/06/2023')).toBeTruthy();
    expect(screen.getByText('Vì người nghèo – Không để ai bị bỏ lại phía sau')).toBeTruthy();
  });

  it('allocates rice to the communes, shows the sum against the whole area, and saves every unit', async () => {
    const { fake } = renderPlan();
    fireEvent.click(await screen.findByLabelText('Giao đơn vị: Sản lượng lúa'));
    // The editor opens once the units are loaded.
    const dialog = (await screen.findByTestId('allocation-sum')).closest<HTMLElement>('[role="dialog"]')!;

    expect(within(dialog).getByTestId('allocation-sum').textContent).toBe('83.221 tấn');
    fireEvent.change(within(dialog).getByLabelText('Giá trị giao cho Thị trấn Huỳnh Hữu Nghĩa'), {
      target: { value: '236.859' },
    });
    expect(within(dialog).getByTestId('allocation-sum').textContent).toBe('320.080 tấn');
    expect(within(dialog).getByText('Khớp với chỉ tiêu toàn địa bàn')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Giá trị giao cho Xã Đại Hải'), { target: { value: '1.000,5' } });
    expect(within(dialog).getByTestId('allocation-difference').textContent).toBe('1.000,5 tấn');
    expect(within(dialog).getByText('Tổng giao nhiều hơn chỉ tiêu toàn địa bàn 1.000,5 tấn')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Giá trị giao cho Xã Long Hưng'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Theo Nghị quyết HĐND' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fake.callsTo('targets:saveAllocations')).toHaveLength(1));
    expect(fake.callsTo('targets:saveAllocations')[0]).toEqual({
      planId: 7,
      indicatorId: 1,
      allocations: [
        { unitId: 6, value: 236859, max: null },
        { unitId: 5, value: 38410, max: null },
        { unitId: 4, value: 1000.5, max: null },
        { unitId: 3, value: null, max: null },
        { unitId: 2, value: null, max: null },
        { unitId: 1, value: null, max: null },
      ],
      reason: 'Theo Nghị quyết HĐND',
    });
    expect(await screen.findByText('3 đơn vị')).toBeTruthy();
  });

  it('refuses milestones that do not reach 100% by Q4, then phases the target and its allocations', async () => {
    const { fake } = renderPlan();
    const dialog = await openDialog('Tiến độ: Sản lượng lúa');

    fireEvent.click(within(dialog).getByLabelText(/Theo mốc quý tự nhập/));
    fireEvent.change(within(dialog).getByLabelText('Lũy kế đến hết quý I (%)'), { target: { value: '20' } });
    fireEvent.change(within(dialog).getByLabelText('Lũy kế đến hết quý IV (%)'), { target: { value: '90' } });
    expect(within(dialog).getByText('Mốc quý IV phải là 100% kế hoạch năm.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Lưu' })).toHaveProperty('disabled', true);

    fireEvent.change(within(dialog).getByLabelText('Lũy kế đến hết quý IV (%)'), { target: { value: '100' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fake.callsTo('targets:saveAllocations')).toHaveLength(1));
    expect(fake.callsTo('targets:save')[0]).toMatchObject({
      id: 1,
      phasingMode: 'explicit',
      milestones: [0.2, 0.5, 0.75, 1],
      value: 320080,
    });
    // The communes' allocations are saved again with their own values, so they take the new phasing.
    expect(fake.callsTo('targets:saveAllocations')[0]!.allocations).toEqual([
      { unitId: 3, value: 44811, max: null },
      { unitId: 5, value: 38410, max: null },
    ]);
    expect(await screen.findByText('Theo mốc: 20% · 50% · 75% · 100%')).toBeTruthy();
  });

  it('asks before deleting a target and sends the reason given', async () => {
    const { fake } = renderPlan();
    const dialog = await openDialog('Xóa: Hộ nghèo mới');

    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Trùng với chỉ tiêu huyện' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa chỉ tiêu' }));

    await waitFor(() =>
      expect(fake.callsTo('targets:delete')).toEqual([{ id: 5, reason: 'Trùng với chỉ tiêu huyện' }]),
    );
    await waitFor(() => expect(screen.queryByText('không để phát sinh')).toBeNull());
  });

  it('edits a target value typed the Vietnamese way', async () => {
    const { fake } = renderPlan();
    const dialog = await openDialog('Sửa: Sản lượng lúa');

    fireEvent.change(within(dialog).getByLabelText('Giá trị'), { target: { value: '330.000,5' } });
    expect(within(dialog).getByText('từ 330.000,5 tấn trở lên')).toBeTruthy();
    await pickOption(within(dialog).getByLabelText('Dạng chỉ tiêu'), 'Trên (>)');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fake.callsTo('targets:save')).toHaveLength(1));
    expect(fake.callsTo('targets:save')[0]).toMatchObject({ id: 1, comparator: 'gt', value: 330000.5, indicatorId: 1 });
    expect(await screen.findByText('trên 330.000,5 tấn')).toBeTruthy();
  });

  it('switches the plan to "Đã ban hành" with plans:update', async () => {
    const { fake } = renderPlan();

    fireEvent.click(await screen.findByRole('switch', { name: 'Đã ban hành' }));

    await waitFor(() => expect(fake.callsTo('plans:update')).toHaveLength(1));
    expect(fake.callsTo('plans:update')[0]).toEqual({
      id: 7,
      number: '05/KH-UBND',
      issuedOn: '2023-01-30',
      place: 'Mỹ Tú',
      issuer: 'Ủy ban nhân dân huyện Mỹ Tú',
      title: 'Phát động phong trào thi đua năm 2023',
      theme: null,
      year: 2023,
      phases: [{ name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' }],
      legalBases: ['Căn cứ Kế hoạch số 15/KH-UBND'],
      signer: 'Nguyễn Việt Phú',
      status: 'ban_hanh',
      movementIds: [3],
    });
  });
});

describe('a plan page, adding by hand', { timeout: 60_000 }, () => {
  it('adds a target on a new indicator: the indicator is created first, then the target on it', async () => {
    const { fake } = renderPlan();
    fireEvent.click(await screen.findByRole('button', { name: /Thêm chỉ tiêu/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Chọn chỉ số trong danh mục hoặc tạo chỉ số mới.')).toBeTruthy();

    await pickOption(within(dialog).getByLabelText('Chỉ số'), 'Tạo chỉ số mới');
    fireEvent.change(within(dialog).getByLabelText('Tên chỉ số'), { target: { value: 'Tỷ lệ gia đình văn hóa' } });
    fireEvent.change(within(dialog).getByLabelText('Đơn vị tính'), { target: { value: '%' } });
    await pickOption(within(dialog).getByLabelText('Cách cộng số liệu'), 'Tỷ lệ');
    await pickOption(within(dialog).getByLabelText('Lĩnh vực'), 'Văn hóa – xã hội');
    fireEvent.change(within(dialog).getByLabelText('Tử số (cái được đếm)'), {
      target: { value: 'Số hộ đạt gia đình văn hóa' },
    });
    fireEvent.change(within(dialog).getByLabelText('Mẫu số (tính trên)'), { target: { value: 'Tổng số hộ' } });
    await pickOption(within(dialog).getByLabelText('Dạng chỉ tiêu'), 'Trong khoảng từ … đến …');
    fireEvent.change(within(dialog).getByLabelText('Từ'), { target: { value: '90' } });
    fireEvent.change(within(dialog).getByLabelText('Đến'), { target: { value: '95' } });
    expect(within(dialog).getByText('từ 90 đến 95%')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Bổ sung theo Nghị quyết HĐND' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fake.callsTo('targets:save')).toHaveLength(1));
    expect(fake.callsTo('indicators:save')).toEqual([
      {
        name: 'Tỷ lệ gia đình văn hóa',
        group: 'van_hoa_xa_hoi',
        measureUnit: '%',
        kind: 'rate',
        areaOnly: false,
        numeratorLabel: 'Số hộ đạt gia đình văn hóa',
        denominatorLabel: 'Tổng số hộ',
        rateScale: 100,
        direction: 'higher',
        decimals: 0,
      },
    ]);
    expect(fake.callsTo('targets:save')[0]).toEqual({
      planId: 7,
      indicatorId: 50,
      unitId: null,
      comparator: 'between',
      value: 90,
      max: 95,
      changeMode: null,
      baselineYear: null,
      baselineValue: null,
      sourceText: null,
      phasingMode: 'seasonal',
      milestones: null,
      note: null,
      reason: 'Bổ sung theo Nghị quyết HĐND',
    });
  });

  it('refuses an indicator that already has a whole-area target in the plan', async () => {
    renderPlan();
    fireEvent.click(await screen.findByRole('button', { name: /Thêm chỉ tiêu/ }));
    const dialog = await screen.findByRole('dialog');

    await pickOption(within(dialog).getByLabelText('Chỉ số'), 'Sản lượng lúa (tấn)');
    fireEvent.change(within(dialog).getByLabelText('Giá trị'), { target: { value: '1' } });

    expect(within(dialog).getByText('Kế hoạch đã có chỉ tiêu toàn địa bàn cho chỉ số này.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Lưu' })).toHaveProperty('disabled', true);
  });
});
