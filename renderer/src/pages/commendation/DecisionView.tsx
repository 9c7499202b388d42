import { Alert, App, Button, Card, Descriptions, Flex, Spin, Table, Typography } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { AwardRecord } from '@shared/commendation/registry';
import { proposalPeriodLabels } from '@shared/i18n/vi-commendation';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import type { NavigateOptions } from '@renderer/app/use-hash-route';
import { formatIsoDate } from '@renderer/format/dates';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { downloadReportFile } from '../reports/report-files';
import { AwardExportButton } from './AwardExportButton';
import { tabPath } from './commendation-route';
import { formatMoney, formatMultiple } from './commendation-format';

const t = viCommendation.decisions;
const c = viCommendation.common;

/**
 * The annex exactly as it prints: the core's HTML (the same the PDF is made from) in an iframe that runs nothing
 * (`sandbox=""`) from `srcdoc`.
 */
function AnnexPreview({ id }: { id: number }) {
  const html = useApiQuery('decisions:annexHtml', { id });
  if (html.isError) {
    return <Alert type="error" showIcon title={viCommendation.loadFailed} description={html.error.message} />;
  }
  if (!html.data) return <Spin />;
  return (
    <iframe
      title={t.annexFrame}
      sandbox=""
      srcDoc={html.data.html}
      style={{ width: '100%', maxWidth: 1000, height: 640, border: '1px solid #ddd', background: '#fff' }}
    />
  );
}

/** One decision: who got what, the prize money at the base salary of its date, and the annex to print. */
export function DecisionView(props: { id: number; navigate: (path: string, options?: NavigateOptions) => void }) {
  const { id, navigate } = props;
  const { message } = App.useApp();
  const detail = useApiQuery('decisions:get', { id });
  const pdf = useApiMutation('decisions:annexPdf', { invalidates: [] });
  if (detail.isError) {
    return <Alert type="error" showIcon title={viCommendation.loadFailed} description={detail.error.message} />;
  }
  if (!detail.data) return null;
  const { decision, awards, prizeTotal } = detail.data;
  return (
    <Flex vertical gap="middle">
      <Flex gap="small" align="center" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(tabPath('decisions'))}>
          {c.back}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.heading(decision.number, formatIsoDate(decision.signedOn))}
        </Typography.Title>
      </Flex>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'subject', label: t.subject, children: decision.subject, span: 2 },
          { key: 'authority', label: t.authority, children: decision.authority },
          { key: 'signer', label: t.signer, children: decision.signer },
          { key: 'total', label: t.total, children: <strong>{formatMoney(prizeTotal)}</strong> },
          { key: 'count', label: viCommendation.lookup.count, children: awards.length },
        ]}
      />
      <Card size="small" title={t.recipients}>
        <Table<AwardRecord>
          size="small"
          rowKey="id"
          aria-label={t.recipients}
          pagination={false}
          dataSource={awards}
          columns={[
            { title: 'STT', width: 56, align: 'center', render: (_, __, i) => i + 1 },
            { title: c.name, render: (_, a) => a.personName ?? a.unitName },
            {
              title: c.unit,
              render: (_, a) => (a.personName ? [a.position, a.unitName].filter(Boolean).join(', ') : ''),
            },
            { title: c.title, dataIndex: 'titleName' },
            { title: c.period, render: (_, a) => `${proposalPeriodLabels[a.period]} ${a.year}` },
            { title: t.multiple, align: 'right', render: (_, a) => formatMultiple(a.prizeMultiple) },
            { title: t.baseSalary, align: 'right', render: (_, a) => formatMoney(a.baseSalary) },
            { title: t.prize, align: 'right', render: (_, a) => formatMoney(a.prizeAmount) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={7}>
                <strong>{t.total}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <strong>{formatMoney(prizeTotal)}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card
        size="small"
        title={t.annex}
        extra={
          <Flex gap="small">
            <AwardExportButton decisionId={id} />
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={pdf.isPending}
              onClick={() =>
                pdf.mutate(
                  { id },
                  { onSuccess: (file) => (downloadReportFile(file), void message.success(file.fileName)) },
                )
              }
            >
              {t.savePdf}
            </Button>
          </Flex>
        }
      >
        <AnnexPreview id={id} />
      </Card>
    </Flex>
  );
}
