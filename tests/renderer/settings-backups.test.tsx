import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupOverview, RestoreResult } from '@shared/contract/backups';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { createFakeApi, type FakeApi } from './support/fake-api';

const folder = 'C:\\ThiDua\\backups';
/** Tokens as the core issues them: opaque, 32 characters after "p_". */
const tokenOf = (seed: string) =>
  `p_${[...seed]
    .map((c) => c.charCodeAt(0).toString(36))
    .join('')
    .padEnd(32, 'A')
    .slice(-32)}`;
const tokens = new Map<string, string>();

function entry(stamp: string, text: string, reason: BackupEntry['reason'], reasonLabel: string): BackupEntry {
  const fileName = `thi-dua.${stamp}.${reason}.sqlite`;
  return {
    token: tokenOf(fileName),
    path: `${folder}\\${fileName}`,
    fileName,
    folder,
    takenAt: '2023-07-05T02:00:00.000Z',
    takenAtText: text,
    size: 1_258_291,
    sizeText: '1,2 MB',
    reason,
    reasonLabel,
    protected: false,
  };
}

const startup = entry('20230704-080000', '04/07/2023 08:00', 'startup', 'Khi mở ứng dụng');
const scheduled = entry('20230705-083000', '05/07/2023 08:30', 'scheduled', 'Tự động (30 phút khi có thay đổi)');
const manual = entry('20230705-090000', '05/07/2023 09:00', 'manual', 'Sao lưu ngay');
const snapshot = { ...entry('20230705-091000', '05/07/2023 09:10', 'before-restore', 'Trước khi khôi phục') };

/**
 * The backup channels as the core answers them, over a list the test controls: "Sao lưu ngay" adds `manual`,
 * a restore adds the snapshot and offers its undo.
 */
function renderSettings(
  initial: Partial<BackupOverview> = {},
  picker: { mode: 'dialog' | 'typed'; answers?: string[] } = { mode: 'dialog' },
): { fake: FakeApi; overview: BackupOverview } {
  const overview: BackupOverview = {
    folder,
    defaultFolder: folder,
    usesDefaultFolder: true,
    folderAvailable: true,
    backups: [scheduled, startup],
    health: { level: 'ok', title: null, detail: null, consecutiveFailures: 0, lastSuccessText: null, problems: [] },
    undo: null,
    rotationText: 'Giữ 5 bản gần nhất trong ngày, mỗi ngày một bản trong 30 ngày, mỗi tháng một bản trong 12 tháng.',
    ...initial,
  };
  let replacements = 0;
  const restored = (from: string): RestoreResult => {
    // Each replacement keeps its own copy of the data before it: `…-2.before-restore.sqlite`, `…-3…` as the core names them.
    replacements += 1;
    const fileName = snapshot.fileName.replace('.before-restore', `-${replacements + 1}.before-restore`);
    const kept = { ...snapshot, fileName, path: `${folder}\\${fileName}`, protected: true };
    overview.backups = [kept, ...overview.backups];
    overview.undo = {
      snapshot: kept,
      restoredFrom: from,
      restoredAt: '2023-07-05T02:10:00.000Z',
      text: `Lần khôi phục lúc 05/07/2023 09:10 (từ "${from}") có thể hoàn tác.`,
    };
    return {
      restoredFrom: from,
      snapshot: kept,
      schemaVersion: 9,
      upgradedFrom: null,
      message: `Đã khôi phục dữ liệu về bản sao lưu lúc 05/07/2023 08:30. Dữ liệu trước khi khôi phục được giữ trong "${kept.path}" (có thể hoàn tác).`,
    };
  };
  const fake = createFakeApi(
    {},
    {
      'backups:list': () => structuredClone(overview),
      'backups:create': () => {
        overview.backups = [manual, ...overview.backups];
        return manual;
      },
      'paths:picker': () => ({ mode: picker.mode }),
      // The native dialog answers the next scripted path; in the browser the typed path is the answer.
      'paths:choose': ({ typedPath }) => {
        const path = picker.mode === 'typed' ? typedPath! : picker.answers?.shift();
        if (path === undefined) return null;
        const token = tokenOf(path);
        tokens.set(token, path);
        return { token, path };
      },
      'backups:restore': ({ backup }) => restored(overview.backups.find((b) => b.token === backup)!.path),
      'backups:importDatabase': ({ file }) => restored(tokens.get(file)!),
      'backups:undoRestore': () => {
        const from = overview.undo!.restoredFrom;
        overview.undo = null;
        return { ...restored(snapshot.path), restoredFrom: from };
      },
      'backups:setFolder': ({ folder: chosen }) => {
        overview.folder = chosen === null ? folder : tokens.get(chosen)!;
        overview.usesDefaultFolder = chosen === null;
        return structuredClone(overview);
      },
    },
  );
  window.api = fake.api;
  window.history.replaceState(null, '', '#/cai-dat');
  render(<App queryClient={createQueryClient()} />);
  return { fake, overview };
}

