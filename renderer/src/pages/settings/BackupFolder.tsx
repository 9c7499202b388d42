import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Input, Tag, Typography } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import type { BackupOverview } from '@shared/contract/backups';
import { backupLabels } from '@shared/i18n/vi-backups';
import { useApiMutation } from '@renderer/api/hooks';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';

const t = viBackupsUi;

/**
 * Where the copies go: the default folder beside the data file, or one the secretary typed (a USB stick, a share).
 * The core checks a typed folder by writing into it, so an unusable path is refused with its reason.
 */
export function BackupFolder({ overview }: { overview: BackupOverview }) {
  const [typed, setTyped] = useState('');
  // setFolder writes an audit row ("Cài đặt"), so the change log is stale too.
  const setFolder = useApiMutation('backups:setFolder', { invalidates: ['backups:list', 'audit:search'] });
  const folder = typed.trim();

  const onChange = () => setFolder.mutate({ folder }, { onSuccess: () => setTyped('') });
  const onDefault = () => setFolder.mutate({ folder: null });

  return (
    <Flex vertical gap="small">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'folder',
            label: backupLabels.folder,
            children: (
              <Flex gap="small" wrap align="center">
                <Typography.Text code copyable data-testid="backup-folder">
                  {overview.folder}
                </Typography.Text>
                <Tag color={overview.usesDefaultFolder ? 'default' : 'blue'}>
                  {overview.usesDefaultFolder ? backupLabels.defaultFolderNote : t.chosenFolderNote}
                </Tag>
              </Flex>
            ),
          },
        ]}
      />
      {!overview.folderAvailable && (
        <Alert type="warning" showIcon title={t.folderUnavailable(overview.defaultFolder)} />
      )}
      <label htmlFor="backup-new-folder">{t.newFolder}</label>
      <Flex gap="small" wrap align="center">
        <Input
          id="backup-new-folder"
          placeholder={t.newFolderPlaceholder}
          prefix={<FolderOpenOutlined aria-hidden />}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onPressEnter={() => folder && onChange()}
          style={{ width: 360 }}
        />
        <Button onClick={onChange} disabled={!folder} loading={setFolder.isPending}>
          {backupLabels.changeFolder}
        </Button>
        {!overview.usesDefaultFolder && (
          <Button onClick={onDefault} disabled={setFolder.isPending}>
            {backupLabels.useDefaultFolder}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{backupLabels.folderHint}</Typography.Text>
    </Flex>
  );
}
