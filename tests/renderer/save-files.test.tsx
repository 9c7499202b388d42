import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api, ChannelName, Result } from '@shared/contract';
import type { PickerMode } from '@shared/contract/paths';
import { createQueryClient } from '@renderer/app/query-client';
import { useSaveFiles } from '@renderer/files/use-save-files';

const file = (fileName: string) => ({ fileName, contentBase64: 'UEsDBA==' });
const three = ['Thị trấn Huỳnh Hữu Nghĩa', 'Xã Long Hưng', 'Xã Hưng Phú'].map((name) => file(`${name}.xlsx`));
const token = `p_${'k'.repeat(32)}`;

/** A page with one export button, over a window.api that plays the picker (`mode`) and the file writer. */
function renderExport(mode: PickerMode, files = three) {
  const calls: Array<{ channel: ChannelName; input: unknown }> = [];
  const answer = (channel: ChannelName, value: (input: Record<string, unknown>) => unknown) => async (input: never) => {
    calls.push({ channel, input });
    return { ok: true, value: value(input) } as Result<unknown>;
  };
  const picked = 'D:\\Gửi các xã\\Quý 2';
  window.api = {
    'paths:picker': answer('paths:picker', () => ({ mode })),
    'paths:choose': answer('paths:choose', (input) => ({ token, path: (input.typedPath as string) ?? picked })),
    'files:saveToFolder': answer('files:saveToFolder', () => ({
      folder: mode === 'typed' ? '/home/thu-ky/Quý 2' : picked,
      fileNames: files.map((f) => f.fileName),
    })),
  } as unknown as Api;
  function ExportButton() {
    const { saveFiles, folderModal } = useSaveFiles();
    return (
      <>
        <button onClick={() => void saveFiles(files)}>Xuất</button>
        {folderModal}
      </>
    );
  }
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AntApp>
        <ExportButton />
      </AntApp>
    </QueryClientProvider>,
  );
  return (channel: ChannelName) => calls.filter((call) => call.channel === channel).map((call) => call.input);
}

describe('saving the files of an export', () => {
  afterEach(() => vi.restoreAllMocks());

  it("desktop app: the main process's folder dialog once, then every file written with its token", async () => {
    const callsTo = renderExport('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    await screen.findByText('Đã lưu 3 tệp vào thư mục D:\\Gửi các xã\\Quý 2');
    expect(callsTo('paths:choose')).toEqual([{ purpose: 'export-files-folder' }]);
    expect(callsTo('files:saveToFolder')).toEqual([{ folder: token, files: three }]);
  });

  it('browser mode: one small dialog takes the folder typed once, then every file is written there', async () => {
    const callsTo = renderExport('typed');
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Lưu 3 tệp vào một thư mục');
    const field = await within(dialog).findByLabelText('Đường dẫn đầy đủ của một thư mục có sẵn');
    fireEvent.change(field, { target: { value: '/home/thu-ky/Quý 2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lưu vào đây/ }));

    await screen.findByText('Đã lưu 3 tệp vào thư mục /home/thu-ky/Quý 2');
    expect(callsTo('paths:choose')).toEqual([{ purpose: 'export-files-folder', typedPath: '/home/thu-ky/Quý 2' }]);
    expect(callsTo('files:saveToFolder')).toEqual([{ folder: token, files: three }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a single file is downloaded as before, with no folder question', async () => {
    const clicks: string[] = [];
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:mau'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const callsTo = renderExport('dialog', [file('mau-so-lieu-2023-Q2.xlsx')]);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất' }));
    await screen.findByText('Đã tạo tệp mau-so-lieu-2023-Q2.xlsx.');
    expect(clicks).toEqual(['mau-so-lieu-2023-Q2.xlsx']);
    expect(callsTo('paths:choose')).toEqual([]);
    expect(callsTo('files:saveToFolder')).toEqual([]);
  });
});
