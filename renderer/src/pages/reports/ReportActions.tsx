import type { ReactNode } from 'react';
import { App, Button, Flex, Tooltip } from 'antd';
import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { ReportRecord } from '@shared/report/report-record';
import { useApiMutation } from '@renderer/api/hooks';
import { viReports } from '@renderer/i18n/vi-reports';
import type { ReportOutputs } from './use-report-outputs';

const t = viReports.actions;

interface ReportActionsProps {
  report: ReportRecord;
  outputs: ReportOutputs;
  /** Unsaved edits: printing or issuing now would not show them, so the buttons wait for "Lưu nháp". */
  dirty: boolean;
}

/** In, Lưu PDF, Xuất Word, Xuất Excel and, for a draft, Phát hành (after a confirmation). */
export function ReportActions({ report, outputs, dirty }: ReportActionsProps) {
  const { message, modal } = App.useApp();
  const issue = useApiMutation('reports:issue', { invalidates: ['reports:list', 'reports:html'] });
  const { id } = report;
  const draft = report.status === 'nhap';
  const blocked = dirty ? t.saveFirst : undefined;

  const confirmIssue = () =>
    modal.confirm({
      title: t.issueConfirmTitle,
      content: t.issueConfirm,
      okText: t.issueOk,
      cancelText: t.cancel,
      onOk: () =>
        issue.mutateAsync({ id }).then(
          () => void message.success(t.issued),
          // The hook has already shown the core's message; keep the dialog from treating it as unhandled.
          () => undefined,
        ),
    });

  const button = (label: string, icon: ReactNode, busy: boolean, onClick: () => void) => (
    <Tooltip title={blocked}>
      <Button icon={icon} loading={busy} disabled={dirty} onClick={onClick}>
        {label}
      </Button>
    </Tooltip>
  );

  return (
    <Flex gap="small" wrap>
      {button(draft ? t.print : t.reprint, <PrinterOutlined />, outputs.busy.print === id, () => outputs.print(id))}
      {button(t.pdf, <FilePdfOutlined />, outputs.busy.pdf === id, () => outputs.pdf(id))}
      {button(t.word, <FileWordOutlined />, outputs.busy.docx === id, () => outputs.exportAs(id, 'docx'))}
      {button(t.excel, <FileExcelOutlined />, outputs.busy.xlsx === id, () => outputs.exportAs(id, 'xlsx'))}
      {draft && (
        <Tooltip title={blocked}>
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={issue.isPending}
            disabled={dirty}
            onClick={confirmIssue}
          >
            {t.issue}
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
}
