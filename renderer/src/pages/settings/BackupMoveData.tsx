import { useState } from 'react';
import { App, Button, Flex, Input, Typography } from 'antd';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import type { RestoreResult } from '@shared/contract/backups';
import { backupLabels } from '@shared/i18n/vi-backups';
import { useApiMutation } from '@renderer/api/hooks';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';
import { replacementNotice, type Replacement } from './backup-actions';

const t = viBackupsUi;

interface BackupMoveDataProps {
  busy: boolean;
  onReplace: (what: Replacement) => Promise<RestoreResult | null>;
  onNotice: (text: string) => void;
}

/**
 * Moving to a new PC: the old PC exports the whole database as one verified file into a typed folder (a USB stick);
 * the new PC imports it from a typed path, after a confirmation, exactly like a restore (undoable).
 */
export function BackupMoveData({ busy, onReplace, onNotice }: BackupMoveDataProps) {
  const { modal } = App.useApp();
  const [exportFolder, setExportFolder] = useState('');
  const [importPath, setImportPath] = useState('');
  const exportDatabase = useApiMutation('backups:exportDatabase', { invalidates: [] });
  const folder = exportFolder.trim();
  const path = importPath.trim();

  const onExport = () => exportDatabase.mutate({ folder }, { onSuccess: (result) => onNotice(result.message) });

  const confirmImport = () =>
    modal.confirm({
      title: t.confirmImportTitle,
      content: backupLabels.confirmImport(path),
      okText: t.importOk,
      cancelText: t.cancel,
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await onReplace({ kind: 'import', path });
        if (!result) return;
        setImportPath('');
        onNotice(replacementNotice('import', result));
      },
    });

  return (
    <Flex vertical gap="small">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t.moveTitle}
      </Typography.Title>
      <Typography.Text type="secondary">{t.moveIntro}</Typography.Text>
      <label htmlFor="backup-export-folder">{t.exportFolder}</label>
      <Flex gap="small" wrap align="center">
        <Input
          id="backup-export-folder"
          placeholder={t.exportFolderPlaceholder}
          value={exportFolder}
          onChange={(event) => setExportFolder(event.target.value)}
          onPressEnter={() => folder && onExport()}
          style={{ width: 360 }}
        />
        <Button
          icon={<ExportOutlined aria-hidden />}
          disabled={!folder}
          loading={exportDatabase.isPending}
          onClick={onExport}
        >
          {backupLabels.exportDatabase}
        </Button>
      </Flex>
      <label htmlFor="backup-import-path">{t.importPath}</label>
      <Flex gap="small" wrap align="center">
        <Input
          id="backup-import-path"
          placeholder={t.importPathPlaceholder}
          value={importPath}
          onChange={(event) => setImportPath(event.target.value)}
          onPressEnter={() => path && !busy && confirmImport()}
          style={{ width: 360 }}
        />
        <Button icon={<ImportOutlined aria-hidden />} disabled={!path || busy} onClick={confirmImport}>
          {backupLabels.importDatabase}
        </Button>
      </Flex>
    </Flex>
  );
}
