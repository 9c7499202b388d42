import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

const notSetUp = {
  info: {
    version: '0.1.0',
    schemaVersion: 1,
    databasePath: 'x',
    setupDone: false,
    demo: false,
    demoName: null,
    councilLevel: 'huyen' as const,
  },
};

describe('first run', () => {
  it('offers the 2026 commune demo first, then the 2023 district, then an empty start', async () => {
    renderApp('/', notSetUp);
    const buttons = (await screen.findAllByRole('button')).map((b) => b.textContent ?? '');
    const order = [/xã Mỹ Tú năm 2026/, /huyện Mỹ Tú năm 2023/, /Bắt đầu trống/].map((re) =>
      buttons.findIndex((text) => re.test(text)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('the commune demo sets up demo data, then shows Tổng quan with the "Dữ liệu mẫu" tag', async () => {
    const fake = renderApp('/', notSetUp);

    fireEvent.click(await screen.findByRole('button', { name: /xã Mỹ Tú năm 2026/ }));

    expect(await screen.findByText('Dữ liệu mẫu')).toBeTruthy();
    expect(fake.callsTo('app:setup')).toEqual([{ mode: 'demo', demo: 'xa-2026' }]);
    expect(await screen.findByRole('heading', { name: 'Tổng quan' })).toBeTruthy();
    expect(window.location.hash).toBe('#/tong-quan');
  });

  it('"Bắt đầu trống" at the chosen level sets up an empty database and opens Cài đặt with that level', async () => {
    const fake = renderApp('/', notSetUp);

    fireEvent.click(await screen.findByRole('radio', { name: /Cấp tỉnh/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Bắt đầu trống/ }));

    expect(await screen.findByRole('heading', { name: 'Cài đặt' })).toBeTruthy();
    expect(fake.callsTo('app:setup')).toEqual([{ mode: 'empty', level: 'tinh' }]);
    expect(window.location.hash).toBe('#/cai-dat');
    expect(screen.queryByText('Dữ liệu mẫu')).toBeNull();
  });

  it('skips the welcome screen once setup is done, and redirects an unknown route to Tổng quan', async () => {
    const fake = renderApp('/khong-co');

    expect(await screen.findByRole('heading', { name: 'Tổng quan' })).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe('#/tong-quan'));
    expect(screen.queryByRole('button', { name: /Bắt đầu trống/ })).toBeNull();
    expect(fake.callsTo('app:setup')).toEqual([]);
  });

  it('shows the council name in the header and lists only working sections in the sidebar', async () => {
    renderApp('/don-vi', {
      council: {
        level: 'huyen',
        parentBody: 'UBND TỈNH SÓC TRĂNG',
        issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ',
        issuerName: '',
        issuingBodyCode: 'UBND',
        place: 'Mỹ Tú',
        signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Nguyễn Việt Phú',
      },
    });

    expect(await screen.findByText('ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Các mục chính' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    // The order a secretary works in: the overview, the plan, the figures, the report, then the rest.
    expect(links).toEqual([
      ['Tổng quan', '#/tong-quan'],
      ['Kế hoạch & chỉ tiêu', '#/ke-hoach'],
      ['Nhập số liệu', '#/nhap-so-lieu'],
      ['Báo cáo', '#/bao-cao'],
      ['Cụm, khối thi đua', '#/cum-khoi'],
      ['Khen thưởng', '#/khen-thuong'],
      ['Gói báo cáo', '#/goi-bao-cao'],
      ['Đơn vị', '#/don-vi'],
      ['Nhật ký thay đổi', '#/nhat-ky'],
      ['Cài đặt', '#/cai-dat'],
    ]);
  });
});
