import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '@shared/contract/plans';
import type { Movement } from '@shared/domain/plan';
import { createQueryClient } from '@renderer/app/query-client';
import { appTheme } from '@renderer/app/theme';
import { PlansSection } from '@renderer/pages/plans/PlansSection';
import { pickOption } from './support/antd-input';
import { createFakeApi, type FakeApi } from './support/fake-api';

function plan(id: number, year: number, extra: Partial<PlanSummary>): PlanSummary {
  return {
    id,
    number: null,
    issuedOn: null,
    place: null,
    issuer: null,
    title: `Phát động phong trào thi đua năm ${year}`,
    theme: null,
    year,
    phases: [],
    legalBases: [],
    signer: null,
    status: 'nhap',
    movementIds: [],
    demo: false,
    targetCount: 0,
    ...extra,
  };
}

function renderList(): { fake: FakeApi; movements: Movement[] } {
  const movements: Movement[] = [
    {
      id: 1,
      name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
      kind: 'chuyen_de',
      startYear: 2021,
      endYear: 2025,
      launchedBy: 'Chủ tịch UBND tỉnh Sóc Trăng',
      description: null,
      demo: false,
    },
  ];
  const fake = createFakeApi(
    {},
    {
      'plans:list': () => [
        plan(2, 2023, { number: '05/KH-UBND', issuedOn: '2023-01-30', status: 'ban_hanh', targetCount: 17 }),
        plan(1, 2022, { number: '21/KH-UBND', issuedOn: '2022-01-20', targetCount: 22 }),
      ],
      'movements:list': () => movements.map((m) => ({ ...m })),
      'movements:save': ({ id, ...fields }) => {
        const saved: Movement = {
          id: id ?? 9,
          name: fields.name,
          kind: fields.kind,
          startYear: fields.startYear,
          endYear: fields.endYear ?? null,
          launchedBy: fields.launchedBy ?? null,
          description: fields.description ?? null,
          demo: false,
        };
        const index = movements.findIndex((m) => m.id === saved.id);
        if (index === -1) movements.push(saved);
        else movements[index] = saved;
        return saved;
      },
      'movements:delete': ({ id }) => {
        movements.splice(
          movements.findIndex((m) => m.id === id),
          1,
        );
        return { deleted: id };
      },
    },
  );
  window.api = fake.api;
  window.history.replaceState(null, '', '#/ke-hoach');
  render(
    <ConfigProvider locale={viVN} theme={appTheme}>
      <QueryClientProvider client={createQueryClient()}>
        <AntApp>
          <PlansSection />
        </AntApp>
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return { fake, movements };
}

describe('Kế hoạch & chỉ tiêu: the lists', { timeout: 60_000 }, () => {
  it('lists plans with number, Vietnamese date, target count and status, filtered by year', async () => {
    renderList();

    const row2023 = (await screen.findByText('Phát động phong trào thi đua năm 2023')).closest('tr')!;
    expect(within(row2023).getByText('30/01/2023')).toBeTruthy();
    expect(within(row2023).getByText('17')).toBeTruthy();
    expect(within(row2023).getByText('Đã ban hành')).toBeTruthy();
    expect(within(row2023).getByText('Phát động phong trào thi đua năm 2023').getAttribute('href')).toBe(
      '#/ke-hoach/2',
    );
    expect(screen.getByText('2 kế hoạch')).toBeTruthy();

    await pickOption(screen.getByLabelText('Năm kế hoạch'), '2022');

    expect(screen.queryByText('Phát động phong trào thi đua năm 2023')).toBeNull();
    const row2022 = screen.getByText('Phát động phong trào thi đua năm 2022').closest('tr')!;
    expect(within(row2022).getByText('Nháp')).toBeTruthy();
    expect(screen.getByText('1 kế hoạch')).toBeTruthy();
  });

  it('adds, edits and deletes a movement (phong trào thi đua)', async () => {
    const { fake } = renderList();
    fireEvent.click(await screen.findByRole('tab', { name: 'Phong trào thi đua' }));
    expect(await screen.findByText('2021 – 2025')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Thêm phong trào/ }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tên phong trào'), {
      target: { value: 'Cán bộ, công chức thi đua thực hiện văn hóa công sở' },
    });
    await pickOption(within(dialog).getByLabelText('Loại phong trào'), 'Thường xuyên');
    fireEvent.change(within(dialog).getByLabelText('Năm bắt đầu'), { target: { value: '2019' } });
    fireEvent.change(within(dialog).getByLabelText('Phát động bởi'), { target: { value: 'Thủ tướng Chính phủ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(fake.callsTo('movements:save')).toEqual([
        {
          name: 'Cán bộ, công chức thi đua thực hiện văn hóa công sở',
          kind: 'thuong_xuyen',
          startYear: 2019,
          endYear: null,
          launchedBy: 'Thủ tướng Chính phủ',
          description: null,
        },
      ]),
    );
    expect(await screen.findByText('Từ 2019')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Sửa: Vì người nghèo – Không để ai bị bỏ lại phía sau'));
    dialog = await screen.findByRole('dialog', { name: /Sửa phong trào/ });
    fireEvent.change(within(dialog).getByLabelText('Năm kết thúc'), { target: { value: '2020' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Năm kết thúc phải từ năm bắt đầu trở đi')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Năm kết thúc'), { target: { value: '2030' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.callsTo('movements:save')).toHaveLength(2));
    expect(fake.callsTo('movements:save')[1]).toMatchObject({ id: 1, startYear: 2021, endYear: 2030 });
    expect(await screen.findByText('2021 – 2030')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Xóa: Vì người nghèo – Không để ai bị bỏ lại phía sau'));
    const confirm = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal-confirm');
      if (!found) throw new Error('No confirmation yet');
      return found;
    });
    expect(fake.callsTo('movements:delete')).toEqual([]);
    fireEvent.click(within(confirm).getByText('Xóa'));
    await waitFor(() => expect(fake.callsTo('movements:delete')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(screen.queryByText('2021 – 2030')).toBeNull());
  });
});
