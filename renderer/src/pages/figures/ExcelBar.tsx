import { useState } from 'react';
import { Button, Dropdown, Flex, Tooltip } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { TemplateLayout } from '@shared/contract/figures';
import type { Quarter } from '@shared/domain/period';
import { useApiMutation } from '@renderer/api/hooks';
import { useSaveFiles } from '@renderer/files/use-save-files';
import { viFigures } from '@renderer/i18n/vi-figures';
import { ImportDialog } from './ImportDialog';

const t = viFigures.excel;

interface ExcelBarProps {
  year: number;
  quarter: Quarter;
  /** Unsaved edits in the grid: an import would be applied under them, so it waits until they are saved. */
  dirty: boolean;
}

/** "Xuất mẫu nhập liệu" (one workbook per unit, or one workbook) and "Nhập từ tệp Excel". */
export function ExcelBar({ year, quarter, dirty }: ExcelBarProps) {
  const [importing, setImporting] = useState(false);
  const exportTemplate = useApiMutation('figures:exportTemplate', { invalidates: [] });
  // One workbook per unit: all of them into one folder, asked once.
  const { saveFiles, saving, folderModal } = useSaveFiles();

  const exportAs = (layout: TemplateLayout) =>
    exportTemplate.mutate(
      { year, quarter, unitIds: null, layout },
      { onSuccess: ({ files }) => void saveFiles(files) },
    );

  return (
    <Flex gap="small" align="center">
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'per-unit-files', label: t.layouts['per-unit-files'] },
            { key: 'one-workbook', label: t.layouts['one-workbook'] },
          ],
          onClick: ({ key }) => exportAs(key as TemplateLayout),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={exportTemplate.isPending || saving}>
          <FileExcelOutlined aria-hidden /> {t.exportTemplate}
        </Button>
      </Dropdown>
      <Tooltip title={dirty ? t.saveFirst : undefined}>
        <Button icon={<UploadOutlined />} disabled={dirty} onClick={() => setImporting(true)}>
          {t.importFiles}
        </Button>
      </Tooltip>
      {importing && <ImportDialog year={year} quarter={quarter} onClose={() => setImporting(false)} />}
      {folderModal}
    </Flex>
  );
}
