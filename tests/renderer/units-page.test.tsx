import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pickOption, typeDate } from './support/antd-input';
import { myTuUnits } from './support/my-tu-units';
import { renderApp } from './support/render-app';

/** Unit names in the table body, top to bottom. */
function tableNames(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
}

async function openUnitsPage() {
  const fake = renderApp('/don-vi', { units: myTuUnits() });
  await screen.findByText('Xã Long Hưng');
  return fake;
}

describe('Đơn vị page', () => {
  it('lists active units territorial first, then in Vietnamese alphabetical order (D before Đ)', async () => {
    await openUnitsPage();

    expect(tableNames()).toEqual([
      'Thị trấn Huỳnh Hữu Nghĩa',
      'Xã Dương Hòa',
      'Xã Đại Hải',
      'Xã Long Hưng',
      'Xã Thuận Hưng',
      'Phòng Văn hóa và Thông tin',
    ]);
    expect(screen.getAllByText('Đang hoạt động')).toHaveLength(6);
  });

  it('filters "long hung" (typed without diacritics) down to Xã Long Hưng', async () => {
    await openUnitsPage();

    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'long hung' } });

    expect(tableNames()).toEqual(['Xã Long Hưng']);
  });

  it('shows retired and merged units with their dates once the switch is on', async () => {
    const fake = await openUnitsPage();

    fireEvent.click(screen.getByRole('switch', { name: 'Hiện cả đơn vị đã ngừng hoạt động' }));

    expect(await screen.findByText('Ngừng hoạt động từ 31/03/2023')).toBeTruthy();
    expect(screen.getByText('Sáp nhập vào Xã Long Hưng từ 01/07/2025')).toBeTruthy();
    expect(fake.callsTo('units:list').at(-1)).toEqual({ includeRetired: true });
    // Ended units cannot be retired or merged a second time.
    const mergedRow = screen.getByText('Xã Mỹ Hương').closest('tr')!;
    expect(within(mergedRow).queryByRole('button', { name: 'Ngừng hoạt động' })).toBeNull();
  });

  it('re-sorts by name with the Vietnamese collator when the name header is clicked', async () => {
    await openUnitsPage();

    fireEvent.click(screen.getByText('Tên đơn vị'));

    expect(tableNames()).toEqual([
      'Phòng Văn hóa và Thông tin',
      'Thị trấn Huỳnh Hữu Nghĩa',
      'Xã Dương Hòa',
      'Xã Đại Hải',
      'Xã Long Hưng',
      'Xã Thuận Hưng',
    ]);
  });

  it('retires a unit on the chosen date with the reason given', async () => {
    const fake = await openUnitsPage();
    const row = screen.getByText('Xã Thuận Hưng').closest('tr')!;

    fireEvent.click(within(row).getByRole('button', { name: 'Ngừng hoạt động' }));
    const dialog = await screen.findByRole('dialog');
    typeDate(within(dialog).getByLabelText('Ngừng hoạt động từ ngày'), '30/06/2025');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Giải thể' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(fake.callsTo('units:retire')).toEqual([{ id: 2, validTo: '2025-06-30', reason: 'Giải thể' }]),
    );
    await waitFor(() => expect(tableNames()).not.toContain('Xã Thuận Hưng'));
  });

  it('moves from the date to the reason on Enter instead of saving the retirement', async () => {
    const fake = await openUnitsPage();
    const row = screen.getByText('Xã Thuận Hưng').closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Ngừng hoạt động' }));
    const dialog = await screen.findByRole('dialog');
    typeDate(within(dialog).getByLabelText('Ngừng hoạt động từ ngày'), '30/06/2025');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Lý do')));
    expect(fake.callsTo('units:retire')).toEqual([]);
  });

  it('deletes a unit created by mistake after one confirmation', async () => {
    const fake = await openUnitsPage();
    const row = screen.getByText('Xã Thuận Hưng').closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Xóa' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('Xóa đơn vị "Xã Thuận Hưng"?').length).toBeGreaterThan(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Xóa đơn vị' }));
    await waitFor(() => expect(fake.callsTo('units:delete')).toEqual([{ id: 2, reason: 'Tạo nhầm' }]));
    await waitFor(() => expect(tableNames()).not.toContain('Xã Thuận Hưng'));
  });

  it('renames a unit and refuses the unchanged name', async () => {
    const fake = await openUnitsPage();
    const row = screen.getByText('Xã Đại Hải').closest('tr')!;

    fireEvent.click(within(row).getByRole('button', { name: 'Đổi tên' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tên mới trùng với tên hiện tại')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Tên mới'), { target: { value: 'Xã Đại Hải Mới' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Xã Đại Hải Mới')).toBeTruthy();
    expect(fake.callsTo('units:rename')).toEqual([{ id: 4, name: 'Xã Đại Hải Mới' }]);
  });

  it('merges two communes into a new commune and shows where they went', async () => {
    const fake = await openUnitsPage();
    const row = screen.getByText('Xã Dương Hòa').closest('tr')!;

    fireEvent.click(within(row).getByRole('button', { name: 'Sáp nhập' }));
    const dialog = await screen.findByRole('dialog');
    await pickOption(within(dialog).getByLabelText('Các đơn vị được sáp nhập'), 'Xã Đại Hải');
    fireEvent.click(within(dialog).getByLabelText('Một đơn vị mới'));
    fireEvent.change(await within(dialog).findByLabelText('Tên đơn vị mới'), { target: { value: 'Xã Hòa Hải' } });
    typeDate(within(dialog).getByLabelText('Ngày sáp nhập'), '01/07/2025');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(fake.callsTo('units:merge')).toEqual([
        { sourceIds: [5, 4], newUnit: { name: 'Xã Hòa Hải', kind: 'xa' }, date: '2025-07-01' },
      ]),
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Hiện cả đơn vị đã ngừng hoạt động' }));
    expect(await screen.findAllByText('Sáp nhập vào Xã Hòa Hải từ 01/07/2025')).toHaveLength(2);
  });
});
