import { useState } from 'react';
import { Alert, App, Button, Flex, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ExcelFile } from '@shared/contract/excel';
import type { PackageChange, PackagePreview } from '@shared/contract/packages';
import { quarterLabel } from '@shared/domain/figure';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { useApiMutation } from '@renderer/api/hooks';
import { viPackages } from '@renderer/i18n/vi-packages-ui';
import { readExcelFile } from '../figures/excel-files';

const t = viPackages.import;

interface ChangeRow extends PackageChange {
  key: string;
  unitName: string;
  period: string;
}

/**
 * Nhập từ gói: the secretary picks the packages the communes sent, sees per package what is new, changed, unchanged
 * or refused (and why), and only then applies; the apply sends the preview's digest so nothing changed in between.
 */
export function ImportPackagesPanel() {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<UploadFile[]>([]);
  const [files, setFiles] = useState<ExcelFile[] | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const previewPackages = useApiMutation('packages:preview', { invalidates: [] });
  const applyPackages = useApiMutation('packages:apply', {
    invalidates: [
      'packages:board',
      'figures:grid',
      'figures:list',
      'figures:history',
      'dashboard:summary',
      'audit:search',
    ],
  });

  const readAndPreview = async () => {
    const read = await Promise.all(picked.flatMap((f) => (f.originFileObj ? [readExcelFile(f.originFileObj)] : [])));
    setFiles(read);
    previewPackages.mutate({ files: read }, { onSuccess: setPreview });
  };
  const apply = () => {
    if (!files || !preview) return;
    applyPackages.mutate(
      { files, digest: preview.digest },
      {
        onSuccess: (result) => {
          void message.success(t.applied(result.inserted, result.updated));
          setPreview(null);
          setFiles(null);
          setPicked([]);
        },
      },
    );
  };

  const rows: ChangeRow[] = (preview?.packages ?? []).flatMap((p) =>
    p.accepted
      ? p.changes.map((c) => ({
          ...c,
          key: `${p.fileName}:${c.indicatorId}`,
          unitName: p.sender?.name ?? '',
          period: p.year !== null && p.quarter !== null ? quarterLabel(p.year, p.quarter) : '',
        }))
      : [],
  );
  const totals = preview?.totals;

  return (
    <Flex vertical gap="middle">
      <Upload.Dragger
        multiple
        accept=".tdd"
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
        <p className="ant-upload-text">{t.choose}</p>
        <p className="ant-upload-hint">{t.hint}</p>
      </Upload.Dragger>
      <Flex gap="small">
        <Button
          disabled={picked.length === 0}
          loading={previewPackages.isPending}
          onClick={() => void readAndPreview()}
        >
          {t.preview}
        </Button>
        <Button
          type="primary"
          disabled={!preview || preview.totals.accepted === 0 || preview.totals.new + preview.totals.changed === 0}
          loading={applyPackages.isPending}
          onClick={apply}
        >
          {t.apply}
        </Button>
      </Flex>
      {preview && totals && (
        <>
          <Typography.Text strong>
            {t.summary(totals.new, totals.changed, totals.unchanged, totals.accepted, totals.refused)}
          </Typography.Text>
          {preview.packages.map((p) =>
            p.accepted ? (
              <Alert
                key={p.fileName}
                type="success"
                showIcon
                title={`${p.fileName}: ${p.sender?.name ?? ''}, ${
                  p.year !== null && p.quarter !== null ? quarterLabel(p.year, p.quarter) : ''
                } – ${t.standing[p.standing ?? 'new']}${
                  p.createdAt ? ` (${t.sentAt(formatVietnameseDate(p.createdAt.slice(0, 10)))})` : ''
                }`}
                description={p.proposals.length > 0 ? t.proposals(p.proposals.length) : undefined}
              />
            ) : (
              <Alert
                key={p.fileName}
                type="error"
                showIcon
                title={`${p.fileName}: ${t.refused}`}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {p.refusals.map((refusal) => (
                      <li key={refusal}>{refusal}</li>
                    ))}
                  </ul>
                }
              />
            ),
          )}
          {rows.length > 0 && (
            <Table<ChangeRow>
              size="small"
              rowKey="key"
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { key: 'unit', title: t.columns.unit, dataIndex: 'unitName', width: 170 },
                { key: 'indicator', title: t.columns.indicator, dataIndex: 'indicatorName' },
                {
                  key: 'kind',
                  title: t.columns.kind,
                  width: 100,
                  render: (_v, row) => <Tag color={row.kind === 'new' ? 'green' : 'blue'}>{t.kind[row.kind]}</Tag>,
                },
                { key: 'before', title: t.columns.before, dataIndex: 'beforeText', width: 170, align: 'right' },
                { key: 'after', title: t.columns.after, dataIndex: 'afterText', width: 200, align: 'right' },
              ]}
            />
          )}
        </>
      )}
    </Flex>
  );
}
