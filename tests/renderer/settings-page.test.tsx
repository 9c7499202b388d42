import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCouncilProfile } from '@shared/domain/council';
import { renderApp } from './support/render-app';

const myTu = {
  level: 'huyen' as const,
  parentBody: 'UBND TỈNH SÓC TRĂNG',
  issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ',
  issuerName: '',
  issuingBodyCode: 'UBND',
  place: 'Mỹ Tú',
  signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Nguyễn Việt Phú',
};

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('Cài đặt', () => {
  beforeEach(() => {
    // A fixed "today" (5 April 2023) so the date line is known; only Date is faked, timers run normally.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2023, 3, 5, 9, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the council profile as typed and the header updates', async () => {
    const fake = renderApp('/cai-dat', { council: { ...emptyCouncilProfile } });
    await screen.findByLabelText('Tên cơ quan ban hành');

    type('Tên cơ quan chủ quản', myTu.parentBody);
    type('Tên cơ quan ban hành', myTu.issuingBody);
    type('Địa danh', myTu.place);
    type('Họ tên người ký', myTu.signerName);
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));

    await waitFor(() => expect(fake.callsTo('settings:saveCouncil')).toEqual([myTu]));
    expect(await screen.findByText('Đã lưu thông tin cơ quan.')).toBeTruthy();
    expect((await screen.findByTestId('header-issuing-body')).textContent).toBe(myTu.issuingBody);
  });

  it('previews the place/date line in the Nghị định 30 form as the place is typed', async () => {
    renderApp('/cai-dat', { council: { ...emptyCouncilProfile } });
    await screen.findByLabelText('Địa danh');

    expect(screen.getByTestId('place-date-line').textContent).toBe('…, ngày 05 tháng 4 năm 2023');
    type('Địa danh', 'Mỹ Tú');

    expect(screen.getByTestId('place-date-line').textContent).toBe('Mỹ Tú, ngày 05 tháng 4 năm 2023');
  });

  it('previews the header and signer block from the saved profile, bodies in capitals', async () => {
    renderApp('/cai-dat', { council: { ...myTu, parentBody: 'UBND tỉnh Sóc Trăng', signerTitle: 'Phó Chủ tịch' } });

    const preview = await screen.findByTestId('document-preview');
    expect(preview.textContent).toContain('UBND TỈNH SÓC TRĂNG');
    expect(preview.textContent).toContain('Số: …/BC-UBND');
    expect(preview.textContent).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(preview.textContent).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(screen.getByTestId('signer-block').textContent).toBe('TM. ỦY BAN NHÂN DÂNPHÓ CHỦ TỊCHNguyễn Việt Phú');
  });

  it('does not save without the required details', async () => {
    const fake = renderApp('/cai-dat', { council: { ...emptyCouncilProfile } });
    await screen.findByLabelText('Tên cơ quan ban hành');

    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));

    expect(await screen.findByText('Vui lòng nhập tên cơ quan ban hành')).toBeTruthy();
    expect(fake.callsTo('settings:saveCouncil')).toEqual([]);
  });
});
