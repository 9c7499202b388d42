import { useState } from 'react';
import { Alert, App, Empty, Flex, Modal, Select } from 'antd';
import type { Cluster } from '@shared/domain/cluster';
import { clusterWords } from '@shared/i18n/vi-clusters';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';

const t = viClusters.criteria;

/** "Sao chép bảng tiêu chí": picks a year and one of its clusters that has a table, then `clusters:copyCriteria`. */
export function CopyCriteriaModal(props: {
  target: Cluster;
  years: readonly number[];
  onClose: (copied: boolean) => void;
}) {
  const { target, years, onClose } = props;
  const { message } = App.useApp();
  const [year, setYear] = useState(target.year);
  const [fromId, setFromId] = useState<number | null>(null);
  const list = useApiQuery('clusters:list', { year });
  const copy = useApiMutation('clusters:copyCriteria', {
    invalidates: ['clusters:criteria', 'clusters:list', 'scores:round'],
  });
  const sources = (list.data?.year === year ? list.data.clusters : []).filter(
    (c) => c.id !== target.id && c.criteriaCount > 0,
  );
  const yearOptions = [...new Set([target.year, ...years])].sort((a, b) => b - a);

  return (
    <Modal
      open
      title={t.copyTitle}
      okText={t.copyOk}
      cancelText={vi.common.cancel}
      okButtonProps={{ disabled: fromId === null }}
      confirmLoading={copy.isPending}
      onCancel={() => onClose(false)}
      onOk={() => {
        if (fromId === null) return;
        copy.mutate(
          { fromClusterId: fromId, toClusterId: target.id },
          {
            onSuccess: (table) => {
              void message.success(t.copied(table.rows.length));
              onClose(true);
            },
          },
        );
      }}
    >
      <Flex vertical gap="middle">
        <Alert type="warning" showIcon title={t.copyWarning} />
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {t.copyYear}
          <Select
            aria-label={t.copyYear}
            value={year}
            options={yearOptions.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y) => {
              setYear(y);
              setFromId(null);
            }}
          />
        </label>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {t.copyFrom}
          <Select
            aria-label={t.copyFrom}
            value={fromId}
            loading={list.isLoading}
            notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noSource} />}
            options={sources.map((c) => ({
              value: c.id,
              label: `${c.name} — ${clusterWords.maxTotal(c.maxima.content, c.maxima.bonus)}`,
            }))}
            onChange={setFromId}
          />
        </label>
      </Flex>
    </Modal>
  );
}
