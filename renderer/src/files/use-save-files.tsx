import { useState, type ReactNode } from 'react';
import { App, Modal } from 'antd';
import type { ExcelFile } from '@shared/contract/excel';
import type { ChosenPath } from '@shared/contract/paths';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { PathChooser } from '@renderer/forms/PathChooser';
import { viFiles as t } from '@renderer/i18n/vi-files';
import { downloadExcelFile } from '@renderer/pages/figures/excel-files';

const purpose = 'export-files-folder';

/**
 * Saves what an export made. One file is downloaded as before (its own Save dialog in the desktop app). Several
 * files go into one folder, asked once through `paths:choose`: the main process's folder dialog in the desktop app,
 * a typed path in the browser mode (in a small dialog here); then `files:saveToFolder` writes them all with the
 * token. The page never names a path. Render `folderModal` where the hook is used.
 */
export function useSaveFiles(): {
  saveFiles: (files: ExcelFile[]) => Promise<void>;
  saving: boolean;
  folderModal: ReactNode;
} {
  const { message } = App.useApp();
  const picker = useApiQuery('paths:picker', {}, { staleTime: Infinity });
  const choose = useApiMutation('paths:choose', { invalidates: [] });
  const save = useApiMutation('files:saveToFolder', { invalidates: [] });
  const [typing, setTyping] = useState<ExcelFile[] | null>(null);

  const writeInto = (folder: ChosenPath, files: ExcelFile[]) =>
    save.mutate(
      { folder: folder.token, files },
      {
        onSuccess: (saved) => {
          setTyping(null);
          void message.success(t.saved(saved.fileNames.length, saved.folder));
        },
      },
    );

  const saveFiles = async (files: ExcelFile[]) => {
    if (files.length === 1) {
      downloadExcelFile(files[0]!);
      void message.success(t.downloaded(files[0]!.fileName));
      return;
    }
    // Asked once per page; an export finished before that answer waits for it rather than guessing.
    const mode = (picker.data ?? (await picker.refetch()).data)?.mode;
    if (mode === 'typed') return setTyping(files);
    choose.mutate({ purpose }, { onSuccess: (chosen) => chosen && writeInto(chosen, files) });
  };

  const folderModal =
    typing === null ? null : (
      <Modal open title={t.folderTitle(typing.length)} footer={null} onCancel={() => setTyping(null)}>
        <PathChooser
          purpose={purpose}
          buttonText={t.saveHere}
          typedLabel={t.typedLabel}
          typedPlaceholder={t.typedPlaceholder}
          loading={save.isPending}
          onChosen={(chosen) => writeInto(chosen, typing)}
        />
      </Modal>
    );

  return { saveFiles, saving: choose.isPending || save.isPending, folderModal };
}
