import { useState } from 'react';
import { App, Button, Dropdown, Flex, Tooltip } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import type { TemplateLayout } from '@shared/contract/figures';
import type { Quarter } from '@shared/domain/period';
import { useApiMutation } from '@renderer/api/hooks';
import { viFigures } from '@renderer/i18n/vi-figures';
import { downloadExcelFile } from './excel-files';
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
  const { message } = App.useApp();
  const [importing, setImporting] = useState(false);
  const exportTemplate = useApiMutation('figures:exportTemplate', { invalidates: [] });

  const exportAs = (layout: TemplateLayout) =>
    exportTemplate.mutate(
      { year, quarter, unitIds: null, layout },
      {
        onSuccess: ({ files }) => {
          files.forEach(downloadExcelFile);
          void message.success(t.exported(files.length));
        },
      },
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
        <Button icon={<DownloadOutlined />} loading={exportTemplate.isPending}>
          <FileExcelOutlined aria-hidden /> {t.exportTemplate}
        </Button>
      </Dropdown>
      <Tooltip title={dirty ? t.saveFirst : undefined}>
        <Button icon={<UploadOutlined />} disabled={dirty} onClick={() => setImporting(true)}>
          {t.importFiles}
        </Button>
      </Tooltip>
      {importing && <ImportDialog year={year} quarter={quarter} onClose={() => setImporting(false)} />}
    </Flex>
  );
}
