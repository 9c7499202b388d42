import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyCouncilProfile } from '@shared/domain/council';
import { pickOption, typeDate } from './support/antd-input';
import { myTuUnits } from './support/my-tu-units';
import { renderApp } from './support/render-app';

async function openCreateDialog() {
  await screen.findByText('Xã Long Hưng');
  fireEvent.click(screen.getByRole('button', { name: /Thêm đơn vị/ }));
  return screen.findByRole('dialog');
}

describe('Thêm đơn vị', () => {
  it('sends the typed unit as units:create, dates in ISO, and lists it', async () => {
    const fake = renderApp('/don-vi', { units: myTuUnits() });
    const dialog = await openCreateDialog();

    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: '  Phòng Nội vụ ' } });
    await pickOption(within(dialog).getByLabelText('Loại đơn vị'), 'Phòng, ban');
    fireEvent.change(within(dialog).getByLabelText('Mã đơn vị'), { target: { value: 'P-NV' } });
    typeDate(within(dialog).getByLabelText('Ngày bắt đầu'), '01/07/2025');
    fireEvent.change(within(dialog).getByLabelText('Ghi chú'), { target: { value: 'Cơ quan thường trực' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(fake.callsTo('units:create')).toEqual([
        { name: 'Phòng Nội vụ', kind: 'phong_ban', code: 'P-NV', validFrom: '2025-07-01', note: 'Cơ quan thường trực' },
      ]),
    );
    expect(await screen.findByText('Phòng Nội vụ')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('leaves the code out and sends nulls when the optional fields are blank', async () => {
    const fake = renderApp('/don-vi', { units: myTuUnits() });
    const dialog = await openCreateDialog();

    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Xã Mỹ Phước' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(fake.callsTo('units:create')).toEqual([{ name: 'Xã Mỹ Phước', kind: 'xa', validFrom: null, note: null }]),
    );
  });

  it('proposes Thôn, ấp, tổ dân phố as the kind on a commune council', async () => {
    const fake = renderApp('/don-vi', {
      units: myTuUnits(),
      council: { ...emptyCouncilProfile, level: 'xa', issuingBody: 'ỦY BAN NHÂN DÂN XÃ LONG HƯNG' },
    });
    const dialog = await openCreateDialog();
    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Ấp Mỹ Thuận' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.callsTo('units:create')).toMatchObject([{ name: 'Ấp Mỹ Thuận', kind: 'thon' }]));
  });

  it('does not send a unit without a name', async () => {
    const fake = renderApp('/don-vi', { units: myTuUnits() });
    const dialog = await openCreateDialog();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Vui lòng nhập tên đơn vị')).toBeTruthy();
    expect(fake.callsTo('units:create')).toEqual([]);
  });

  it("shows the core's Vietnamese message when it refuses, and keeps the dialog open to correct it", async () => {
    const fake = renderApp('/don-vi', { units: myTuUnits() });
    const dialog = await openCreateDialog();
    // Xã Long Hưng already holds this code in the fake core, which answers with a CONFLICT envelope.
    const taken = fake.state.units.find((u) => u.name === 'Xã Long Hưng')!.code;

    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Xã Long Hưng B' } });
    fireEvent.change(within(dialog).getByLabelText('Mã đơn vị'), { target: { value: taken } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText(`Mã đơn vị "${taken}" đã được dùng cho đơn vị khác.`)).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(fake.state.units.filter((u) => u.name === 'Xã Long Hưng B')).toEqual([]);
  });

  it('shows an error envelope from any channel as its message', async () => {
    const fake = renderApp('/don-vi', { units: myTuUnits() });
    const dialog = await openCreateDialog();
    fake.failNext('units:create', { code: 'INTERNAL', message: 'Có lỗi ngoài dự kiến. Dữ liệu không bị thay đổi.' });

    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Xã Phú Mỹ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Có lỗi ngoài dự kiến. Dữ liệu không bị thay đổi.')).toBeTruthy();
  });
});
