import { useState } from 'react';
import { Button } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { RoundView } from '@shared/domain/cluster-round';
import { clusterExcelWords as t } from '@shared/i18n/vi-cluster-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { useSaveFiles } from '@renderer/files/use-save-files';
import { ScoresExcelImportDialog } from './ScoresExcelImportDialog';

/** "Xuất phiếu tự chấm (Excel)" (one workbook per member) and "Nhập phiếu tự chấm" (preview, then confirm). */
export function ScoresExcelButtons({ round }: { round: RoundView }) {
  const exportSheets = useApiMutation('scores:exportSheets', { invalidates: [] });
  const [importing, setImporting] = useState(false);
  // One workbook per member: all of them into one folder, asked once.
  const { saveFiles, saving, folderModal } = useSaveFiles();
  return (
    <>
      <Button
        icon={<FileExcelOutlined />}
        loading={exportSheets.isPending || saving}
        onClick={() =>
          exportSheets.mutate(
            { clusterId: round.cluster.id, round: round.period },
            { onSuccess: ({ files }) => void saveFiles(files) },
          )
        }
      >
        {t.exportSheets}
      </Button>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        {t.importSheets}
      </Button>
      {importing && <ScoresExcelImportDialog round={round} onClose={() => setImporting(false)} />}
      {folderModal}
    </>
  );
}