const section = () => screen.findByTestId('backup-section');
/** The table's data rows, newest first. */
const rows = async () => {
  const card = await section();
  return waitFor(() => {
    const found = [...card.querySelectorAll<HTMLElement>('tr[data-row-key]')];
    if (found.length === 0) throw new Error('No backup rows');
    return found;
  });
};
/**
 * A button of the page by its visible text. Role queries over the whole settings page (form, preview, table) compute
 * styles for every element and take seconds in jsdom; the dialogs are small enough for them.
 */
const button = (text: string) =>
  waitFor(() => {
    const found = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text);
    if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`);
    return found[0]!;
  });
const count = (fake: FakeApi, channel: Parameters<FakeApi['callsTo']>[0]) => fake.callsTo(channel).length;

describe('Cài đặt – Sao lưu và khôi phục', () => {
  it('shows the folder, the rotation rule and each backup with its time, reason and size', async () => {
    renderSettings();
    await within(await section()).findByText('05/07/2023 08:30');

    expect(screen.getByTestId('backup-folder').textContent).toBe(folder);
    expect(screen.getByText('Thư mục mặc định, bên cạnh tệp dữ liệu')).toBeTruthy();
    expect(screen.getByText(/mỗi ngày một bản trong 30 ngày/)).toBeTruthy();
    const [first, second] = await rows();
    expect(first!.textContent).toContain('05/07/2023 08:30');
    expect(first!.textContent).toContain('Tự động (30 phút khi có thay đổi)');
    expect(first!.textContent).toContain('1,2 MB');
    expect(second!.textContent).toContain('Khi mở ứng dụng');
    // Nothing to undo: no undo button, and no going back to a default folder already in use.
    expect(screen.queryByText('Hoàn tác lần khôi phục gần nhất')).toBeNull();
    expect(screen.queryByText('Dùng thư mục mặc định')).toBeNull();
  });

  it('"Sao lưu ngay" takes a copy, refreshes the list and names the new file', async () => {
    const { fake } = renderSettings();
    await within(await section()).findByText('05/07/2023 08:30');
    const listed = count(fake, 'backups:list');

    fireEvent.click(await button('Sao lưu ngay'));

    expect(await screen.findByText(`Đã sao lưu: ${manual.fileName} (1,2 MB).`)).toBeTruthy();
    expect(fake.callsTo('backups:create')).toEqual([{}]);
    expect(count(fake, 'backups:list')).toBeGreaterThan(listed);
    const [newest] = await rows();
    expect(newest!.textContent).toContain('05/07/2023 09:00');
    expect(newest!.textContent).toContain('Sao lưu ngay');
  });

  it('"Khôi phục" asks first, sends the chosen copy’s token, then reloads every read and offers the undo', async () => {
    const { fake } = renderSettings();
    await within(await section()).findByText('05/07/2023 08:30');

    // By its accessible label: role queries over the whole settings page are slow in jsdom.
    fireEvent.click(screen.getByLabelText('Khôi phục bản 04/07/2023 08:00 – Khi mở ứng dụng'));
    let dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(
      'Khôi phục dữ liệu về bản sao lưu lúc 04/07/2023 08:00? Dữ liệu hiện tại sẽ được sao lưu trước, có thể hoàn tác.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    // Cancelled: nothing sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.callsTo('backups:restore')).toEqual([]);

    const infoReads = count(fake, 'app:info');
    const councilReads = count(fake, 'settings:council');
    fireEvent.click(screen.getByLabelText('Khôi phục bản 05/07/2023 08:30 – Tự động (30 phút khi có thay đổi)'));
    // The cancelled dialog may still be leaving the DOM: take the one that asks about this backup.
    dialog = (await screen.findByText(/lúc 05\/07\/2023 08:30\?/)).closest<HTMLElement>('[role="dialog"]')!;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));

    expect(await screen.findByText(/^Đã khôi phục dữ liệu về bản sao lưu lúc 05\/07\/2023 08:30/)).toBeTruthy();
    expect(fake.callsTo('backups:restore')).toEqual([{ backup: scheduled.token }]);
    // The whole database changed: reads of other channels are fetched again, not only the backup list.
    expect(count(fake, 'app:info')).toBeGreaterThan(infoReads);
    expect(count(fake, 'settings:council')).toBeGreaterThan(councilReads);
    expect(await button('Hoàn tác lần khôi phục gần nhất')).toBeTruthy();
    expect(
      screen.getByText(`Lần khôi phục lúc 05/07/2023 09:10 (từ "${scheduled.path}") có thể hoàn tác.`),
    ).toBeTruthy();
  });

  it('"Hoàn tác" appears only when the core offers it, asks first, and goes back', async () => {
    const { fake } = renderSettings({
      backups: [{ ...snapshot, protected: true }, scheduled, startup],
      undo: {
        snapshot,
        restoredFrom: startup.path,
        restoredAt: '2023-07-05T02:10:00.000Z',
        text: `Lần khôi phục lúc 05/07/2023 09:10 (từ "${startup.path}") có thể hoàn tác.`,
      },
    });
    const undo = await button('Hoàn tác lần khôi phục gần nhất');
    expect(screen.getByText('Không tự xóa')).toBeTruthy();

    fireEvent.click(undo);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(startup.path);
    expect(fake.callsTo('backups:undoRestore')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hoàn tác' }));

    expect(await screen.findByText('Đã hoàn tác lần khôi phục; dữ liệu trở lại như trước khi khôi phục.')).toBeTruthy();
    expect(fake.callsTo('backups:undoRestore')).toEqual([{}]);
  });

  it('shows an unreachable USB folder and the last problem, and changes the folder in the app’s own dialog', async () => {
    const { fake } = renderSettings(
      {
        folder: 'E:\\SaoLuu',
        usesDefaultFolder: false,
        folderAvailable: false,
        health: {
          level: 'warning',
          title: 'Các bản sao lưu tự động đang được lưu tạm vào thư mục mặc định',
          detail: `Không ghi được vào thư mục sao lưu "E:\\SaoLuu" (không tìm thấy thư mục); bản sao đã được lưu vào "${folder}".`,
          consecutiveFailures: 0,
          lastSuccessText: '05/07/2023 08:30',
          problems: [
            {
              at: '2023-07-05T01:30:00.000Z',
              atText: '05/07/2023 08:30',
              message: `Không ghi được vào thư mục sao lưu "E:\\SaoLuu" (không tìm thấy thư mục); bản sao đã được lưu vào "${folder}".`,
            },
          ],
        },
      },
      { mode: 'dialog', answers: ['\\\\may-chu\\ThiDua'] },
    );
    expect(await screen.findByText(/Hiện không truy cập được thư mục này/)).toBeTruthy();
    expect(screen.getByText(/Không ghi được vào thư mục sao lưu "E:\\SaoLuu"/)).toBeTruthy();
    expect(screen.getByText('Các bản sao lưu tự động đang được lưu tạm vào thư mục mặc định')).toBeTruthy();

    fireEvent.click(await button('Dùng thư mục mặc định'));
    await waitFor(() => expect(fake.callsTo('backups:setFolder')).toEqual([{ folder: null }]));

    // No path field in the desktop app: the button opens the native dialog, and only its token goes back.
    expect(screen.queryByLabelText('Thư mục sao lưu mới')).toBeNull();
    fireEvent.click(await button('Đổi thư mục sao lưu'));
    await waitFor(() => expect(fake.callsTo('paths:choose')).toEqual([{ purpose: 'backup-folder' }]));
    const token = tokenOf('\\\\may-chu\\ThiDua');
    await waitFor(() => expect(fake.callsTo('backups:setFolder')[1]).toEqual({ folder: token }));
    await waitFor(() => expect(screen.getByTestId('backup-folder').textContent).toBe('\\\\may-chu\\ThiDua'));
  });

  it('in the browser the folder is typed into the picker, and the core decides', async () => {
    const { fake } = renderSettings({}, { mode: 'typed' });
    fireEvent.change(await screen.findByLabelText('Thư mục sao lưu mới'), { target: { value: '  E:\\SaoLuu ' } });
    fireEvent.click(await button('Đổi thư mục sao lưu'));
    await waitFor(() =>
      expect(fake.callsTo('paths:choose')).toEqual([{ purpose: 'backup-folder', typedPath: 'E:\\SaoLuu' }]),
    );
    await waitFor(() => expect(fake.callsTo('backups:setFolder')).toEqual([{ folder: tokenOf('E:\\SaoLuu') }]));
  });

  it('imports a file from another PC only after a confirmation naming it, and exports to a picked folder', async () => {
    const exported = 'E:\\ThiDuaDesk-du-lieu-20230705-0900.sqlite';
    const { fake } = renderSettings({}, { mode: 'dialog', answers: [exported, 'E:\\'] });
    await within(await section()).findByText('05/07/2023 08:30');

    fireEvent.click(await button('Nhập toàn bộ dữ liệu từ máy khác'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(`Thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong tệp "${exported}"?`);
    expect(fake.callsTo('paths:choose')).toEqual([{ purpose: 'import-database-file' }]);
    expect(fake.callsTo('backups:importDatabase')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nhập dữ liệu' }));
    await waitFor(() => expect(fake.callsTo('backups:importDatabase')).toEqual([{ file: tokenOf(exported) }]));

    fake.failNext('backups:exportDatabase', {
      code: 'FILE_INVALID',
      message: 'Tệp "E:\\ThiDuaDesk-du-lieu-20230705-0900.sqlite" đã có; hãy chọn tên khác (không ghi đè).',
    });
    fireEvent.click(await button('Xuất toàn bộ dữ liệu (chuyển sang máy khác)'));
    expect(await screen.findByText(/đã có; hãy chọn tên khác/)).toBeTruthy();
    expect(fake.callsTo('paths:choose')[1]).toEqual({ purpose: 'export-database-folder' });
    expect(fake.callsTo('backups:exportDatabase')).toEqual([{ folder: tokenOf('E:\\') }]);
  });
  it('says failing automatic copies on Cài đặt with every recorded problem, and on Tổng quan with a way there', async () => {
    const problem = (atText: string) => ({
      at: '2023-07-05T01:30:00.000Z',
      atText,
      message: `Không ghi được vào thư mục sao lưu "${folder}" (ổ đĩa đã đầy).`,
    });
    renderSettings({
      health: {
        level: 'error',
        title: 'Đã 3 lần liên tiếp không sao lưu tự động được',
        detail: `Không ghi được vào thư mục sao lưu "${folder}" (ổ đĩa đã đầy). Bản sao lưu tự động tốt gần nhất: 05/07/2023 07:30.`,
        consecutiveFailures: 3,
        lastSuccessText: '05/07/2023 07:30',
        problems: [problem('05/07/2023 08:30'), problem('05/07/2023 08:00'), problem('05/07/2023 07:30')],
      },
    });
    const inSettings = await within(await section()).findByTestId('backup-health');
    expect(inSettings.textContent).toContain('Đã 3 lần liên tiếp không sao lưu tự động được');
    expect(within(inSettings).getByTestId('backup-problems').querySelectorAll('li')).toHaveLength(3);

    window.location.hash = '#/tong-quan';
    await waitFor(() => expect(screen.queryByTestId('backup-section')).toBeNull());
    const onOverview = await screen.findByTestId('backup-health');
    expect(onOverview.textContent).toContain('Bản sao lưu tự động tốt gần nhất: 05/07/2023 07:30.');
    expect(within(onOverview).queryByTestId('backup-problems')).toBeNull();
    expect(within(onOverview).getByText('Mở phần sao lưu').closest('a')?.getAttribute('href')).toBe('#/cai-dat');
  });
});
