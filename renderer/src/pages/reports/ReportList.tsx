import { Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { FilePdfOutlined, FileWordOutlined, FolderOpenOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ReportRecord } from '@shared/report/report-record';
import { formatTimestamp } from '@renderer/format/date-time';
import { formatIsoDate } from '@renderer/format/dates';
import { viReports } from '@renderer/i18n/vi-reports';
import { reportPath } from './reports-route';
import type { ReportOutputs } from './use-report-outputs';

const t = viReports.list;
const a = viReports.actions;

interface ReportListProps {
  reports: ReportRecord[];
  loading: boolean;
  outputs: ReportOutputs;
  onOpen: (id: number) => void;
}

/** Every report, newest period first: drafts open in the editor; issued ones reprint, or save as PDF or Word. */
export function ReportList({ reports, loading, outputs, onOpen }: ReportListProps) {
  const c = t.columns;
  const columns: TableColumnsType<ReportRecord> = [
    {
      key: 'period',
      title: c.period,
      render: (_: unknown, r) => <a href={`#${reportPath(r.id)}`}>{viReports.periodOf(r.period, r.year)}</a>,
    },
    {
      key: 'number',
      title: c.number,
      dataIndex: 'documentNumber',
      width: 90,
      render: (n: string) => n || viReports.none,
    },
    { key: 'issuedOn', title: c.issuedOn, dataIndex: 'issuedOn', width: 130, render: (d: string) => formatIsoDate(d) },
    {
      key: 'status',
      title: c.status,
      dataIndex: 'status',
      width: 140,
      render: (status: ReportRecord['status']) => (
        <Tag color={status === 'phat_hanh' ? 'green' : 'gold'}>{viReports.status[status]}</Tag>
      ),
    },
    {
      key: 'issued',
      title: c.issued,
      width: 230,
      render: (_: unknown, r) =>
        r.issuedAt ? t.issuedBy(formatTimestamp(r.issuedAt), r.issuedBy ?? viReports.none) : viReports.none,
    },
    {
      key: 'actions',
      title: c.actions,
      width: 330,
      render: (_: unknown, r) =>
        r.status === 'nhap' ? (
          <Button size="small" icon={<FolderOpenOutlined />} onClick={() => onOpen(r.id)}>
            {t.open}
          </Button>
        ) : (
          <Flex gap="small" wrap>
            <Button size="small" icon={<FolderOpenOutlined />} onClick={() => onOpen(r.id)}>
              {t.view}
            </Button>
            <Button
              size="small"
              icon={<PrinterOutlined />}
              loading={outputs.busy.print === r.id}
              onClick={() => outputs.print(r.id)}
            >
              {a.reprint}
            </Button>
            <Button
              size="small"
              icon={<FilePdfOutlined />}
              loading={outputs.busy.pdf === r.id}
              onClick={() => outputs.pdf(r.id)}
            >
              {a.pdf}
            </Button>
            <Button
              size="small"
              icon={<FileWordOutlined />}
              loading={outputs.busy.docx === r.id}
              onClick={() => outputs.exportAs(r.id, 'docx')}
            >
              {a.word}
            </Button>
          </Flex>
        ),
    },
  ];
  return (
    <Table<ReportRecord>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={reports}
      loading={loading}
      locale={{ emptyText: t.empty }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}
