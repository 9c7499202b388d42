import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, ChannelInput, Result } from '@shared/contract';
import type { AuditView } from '@shared/contract/audit';
import type { PlanSummary } from '@shared/contract/plans';
import type { Indicator } from '@shared/domain/indicator';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { auditSearchInput } from '@renderer/pages/audit/audit-filter';
import { describeAuditRow } from '@renderer/pages/audit/audit-describe';
import { pickOption } from './support/antd-input';
import { createFakeApi, unit } from './support/fake-api';

const rice: Indicator = {
  id: 1,
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
const malnutrition: Indicator = {
  ...rice,
  id: 2,
  name: 'Tỷ lệ trẻ em suy dinh dưỡng',
  kind: 'rate',
  measureUnit: '%',
  decimals: 1,
};
const units = [unit(1, 'Xã Long Hưng', 'xa'), unit(4, 'Xã Đại Hải Mới', 'xa')];

const at = (day: number, hour: number, minute: number) => new Date(2023, 6, day, hour, minute).toISOString();

function row(id: number, fields: Partial<AuditView>): AuditView {
  return {
    id,
    at: at(5, 9, 0),
    actor: 'thu-ky',
    entity: 'figure',
    entityId: '1:1:2023-Q2',
    action: 'insert',
    before: null,
    after: null,
    reason: null,
    unitId: null,
    indicatorId: null,
    period: null,
    ...fields,
  };
}

const figureUpdate = row(3, {
  at: at(5, 14, 7),
  action: 'update',
  before: {
    indicatorId: 1,
    unitId: 1,
    value: 1234.5,
    numerator: null,
    denominator: null,
    achieved: null,
    status: 'uoc',
  },
  after: {
    indicatorId: 1,
    unitId: 1,
    value: 1300,
    numerator: null,
    denominator: null,
    achieved: null,
    status: 'chinh_thuc',
  },
  reason: 'Số chính thức của Chi cục Thống kê',
  unitId: 1,
  indicatorId: 1,
  period: '2023-Q2',
});
const rateInsert = row(2, {
  entityId: '2:1:2023-Q2',
  after: { indicatorId: 2, unitId: 1, value: null, numerator: 45, denominator: 1230, achieved: null, status: 'uoc' },
  unitId: 1,
  indicatorId: 2,
  period: '2023-Q2',
});
const lock = row(1, {
  entity: 'period_lock',
  entityId: '2023-Q2:toan-dia-ban',
  action: 'delete',
  before: { locked: true },
  reason: 'Điều chỉnh số lúa',
  period: '2023-Q2',
});
const rename = row(4, {
  entity: 'unit',
  entityId: '4',
  action: 'update',
  before: { id: 4, code: 'DAI-HAI', name: 'Xã Đại Hải', kind: 'xa', validTo: null },
  after: { id: 4, code: 'DAI-HAI', name: 'Xã Đại Hải Mới', kind: 'xa', validTo: null },
});

const lookups = {
  unitNames: new Map(units.map((u) => [u.id, u.name])),
  indicators: new Map([
    [1, rice],
    [2, malnutrition],
  ]),
};

describe('audit lines in words', () => {
  it('names a figure by unit, indicator and quarter, with Vietnamese values and ước/chính thức', () => {
    expect(describeAuditRow(figureUpdate, lookups)).toMatchObject({
      subject: 'Xã Long Hưng – Sản lượng lúa – Quý II/2023',
      before: '1.234,5 · Ước',
      after: '1.300 · Chính thức',
      reason: 'Số chính thức của Chi cục Thống kê',
      action: 'Sửa',
    });
    expect(describeAuditRow(rateInsert, lookups)).toMatchObject({ before: '—', after: '45 / 1.230 (= 3,7%) · Ước' });
  });

  it('describes locks and other records by what changed', () => {
    expect(describeAuditRow(lock, lookups)).toMatchObject({
      subject: 'Chốt số liệu Quý II/2023 – Toàn địa bàn',
      before: 'Đã chốt',
      after: 'Đã mở khóa',
    });
    expect(describeAuditRow(rename, lookups)).toMatchObject({
      subject: 'Đơn vị: Xã Đại Hải Mới',
      before: 'Tên: Xã Đại Hải',
      after: 'Tên: Xã Đại Hải Mới',
    });
  });

  it('filters by a year ("2023") or a quarter ("2023-Q2") and pages by offset', () => {
    expect(auditSearchInput({ year: 2023 }, 1, 25)).toEqual({ period: '2023', limit: 25, offset: 0 });
    expect(auditSearchInput({ year: 2023, quarter: 2, unitId: 1, entity: 'figure' }, 3, 25)).toEqual({
      period: '2023-Q2',
      unitId: 1,
      entity: 'figure',
      limit: 25,
      offset: 50,
    });
  });
});

const plan = {
  id: 1,
  number: null,
  issuedOn: null,
  place: null,
  issuer: null,
  title: 'Kế hoạch 2023',
  theme: null,
  year: 2023,
  phases: [],
  legalBases: [],
  signer: null,
  status: 'ban_hanh',
  movementIds: [],
  demo: false,
  targetCount: 2,
} satisfies PlanSummary;

function renderAudit(total = 4) {
  const fake = createFakeApi({ units });
  const searches: ChannelInput<'audit:search'>[] = [];
  const api = { ...fake.api } as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  api['audit:search'] = async (input) => {
    searches.push(structuredClone(input) as ChannelInput<'audit:search'>);
    return { ok: true, value: { rows: [rename, figureUpdate, rateInsert, lock], total } };
  };
  api['indicators:list'] = async () => ({ ok: true, value: [rice, malnutrition] });
  api['plans:list'] = async () => ({ ok: true, value: [plan] });
  window.api = api as unknown as Api;
  window.history.replaceState(null, '', '#/nhat-ky');
  render(<App queryClient={createQueryClient()} />);
  return searches;
}

describe('Nhật ký thay đổi page', () => {
  const realPrint = window.print;
  afterEach(() => {
    window.print = realPrint;
  });

  it('shows when, who, what, before, after and why, newest first', async () => {
    renderAudit();
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const updated = (
      await within(table).findByText('Xã Long Hưng – Sản lượng lúa – Quý II/2023', {}, { timeout: 5000 })
    ).closest('tr')!;

    expect(within(updated).getByText('05/07/2023 14:07')).toBeTruthy();
    expect(within(updated).getByText('thu-ky')).toBeTruthy();
    expect(within(updated).getByText('1.234,5 · Ước')).toBeTruthy();
    expect(within(updated).getByText('1.300 · Chính thức')).toBeTruthy();
    expect(within(updated).getByText('Số chính thức của Chi cục Thống kê')).toBeTruthy();
    expect(screen.getByText('4 bản ghi')).toBeTruthy();
  });

  it('searches by unit, indicator, quarter and kind of record', async () => {
    const searches = renderAudit();
    await screen.findByText('4 bản ghi', {}, { timeout: 5000 });

    await pickOption(screen.getByLabelText('Đơn vị'), 'Xã Long Hưng');
    await pickOption(screen.getByLabelText('Chỉ tiêu'), 'Sản lượng lúa');
    await pickOption(screen.getByLabelText('Năm'), '2023');
    await pickOption(screen.getByLabelText('Quý'), 'Quý II');
    await pickOption(screen.getByLabelText('Loại bản ghi'), 'Số liệu');

    await waitFor(() =>
      expect(searches.at(-1)).toEqual({
        unitId: 1,
        indicatorId: 1,
        period: '2023-Q2',
        entity: 'figure',
        limit: 25,
        offset: 0,
      }),
    );
  });

  it('pages through the log', async () => {
    const searches = renderAudit(60);
    await screen.findByText('60 bản ghi', {}, { timeout: 5000 });

    fireEvent.click(screen.getByTitle('2'));

    await waitFor(() => expect(searches.at(-1)).toEqual({ limit: 25, offset: 25 }));
  });

  it('"In" prints every matching row with the filter in words', async () => {
    const print = vi.fn();
    window.print = print;
    renderAudit();
    await screen.findByText('4 bản ghi', {}, { timeout: 5000 });

    fireEvent.click(screen.getByRole('button', { name: /In/ }));

    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.querySelector('.audit-print')!;
    expect(sheet.textContent).toContain('NHẬT KÝ THAY ĐỔI');
    expect(sheet.textContent).toContain('Điều kiện lọc: tất cả bản ghi');
    expect(sheet.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(sheet.textContent).toContain('Chốt số liệu Quý II/2023 – Toàn địa bàn');
  });
});
