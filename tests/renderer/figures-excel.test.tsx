import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, ChannelInput, ChannelName, Result } from '@shared/contract';
import type { FigureGrid, ImportPreview } from '@shared/contract/figures';
import type { Indicator } from '@shared/domain/indicator';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { base64ToBytes, bytesToBase64 } from '@renderer/pages/figures/excel-files';
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
const longHung = unit(1, 'Xã Long Hưng', 'xa');

const grid: FigureGrid = {
  year: 2023,
  quarter: 3,
  indicators: [rice],
  targets: [],
  units: [longHung],
  figures: [],
  earlierQuarters: [],
  lastYear: [],
  locks: [],
};

const preview: ImportPreview = {
  year: 2023,
  quarter: 3,
  files: [
    {
      fileName: 'long-hung.xlsx',
      accepted: true,
      units: [{ sheetName: 'Long Hưng', unitId: 1, unitCode: 'LONG-HUNG', unitName: 'Xã Long Hưng' }],
      changes: [
        {
          sheetName: 'Long Hưng',
          row: 7,
          unitId: 1,
          unitCode: 'LONG-HUNG',
          unitName: 'Xã Long Hưng',
          indicatorId: 1,
          indicatorName: 'Sản lượng lúa',
          kind: 'flow',
          measureUnit: 'tấn',
          before: null,
          after: { value: 12345.5, numerator: null, denominator: null, achieved: null, status: 'uoc', note: null },
          beforeText: '(trống)',
          afterText: '12.345,5 (ước)',
          errors: [],
          warnings: ['Cao hơn 60% so với cùng kỳ năm trước (7.700).'],
        },
      ],
      unchanged: 3,
      blank: 1,
      refusals: [],
      notices: [],
    },
    {
      fileName: 'my-huong.xlsx',
      accepted: false,
      units: [],
      changes: [],
      unchanged: 0,
      blank: 0,
      refusals: ['Tệp "my-huong.xlsx", trang "Mỹ Hương", dòng 8, cột F: "abc" không phải là số.'],
      notices: [],
    },
  ],
  totals: { changes: 1, unchanged: 3, blank: 1, acceptedFiles: 1, refusedFiles: 1 },
  digest: 'a'.repeat(64),
};

function renderWithExcel() {
  const fake = createFakeApi({ units: [longHung] });
  const calls: Array<{ channel: ChannelName; input: unknown }> = [];
  const answers: Partial<Record<ChannelName, unknown>> = {
    'plans:list': [],
    'figures:grid': grid,
    'figures:exportTemplate': { files: [{ fileName: 'mau-nhap-lieu-quy-III-2023.xlsx', contentBase64: 'UEsDBA==' }] },
    'figures:previewImport': preview,
    'figures:applyImport': {
      inserted: 1,
      updated: 0,
      deleted: 0,
      unchanged: 3,
      warnings: [],
      year: 2023,
      quarter: 3,
      files: [],
    },
  };
  const api = { ...fake.api } as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  for (const [channel, value] of Object.entries(answers)) {
    api[channel] = async (input) => {
      calls.push({ channel: channel as ChannelName, input: structuredClone(input) });
      return { ok: true, value };
    };
  }
  window.api = api as unknown as Api;
  window.history.replaceState(null, '', '#/nhap-so-lieu/2023-Q3');
  render(<App queryClient={createQueryClient()} />);
  return <C extends ChannelName>(channel: C) =>
    calls.filter((call) => call.channel === channel).map((call) => call.input as ChannelInput<C>);
}

describe('Excel on the entry page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('encodes files as base64 and back, in chunks', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(bytesToBase64(new Uint8Array([77, 97, 110]))).toBe('TWFu');
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
  });

  it('"Xuất mẫu nhập liệu" asks the core for the quarter\'s templates and saves each file', async () => {
    const callsTo = renderWithExcel();
    const createObjectURL = vi.fn(() => 'blob:mau');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await screen.findByRole('grid', {}, { timeout: 5000 });

    fireEvent.click(screen.getByRole('button', { name: /Xuất mẫu nhập liệu/ }));
    fireEvent.click(await screen.findByText('Một tệp, mỗi đơn vị một trang'));

    await waitFor(() => expect(clicks).toEqual(['mau-nhap-lieu-quy-III-2023.xlsx']));
    expect(callsTo('figures:exportTemplate')).toEqual([
      { year: 2023, quarter: 3, unitIds: null, layout: 'one-workbook' },
    ]);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('"Nhập từ tệp Excel" previews every change and refusal, and applies only after confirmation', async () => {
    const callsTo = renderWithExcel();
    await screen.findByRole('grid', {}, { timeout: 5000 });

    fireEvent.click(screen.getByRole('button', { name: /Nhập từ tệp Excel/ }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'long-hung.xlsx');
    fireEvent.change(input, { target: { files: [file] } });
    await within(dialog).findByText('long-hung.xlsx');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước các thay đổi' }));

    await within(dialog).findByText('1 thay đổi · 1 cảnh báo · 1 dòng bị từ chối');
    expect(callsTo('figures:previewImport')).toEqual([
      { files: [{ fileName: 'long-hung.xlsx', contentBase64: 'UEsDBA==' }], year: 2023, quarter: 3 },
    ]);
    const change = within(dialog).getByText('12.345,5 (ước)').closest('tr')!;
    expect(within(change).getByText('(trống)')).toBeTruthy();
    expect(within(change).getByText('Cao hơn 60% so với cùng kỳ năm trước (7.700).')).toBeTruthy();
    expect(within(dialog).getByText(/"abc" không phải là số/)).toBeTruthy();
    expect(callsTo('figures:applyImport')).toEqual([]);

    // The button's loading spinner fades out; its text is what matters.
    fireEvent.click(within(dialog).getByRole('button', { name: /Xác nhận nhập$/ }));

    await waitFor(() =>
      expect(callsTo('figures:applyImport')).toEqual([
        {
          files: [{ fileName: 'long-hung.xlsx', contentBase64: 'UEsDBA==' }],
          year: 2023,
          quarter: 3,
          digest: 'a'.repeat(64),
        },
      ]),
    );
    expect(await screen.findByText('Đã nhập: 1 mới, 0 sửa, 0 xóa.')).toBeTruthy();
  });
});
