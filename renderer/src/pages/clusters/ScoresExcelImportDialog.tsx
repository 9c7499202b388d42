import { useState } from 'react';
import { Alert, App, Flex, Input, Modal, Table, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ScoreImportChange, ScoreImportPreview } from '@shared/contract/scores';
import { excelFileLimits, type ExcelFile } from '@shared/contract/excel';
import type { RoundView } from '@shared/domain/cluster-round';
import { clusterExcelWords as t } from '@shared/i18n/vi-cluster-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { readExcelFile } from '../figures/excel-files';

interface ChangeRow extends ScoreImportChange {
  key: string;
}

/**
 * "Nhập phiếu tự chấm": the secretary picks the returned sheets, sees every change (unit, criterion, current →
 * returned) and the refused files with why, then confirms; the confirmation carries the preview's digest.
 */
export function ScoresExcelImportDialog({ round, onClose }: { round: RoundView; onClose: () => void }) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<UploadFile[]>([]);
  const [files, setFiles] = useState<ExcelFile[] | null>(null);
  const [preview, setPreview] = useState<ScoreImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [reason, setReason] = useState('');
  const previewImport = useApiMutation('scores:previewImport', { invalidates: [] });
  const applyImport = useApiMutation('scores:applyImport', {
    invalidates: ['scores:round', 'clusters:list', 'clusters:criteria', 'audit:search'],
  });
  const otherRound = preview !== null && preview.roundId !== null && preview.roundId !== round.id;

  const readAndPreview = async () => {
    const blobs = picked.flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));
    const tooLarge = blobs.find((blob) => blob.size > excelFileLimits.maxFileBytes);
    if (tooLarge) {
      void message.error(t.tooLarge(tooLarge.name));
      return;
    }
    setReading(true);
    try {
      const read = await Promise.all(blobs.map(readExcelFile));
      setFiles(read);
      previewImport.mutate({ files: read }, { onSuccess: setPreview });
    } finally {
      setReading(false);
    }
  };

  const apply = () => {
    if (!files || !preview || otherRound) return;
    applyImport.mutate(
      { files, digest: preview.digest, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t.applied(result.changed));
          onClose();
        },
      },
    );
  };

  const rows: ChangeRow[] = (preview?.files ?? []).flatMap((file) =>
    file.accepted ? file.changes.map((c) => ({ ...c, key: `${file.fileName}:${c.sheetName}:${c.row}` })) : [],
  );
  const refusals = (preview?.files ?? []).reduce((sum, file) => sum + file.refusals.length, 0);

  return (
    <Modal
      open
      width={1000}
      title={t.importTitle(round.key)}
      okText={preview ? t.apply : t.preview}
      cancelText={vi.common.cancel}
      okButtonProps={{ disabled: preview ? preview.totals.changes === 0 || otherRound : picked.length === 0 }}
      confirmLoading={reading || previewImport.isPending || applyImport.isPending}
      onOk={() => (preview ? apply() : void readAndPreview())}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <Upload.Dragger
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          fileList={picked}
          beforeUpload={() => false}
          onChange={({ fileList }) => {
            setPicked(fileList);
            setPreview(null);
            setFiles(null);
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.chooseFiles}</p>
          <p className="ant-upload-hint">{t.chooseHint}</p>
        </Upload.Dragger>
        {preview && (
          <>
            <Typography.Text strong>{t.summary(preview.totals.changes, refusals)}</Typography.Text>
            {otherRound && <Alert type="error" showIcon title={t.otherRound(preview.roundKey ?? '')} />}
            {preview.files
              .filter((file) => file.refusals.length > 0)
              .map((file) => (
                <Alert
                  key={file.fileName}
                  type="error"
                  showIcon
                  title={`${file.fileName}: ${t.refusals}`}
                  description={
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {file.refusals.map((refusal) => (
                        <li key={refusal}>{refusal}</li>
                      ))}
                    </ul>
                  }
                />
              ))}
            {preview.files
              .filter((file) => file.notices.length > 0)
              .map((file) => (
                <Alert
                  key={`${file.fileName}-notices`}
                  type="info"
                  showIcon
                  title={file.fileName}
                  description={file.notices.join(' ')}
                />
              ))}
            {rows.length === 0 ? (
              refusals === 0 && <Alert type="info" showIcon title={t.noChanges} />
            ) : (
              <Table<ChangeRow>
                size="small"
                rowKey="key"
                dataSource={rows}
                pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                scroll={{ y: 360 }}
                columns={[
                  { key: 'unit', title: t.columns.unit, dataIndex: 'unitName', width: 170 },
                  {
                    key: 'criterion',
                    title: t.columns.criterion,
                    render: (_value, row) => `${row.criterionCode}. ${row.criterionTitle}`,
                  },
                  { key: 'before', title: t.columns.before, dataIndex: 'beforeText', width: 200 },
                  { key: 'after', title: t.columns.after, dataIndex: 'afterText', width: 200 },
                ]}
              />
            )}
            {preview.totals.changes > 0 && !otherRound && (
              <Input
                aria-label={t.reason}
                placeholder={t.reason}
                value={reason}
                maxLength={500}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
