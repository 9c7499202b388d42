import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { RoundView } from '@shared/domain/cluster-round';
import { clusterExcelWords as t } from '@shared/i18n/vi-cluster-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { downloadExcelFile } from '../figures/excel-files';
import { ScoresExcelImportDialog } from './ScoresExcelImportDialog';

/** "Xuất phiếu tự chấm (Excel)" (one workbook per member) and "Nhập phiếu tự chấm" (preview, then confirm). */
export function ScoresExcelButtons({ round }: { round: RoundView }) {
  const { message } = App.useApp();
  const exportSheets = useApiMutation('scores:exportSheets', { invalidates: [] });
  const [importing, setImporting] = useState(false);
  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={exportSheets.isPending}
        onClick={() =>
          exportSheets.mutate(
            { clusterId: round.cluster.id, round: round.period },
            {
              onSuccess: ({ files }) => {
                files.forEach(downloadExcelFile);
                void message.success(t.exported(files.length));
              },
            },
          )
        }
      >
        {t.exportSheets}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        {t.importSheets}
      </Button>
      {importing && <ScoresExcelImportDialog round={round} onClose={() => setImporting(false)} />}
    </>
  );
}
