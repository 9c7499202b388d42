import { useState } from 'react';
import { Button, Tooltip } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { Cluster } from '@shared/domain/cluster';
import { clusterExcelWords as t } from '@shared/i18n/vi-cluster-excel';
import { CriteriaImportModal } from './CriteriaImportModal';

/** The criteria editor's "Nhập từ Excel"; disabled while the table has scores or unsaved edits. */
export function CriteriaImportButton(props: { cluster: Cluster; hasRows: boolean; locked: boolean; changed: boolean }) {
  const [open, setOpen] = useState(false);
  const hint = props.changed ? t.unsavedFirst : props.locked ? t.lockedHint : undefined;
  return (
    <>
      <Tooltip title={hint}>
        <Button icon={<FileExcelOutlined />} disabled={hint !== undefined} onClick={() => setOpen(true)}>
          {t.importCriteria}
        </Button>
      </Tooltip>
      {open && <CriteriaImportModal cluster={props.cluster} hasRows={props.hasRows} onClose={() => setOpen(false)} />}
    </>
  );
}
