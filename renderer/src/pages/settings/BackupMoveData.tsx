import { App, Flex, Typography } from 'antd';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import type { RestoreResult } from '@shared/contract/backups';
import type { ChosenPath } from '@shared/contract/paths';
import { backupLabels } from '@shared/i18n/vi-backups';
import { useApiMutation } from '@renderer/api/hooks';
import { PathChooser } from '@renderer/forms/PathChooser';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';
import { replacementNotice, type Replacement } from './backup-actions';

const t = viBackupsUi;

interface BackupMoveDataProps {
  busy: boolean;
  onReplace: (what: Replacement) => Promise<RestoreResult | null>;
  onNotice: (text: string) => void;
}

/**
 * Moving to a new PC: the old PC exports the whole database as one verified file into a picked folder (a USB stick);
 * the new PC imports a picked file, after a confirmation naming it, exactly like a restore (undoable).
 */
export function BackupMoveData({ busy, onReplace, onNotice }: BackupMoveDataProps) {
  const { modal } = App.useApp();
  const exportDatabase = useApiMutation('backups:exportDatabase', { invalidates: [] });

  const onExport = (folder: ChosenPath) =>
    exportDatabase.mutate({ folder: folder.token }, { onSuccess: (result) => onNotice(result.message) });

  const confirmImport = (file: ChosenPath) =>
    modal.confirm({
      title: t.confirmImportTitle,
      content: backupLabels.confirmImport(file.path),
      okText: t.importOk,
      cancelText: t.cancel,
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await onReplace({ kind: 'import', file: file.token });
        if (result) onNotice(replacementNotice('import', result));
      },
    });

  return (
    <Flex vertical gap="small">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t.moveTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.moveIntro}</Typography.Text>
      <PathChooser
        purpose="export-database-folder"
        buttonText={backupLabels.exportDatabase}
        typedLabel={t.exportFolder}
        typedPlaceholder={t.exportFolderPlaceholder}
        icon={<ExportOutlined aria-hidden />}
        loading={exportDatabase.isPending}
        onChosen={onExport}
      />
      <PathChooser
        purpose="import-database-file"
        buttonText={backupLabels.importDatabase}
        typedLabel={t.importPath}
        typedPlaceholder={t.importPathPlaceholder}
        icon={<ImportOutlined aria-hidden />}
        disabled={busy}
        onChosen={confirmImport}
      />
    </Flex>
  );
}
