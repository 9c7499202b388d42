import { useMemo, useState } from 'react';
import { Alert, Button, Flex, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApiQuery } from '@renderer/api/hooks';
import { formatTimestamp } from '@renderer/format/date-time';
import { viReports } from '@renderer/i18n/vi-reports';
import { ReportActions } from './ReportActions';
import { ReportEditor } from './ReportEditor';
import { ReportPreview } from './ReportPreview';
import { useReportOutputs } from './use-report-outputs';

const t = viReports.workspace;

/**
 * One report: a draft is edited on the left and previewed on the right (the saved version, as it prints); an
 * issued report is shown as it was issued, to reprint or export.
 */
export function ReportWorkspace({ id, onBack }: { id: number; onBack: () => void }) {
  const reports = useApiQuery('reports:list', {});
  const report = useMemo(() => reports.data?.find((r) => r.id === id), [reports.data, id]);
  const outputs = useReportOutputs();
  const [dirty, setDirty] = useState(false);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={onBack}
      style={{ paddingInline: 0, alignSelf: 'flex-start' }}
    >
      {t.back}
    </Button>
  );
  if (reports.isError) {
    return <Alert type="error" showIcon title={viReports.loadFailed} description={reports.error.message} />;
  }
  if (reports.isPending) return <Spin />;
  if (!report) {
    return (
      <Flex vertical gap="middle" align="start">
        {back}
        <Alert type="warning" showIcon title={t.notFound} />
      </Flex>
    );
  }

  const draft = report.status === 'nhap';
  return (
    <Flex vertical gap="middle">
      {back}
      <Flex gap="middle" align="center" wrap justify="space-between">
        <Flex gap="small" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {viReports.periodOf(report.period, report.year)}
          </Typography.Title>
          <Tag color={draft ? 'gold' : 'green'}>{viReports.status[report.status]}</Tag>
        </Flex>
        <ReportActions report={report} outputs={outputs} dirty={dirty} />
      </Flex>
      <Alert
        type={draft ? 'info' : 'success'}
        showIcon
        title={
          draft ? t.draftNote : t.issuedNote(formatTimestamp(report.issuedAt ?? ''), report.issuedBy ?? viReports.none)
        }
      />
      {dirty && <Alert type="warning" showIcon title={viReports.editor.unsaved} />}
      {draft ? (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(320px, 5fr) minmax(400px, 7fr)',
            gap: 16,
            alignItems: 'start',
          }}
        >
          <ReportEditor report={report} onDirtyChange={setDirty} />
          <div style={{ position: 'sticky', top: 16 }}>
            <ReportPreview id={report.id} />
          </div>
        </div>
      ) : (
        <div style={{ maxWidth: 900 }}>
          <ReportPreview id={report.id} />
        </div>
      )}
    </Flex>
  );
}
