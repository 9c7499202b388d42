import { useState } from 'react';
import { Alert, App, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Movement } from '@shared/domain/plan';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { viPlans } from '@renderer/i18n/vi-plans';
import { MovementModal } from './MovementModal';

const t = viPlans.movements;

/** Phong trào thi đua: regular and thematic movements, often over several years, with add, edit and delete. */
export function MovementsPanel() {
  const movements = useApiQuery('movements:list', {});
  const remove = useApiMutation('movements:delete', { invalidates: ['movements:list', 'plans:list', 'plans:get'] });
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Movement | 'new' | null>(null);
  const c = t.columns;

  const confirmDelete = (movement: Movement) =>
    modal.confirm({
      title: t.deleteTitle(movement.name),
      content: t.deleteBody,
      okText: viPlans.common.delete,
      cancelText: viPlans.common.cancel,
      okButtonProps: { danger: true },
      onOk: () =>
        remove.mutateAsync({ id: movement.id }).then(() => {
          void message.success(t.deleted(movement.name));
        }),
    });

  const columns: TableColumnsType<Movement> = [
    { key: 'name', title: c.name, dataIndex: 'name' },
    {
      key: 'kind',
      title: c.kind,
      dataIndex: 'kind',
      width: 130,
      render: (kind: Movement['kind']) => <Tag color={kind === 'chuyen_de' ? 'blue' : 'default'}>{t.kinds[kind]}</Tag>,
    },
    { key: 'years', title: c.years, width: 130, render: (_v, m) => t.years(m.startYear, m.endYear) },
    {
      key: 'launchedBy',
      title: c.launchedBy,
      dataIndex: 'launchedBy',
      render: (v: string | null) => v ?? viPlans.common.none,
    },
    {
      key: 'actions',
      title: c.actions,
      width: 140,
      render: (_v, movement) => (
        <Flex>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing(movement)}
            aria-label={`${viPlans.common.edit}: ${movement.name}`}
          >
            {viPlans.common.edit}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => confirmDelete(movement)}
            aria-label={`${viPlans.common.delete}: ${movement.name}`}
          >
            {viPlans.common.delete}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex align="center" gap="middle" wrap>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginInlineStart: 'auto' }}>
          {t.add}
        </Button>
      </Flex>
      {movements.isError && (
        <Alert type="error" showIcon title={viPlans.common.loadFailed} description={movements.error.message} />
      )}
      <Table<Movement>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={movements.data ?? []}
        loading={movements.isFetching}
        locale={{ emptyText: t.empty }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
      {editing !== null && (
        <MovementModal movement={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}
