import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { ImportOutlined, InboxOutlined } from '@ant-design/icons';
import type { AwardImportPreview, AwardImportRow } from '@shared/contract/awards';
import { excelFileLimits, type ExcelFile } from '@shared/contract/excel';
import { awardExcelUi as t } from '@shared/i18n/vi-award-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { formatIsoDate } from '@renderer/format/dates';
import { readExcelFile } from '../figures/excel-files';

interface Row extends AwardImportRow {
  key: string;
  fileName: string;
}

function statusTag(row: AwardImportRow) {
  if (row.status === 'duplicate') return <Tag color="default">{`${t.statusDuplicate}: ${row.note ?? ''}`}</Tag>;
  if (row.recipient === 'tap_the') return <Tag color="blue">{t.statusCollective}</Tag>;
  return row.newPerson ? <Tag color="green">{t.statusNewPerson}</Tag> : <Tag color="cyan">{t.statusMatched}</Tag>;
}

/**
 * "Nhập danh sách khen thưởng cũ": pick past lists, see every row (new people, matches, duplicates skipped,
 * refused files and why), then confirm; the confirmation carries the preview's digest.
 */
function AwardImportDialog({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<UploadFile[]>([]);
  const [files, setFiles] = useState<ExcelFile[] | null>(null);
  const [preview, setPreview] = useState<AwardImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [reason, setReason] = useState('');
  const previewImport = useApiMutation('awards:previewImport', { invalidates: [] });
  const applyImport = useApiMutation('awards:applyImport', {
    invalidates: ['awards:search', 'awards:history', 'awards:stats', 'people:list', 'decisions:list', 'audit:search'],
  });

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
    if (!files || !preview) return;
    applyImport.mutate(
      { files, digest: preview.digest, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t.applied(result.awards, result.people, result.decisions));
          onClose();
        },
      },
    );
  };

  const rows: Row[] = (preview?.files ?? []).flatMap((file) =>
    file.accepted
      ? file.rows.map((row) => ({
          ...row,
          key: `${file.fileName}|${row.sheetName}|${row.row}`,
          fileName: file.fileName,
        }))
      : [],
  );
  const refused = (preview?.files ?? []).filter((f) => !f.accepted);

  return (
    <Modal
      open
      width={1100}
      title={t.dialogTitle}
      onCancel={onClose}
      footer={
        <Flex gap="small" justify="end">
          <Button onClick={onClose}>{t.cancel}</Button>
          {preview ? (
            <Button
              type="primary"
              disabled={preview.totals.awards === 0}
              loading={applyImport.isPending}
              onClick={apply}
            >
              {t.confirm}
            </Button>
          ) : (
            <Button
              type="primary"
              disabled={picked.length === 0}
              loading={reading || previewImport.isPending}
              onClick={() => void readAndPreview()}
            >
              {t.previewButton}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {!preview && (
          <>
            <Typography.Paragraph>{t.pickHint}</Typography.Paragraph>
            <Upload.Dragger
              multiple
              accept=".xlsx"
              fileList={picked}
              beforeUpload={() => false}
              onChange={(info) => setPicked(info.fileList)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>{t.pickDrop}</p>
            </Upload.Dragger>
          </>
        )}
        {preview && (
          <>
            <Alert
              type="info"
              showIcon
              title={t.summary(
                preview.totals.awards,
                preview.totals.newPeople,
                preview.totals.matchedPeople,
                preview.totals.duplicates,
                preview.totals.newDecisions,
              )}
            />
            {refused.map((file) => (
              <Alert
                key={file.fileName}
                type="error"
                showIcon
                title={t.refusedFile(file.fileName)}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {file.refusals.slice(0, 50).map((refusal) => (
                      <li key={refusal}>{refusal}</li>
                    ))}
                  </ul>
                }
              />
            ))}
            <Table<Row>
              size="small"
              rowKey="key"
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t.columns.place, width: 150, render: (_, r) => `${r.sheetName} – ${r.row}` },
                { title: t.columns.name, dataIndex: 'name' },
                { title: t.columns.unit, dataIndex: 'unitName' },
                { title: t.columns.title, dataIndex: 'titleName' },
                { title: t.columns.year, dataIndex: 'year', width: 70 },
                {
                  title: t.columns.decision,
                  render: (_, r) =>
                    r.decisionNumber ? `${r.decisionNumber} (${formatIsoDate(r.decisionDate ?? '')})` : '',
                },
                { title: t.columns.status, render: (_, r) => statusTag(r) },
              ]}
            />
            <Input
              aria-label={t.reason}
              placeholder={t.reason}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        )}
      </Flex>
    </Modal>
  );
}

/** The button that opens the import of past award lists. */
export function AwardImportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {t.importButton}
      </Button>
      {open && <AwardImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
