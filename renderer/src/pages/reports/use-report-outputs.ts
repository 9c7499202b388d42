import { App } from 'antd';
import type { ReportExportFormat } from '@shared/contract/reports';
import { useApiMutation } from '@renderer/api/hooks';
import { viReports } from '@renderer/i18n/vi-reports';
import { downloadReportFile } from './report-files';

const t = viReports.actions;

/**
 * In, Lưu PDF, Xuất Word, Xuất Excel for any report, with which one is running. Failures (such as "In" in the
 * browser build, which has no printer dialog) show the core's Vietnamese message through useApiMutation.
 */
export function useReportOutputs() {
  const { message } = App.useApp();
  const print = useApiMutation('reports:print', { invalidates: [] });
  const pdf = useApiMutation('reports:pdf', { invalidates: [] });
  const exportFile = useApiMutation('reports:export', { invalidates: [] });

  const download = (file: { fileName: string; contentBase64: string }) => {
    downloadReportFile(file);
    void message.success(t.downloaded(file.fileName));
  };

  return {
    print: (id: number) =>
      print.mutate({ id }, { onSuccess: ({ printed }) => void message.info(printed ? t.printed : t.printCancelled) }),
    pdf: (id: number) => pdf.mutate({ id }, { onSuccess: download }),
    exportAs: (id: number, format: ReportExportFormat) => exportFile.mutate({ id, format }, { onSuccess: download }),
    /** The report id a job runs for, per kind of job; null when idle. */
    busy: {
      print: print.isPending ? (print.variables?.id ?? null) : null,
      pdf: pdf.isPending ? (pdf.variables?.id ?? null) : null,
      docx: exportFile.isPending && exportFile.variables?.format === 'docx' ? exportFile.variables.id : null,
      xlsx: exportFile.isPending && exportFile.variables?.format === 'xlsx' ? exportFile.variables.id : null,
    },
  };
}

export type ReportOutputs = ReturnType<typeof useReportOutputs>;
