import { App, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { HistoryOutlined, LockOutlined } from '@ant-design/icons';
import type { BackupEntry, RestoreResult } from '@shared/contract/backups';
import { backupLabels } from '@shared/i18n/vi-backups';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';
import { replacementNotice, type Replacement } from './backup-actions';

const t = viBackupsUi;
const c = backupLabels.columns;

interface BackupTableProps {
  backups: BackupEntry[];
  /** A restore, undo or import is running: no second one may start. */
  busy: boolean;
  onReplace: (what: Replacement) => Promise<RestoreResult | null>;
  onNotice: (text: string) => void;
}

/** The copies, newest first, each with "Khôi phục" behind a confirmation that says the current data is kept first. */
export function BackupTable({ backups, busy, onReplace, onNotice }: BackupTableProps) {
  const { modal } = App.useApp();

  const confirmRestore = (entry: BackupEntry) =>
    modal.confirm({
      title: t.confirmRestoreTitle,
      content: backupLabels.confirmRestore(entry.takenAtText),
      okText: t.confirmOk,
      cancelText: t.cancel,
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await onReplace({ kind: 'restore', backup: entry.token });
        if (result) onNotice(replacementNotice('restore', result));
      },
    });

  const columns: TableColumnsType<BackupEntry> = [
    {
      key: 'takenAt',
      title: c.takenAt,
      width: 190,
      render: (_v, entry) => (
        <Flex gap="small" align="center" wrap>
          <span>{entry.takenAtText}</span>
          {entry.protected && (
            <Tag icon={<LockOutlined aria-hidden />} color="gold">
              {backupLabels.protectedNote}
            </Tag>
          )}
        </Flex>
      ),
    },
    { key: 'reason', title: c.reason, dataIndex: 'reasonLabel' },
    { key: 'size', title: c.size, dataIndex: 'sizeText', width: 110, align: 'right' },
    {
      key: 'file',
      title: c.file,
      render: (_v, entry) => (
        <Typography.Text type="secondary" title={entry.path} style={{ wordBreak: 'break-all' }}>
          {entry.fileName}
        </Typography.Text>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 130,
      render: (_v, entry) => (
        <Button
          size="small"
          icon={<HistoryOutlined aria-hidden />}
          disabled={busy}
          aria-label={t.restoreOf(entry.takenAtText, entry.reasonLabel)}
          onClick={() => confirmRestore(entry)}
        >
          {backupLabels.restore}
        </Button>
      ),
    },
  ];

  return (
    <Table<BackupEntry>
      rowKey="path"
      size="small"
      columns={columns}
      dataSource={backups}
      pagination={backups.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: backupLabels.empty }}
    />
  );
}
