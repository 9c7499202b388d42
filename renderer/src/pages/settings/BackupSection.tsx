import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { CloudUploadOutlined, UndoOutlined } from '@ant-design/icons';
import type { BackupOverview } from '@shared/contract/backups';
import { backupLabels } from '@shared/i18n/vi-backups';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';
import { replacementNotice, useReplaceDatabase } from './backup-actions';
import { BackupFolder } from './BackupFolder';
import { BackupHealthNotice } from './BackupHealthNotice';
import { BackupMoveData } from './BackupMoveData';
import { BackupTable } from './BackupTable';

const t = viBackupsUi;

/**
 * "Sao lưu và khôi phục" in Cài đặt: where the copies go, "Sao lưu ngay", the copies with "Khôi phục", undoing the
 * last restore, and moving the whole data file to another PC. Results that name a file stay on the card until
 * closed, so the secretary can read (and copy) the path.
 */
export function BackupSection() {
  const overview = useApiQuery('backups:list', {});
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card title={backupLabels.section} data-testid="backup-section">
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        {notice && <Alert type="success" showIcon title={notice} closable={{ onClose: () => setNotice(null) }} />}
        {overview.isPending && <Spin />}
        {overview.isError && (
          <Alert
            type="error"
            showIcon
            title={vi.app.loadFailed}
            description={overview.error.message}
            action={<Button onClick={() => void overview.refetch()}>{vi.app.retry}</Button>}
          />
        )}
        {overview.isSuccess && <BackupOverviewView overview={overview.data} onNotice={setNotice} />}
      </Flex>
    </Card>
  );
}

function BackupOverviewView({ overview, onNotice }: { overview: BackupOverview; onNotice: (text: string) => void }) {
  const { modal } = App.useApp();
  const create = useApiMutation('backups:create', { invalidates: ['backups:list'] });
  const { replace, pending } = useReplaceDatabase();
  const { undo } = overview;

  const onCreate = () =>
    create.mutate({}, { onSuccess: (entry) => onNotice(t.created(entry.fileName, entry.sizeText)) });

  const confirmUndo = () => {
    if (!undo) return;
    modal.confirm({
      title: t.undoTitle,
      content: t.confirmUndo(undo.restoredFrom),
      okText: t.undoOk,
      cancelText: t.cancel,
      onOk: async () => {
        const result = await replace({ kind: 'undo' });
        if (result) onNotice(replacementNotice('undo', result));
      },
    });
  };

  return (
    <>
      <BackupHealthNotice health={overview.health} history />
      {undo && (
        <Alert
          type="info"
          showIcon
          title={undo.text}
          action={
            <Button icon={<UndoOutlined aria-hidden />} onClick={confirmUndo} disabled={pending}>
              {backupLabels.undoRestore}
            </Button>
          }
        />
      )}
      <BackupFolder overview={overview} />
      <Typography.Text type="secondary">{overview.rotationText}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.listTitle}
        </Typography.Title>
        <Button
          type="primary"
          icon={<CloudUploadOutlined aria-hidden />}
          loading={create.isPending}
          disabled={pending}
          onClick={onCreate}
        >
          {backupLabels.createNow}
        </Button>
      </Flex>
      <BackupTable backups={overview.backups} busy={pending} onReplace={replace} onNotice={onNotice} />
      <BackupMoveData busy={pending} onReplace={replace} onNotice={onNotice} />
    </>
  );
}
