import { useState } from 'react';
import { Alert, App, Flex, Input, Modal, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { excelFileLimits, type ExcelFile } from '@shared/contract/excel';
import { type ImportChange, type ImportPreview } from '@shared/contract/figures';
import { quarterLabel } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import { useApiMutation } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viFigures } from '@renderer/i18n/vi-figures';
import { readExcelFile } from './excel-files';

const t = viFigures.excel;

interface ImportDialogProps {
  year: number;
  quarter: Quarter;
  onClose: () => void;
}

interface ChangeRow extends ImportChange {
  key: string;
  fileName: string;
}

/**
 * "Nhập từ tệp Excel": the secretary picks the returned templates, sees every change (current → imported value,
 * warnings, refused files and why), and only then confirms. The confirmation sends the preview's digest, so nothing
 * is written if the files or the data changed in between.
 */
export function ImportDialog({ year, quarter, onClose }: ImportDialogProps) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<UploadFile[]>([]);
  const [files, setFiles] = useState<ExcelFile[] | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [reason, setReason] = useState('');
  const previewImport = useApiMutation('figures:previewImport', { invalidates: [] });
  const applyImport = useApiMutation('figures:applyImport', {
    invalidates: ['figures:grid', 'figures:history', 'figures:list', 'audit:search'],
  });
  const period = quarterLabel(year, quarter);

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
      previewImport.mutate({ files: read, year, quarter }, { onSuccess: setPreview });
    } finally {
      setReading(false);
    }
  };

  const apply = () => {
    if (!files || !preview) return;
    applyImport.mutate(
      { files, year, quarter, digest: preview.digest, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t.applied(result.inserted, result.updated, result.deleted));
          onClose();
        },
      },
    );
  };

  const rows: ChangeRow[] = (preview?.files ?? []).flatMap((file) =>
    file.accepted
      ? file.changes.map((change) => ({
          ...change,
          key: `${file.fileName}:${change.sheetName}:${change.row}`,
          fileName: file.fileName,
        }))
      : [],
  );
  const warnings = rows.reduce((sum, row) => sum + row.warnings.length, 0);
  const refusals = (preview?.files ?? []).reduce((sum, file) => sum + file.refusals.length, 0);

  return (
    <Modal
      open
      width={1000}
      title={`${t.importTitle} – ${period}`}
      okText={preview ? t.apply : t.preview}
      cancelText={vi.common.cancel}
      okButtonProps={{
        disabled: preview ? preview.totals.changes === 0 : picked.length === 0,
      }}
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
            <Typography.Text strong>{t.summary(preview.totals.changes, warnings, refusals)}</Typography.Text>
            {preview.files
              .filter((file) => !file.accepted || file.refusals.length > 0)
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
                  { key: 'file', title: t.columns.file, dataIndex: 'fileName', width: 160, ellipsis: true },
                  { key: 'unit', title: t.columns.unit, dataIndex: 'unitName', width: 150 },
                  { key: 'indicator', title: t.columns.indicator, dataIndex: 'indicatorName' },
                  { key: 'before', title: t.columns.before, dataIndex: 'beforeText', width: 140, align: 'right' },
                  { key: 'after', title: t.columns.after, dataIndex: 'afterText', width: 140, align: 'right' },
                  {
                    key: 'note',
                    title: t.columns.note,
                    width: 220,
                    render: (_value, row) => (
                      <Flex vertical gap={2}>
                        {row.errors.map((error) => (
                          <Tag key={error} color="red" style={{ whiteSpace: 'normal' }}>
                            {error}
                          </Tag>
                        ))}
                        {row.warnings.map((warning) => (
                          <Tag key={warning} color="gold" style={{ whiteSpace: 'normal' }}>
                            {warning}
                          </Tag>
                        ))}
                      </Flex>
                    ),
                  },
                ]}
              />
            )}
            {preview.totals.changes > 0 && (
              <Input
                aria-label={viFigures.save.reason}
                placeholder={viFigures.save.reason}
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
