import { useState } from 'react';
import { Alert, App, Flex, Modal, Radio, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { excelFileLimits } from '@shared/contract/excel';
import type { Cluster } from '@shared/domain/cluster';
import { clusterExcelWords as t } from '@shared/i18n/vi-cluster-excel';
import { useApiMutation } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { readExcelFile } from '../figures/excel-files';

/** "Nhập từ Excel": one criteria table file, replacing the table or added after it; the core checks it all. */
export function CriteriaImportModal(props: { cluster: Cluster; hasRows: boolean; onClose: () => void }) {
  const { cluster, hasRows, onClose } = props;
  const { message } = App.useApp();
  const [picked, setPicked] = useState<UploadFile[]>([]);
  const [replace, setReplace] = useState(true);
  const [reading, setReading] = useState(false);
  const importCriteria = useApiMutation('clusters:importCriteria', {
    invalidates: ['clusters:criteria', 'clusters:list', 'scores:round'],
  });
  const submit = async () => {
    const blob = picked[0]?.originFileObj;
    if (!blob) return;
    if (blob.size > excelFileLimits.maxFileBytes) {
      void message.error(t.tooLarge(blob.name));
      return;
    }
    setReading(true);
    try {
      const file = await readExcelFile(blob);
      importCriteria.mutate(
        { clusterId: cluster.id, ...file, replace: replace || !hasRows },
        {
          onSuccess: (table) => {
            void message.success(t.imported(table.rows.length));
            onClose();
          },
        },
      );
    } finally {
      setReading(false);
    }
  };
  return (
    <Modal
      open
      title={t.importCriteriaTitle}
      okText={t.importCriteria}
      cancelText={vi.common.cancel}
      okButtonProps={{ disabled: picked.length === 0 }}
      confirmLoading={reading || importCriteria.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <Alert type="info" showIcon title={t.importCriteriaHint} />
        <Upload.Dragger
          maxCount={1}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          fileList={picked}
          beforeUpload={() => false}
          onChange={({ fileList }) => setPicked(fileList.slice(-1))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.chooseFile}</p>
        </Upload.Dragger>
        {hasRows && (
          <Radio.Group
            value={replace}
            onChange={(event) => setReplace(event.target.value as boolean)}
            options={[
              { value: true, label: t.replace },
              { value: false, label: t.append },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
