import { Alert, Button, Descriptions, Flex, Tag, Typography } from 'antd';
import type { BackupOverview } from '@shared/contract/backups';
import { backupLabels } from '@shared/i18n/vi-backups';
import { useApiMutation } from '@renderer/api/hooks';
import { PathChooser } from '@renderer/forms/PathChooser';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';

const t = viBackupsUi;

/**
 * Where the copies go: the default folder beside the data file, or one the secretary picked (a USB stick, a share).
 * The core checks a picked folder by writing its marker file into it, so an unusable folder is refused with its reason.
 */
export function BackupFolder({ overview }: { overview: BackupOverview }) {
  // setFolder writes an audit row ("Cài đặt"), so the change log is stale too.
  const setFolder = useApiMutation('backups:setFolder', { invalidates: ['backups:list', 'audit:search'] });
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
      <Flex gap="small" wrap align="end">
        <PathChooser
          purpose="backup-folder"
          buttonText={backupLabels.changeFolder}
          typedLabel={t.newFolder}
          typedPlaceholder={t.newFolderPlaceholder}
          loading={setFolder.isPending}
          onChosen={(chosen) => setFolder.mutate({ folder: chosen.token })}
        />
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
