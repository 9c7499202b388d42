import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { awardExcelUi as t } from '@shared/i18n/vi-award-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { downloadReportFile } from '../reports/report-files';

/** "Xuất Excel" on a decision: its recipients as an A4 list with the prize money. */
export function AwardExportButton({ decisionId }: { decisionId: number }) {
  const { message } = App.useApp();
  const exportList = useApiMutation('decisions:exportList', { invalidates: [] });
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={exportList.isPending}
      onClick={() =>
        exportList.mutate(
          { id: decisionId },
          { onSuccess: (file) => (downloadReportFile(file), void message.success(file.fileName)) },
        )
      }
    >
      {t.exportList}
    </Button>
  );
}
