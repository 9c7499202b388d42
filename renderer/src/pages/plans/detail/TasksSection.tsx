import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { PlanTask } from '@shared/domain/plan';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { formatIsoDate, localIsoDate } from '@renderer/format/dates';
import { viPlans } from '@renderer/i18n/vi-plans';
import { isTaskLate, onTimeSummary } from './tasks';

const t = viPlans.tasks;
const stateColors: Record<PlanTask['state'], string> = { dang_thuc_hien: 'blue', hoan_thanh: 'green', huy: 'default' };

interface TasksSectionProps {
  tasks: readonly PlanTask[];
  onAdd: () => void;
  onEdit: (task: PlanTask) => void;
}

/** Nhiệm vụ trọng tâm: the plan's tasks by unit, with deadlines, and how many were done on time. */
export function TasksSection({ tasks, onAdd, onEdit }: TasksSectionProps) {
  const { message, modal } = App.useApp();
  const units = useApiQuery('units:list', { includeRetired: true });
  const remove = useApiMutation('tasks:delete', { invalidates: ['plans:get', 'tasks:list'] });
  const names = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const summary = onTimeSummary(tasks);
  const today = localIsoDate(new Date());
  const c = t.columns;
  const date = (iso: string | null) => (iso ? formatIsoDate(iso) : viPlans.common.none);

  const confirmDelete = (task: PlanTask) =>
    modal.confirm({
      title: t.deleteTitle,
      content: task.title,
      okText: viPlans.common.delete,
      cancelText: viPlans.common.cancel,
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync({ id: task.id }).then(() => void message.success(t.deleted)),
    });

  const columns: TableColumnsType<PlanTask> = [
    { key: 'unit', title: c.unit, width: 150, render: (_v, task) => names.get(task.unitId) ?? `#${task.unitId}` },
    { key: 'title', title: c.title, dataIndex: 'title' },
    {
      key: 'assignedBy',
      title: c.assignedBy,
      width: 160,
      render: (_v, task) => task.assignedBy ?? viPlans.common.none,
    },
    { key: 'deadline', title: c.deadline, width: 100, render: (_v, task) => date(task.deadline) },
    { key: 'completedOn', title: c.completedOn, width: 110, render: (_v, task) => date(task.completedOn) },
    {
      key: 'state',
      title: c.state,
      width: 130,
      render: (_v, task) => (
        <Flex gap={4} wrap>
          <Tag color={stateColors[task.state]}>{t.states[task.state]}</Tag>
          {isTaskLate(task, today) && <Tag color="red">{t.late}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: c.actions,
      width: 100,
      render: (_v, task) => (
        <Flex wrap>
          <Button
            type="link"
            size="small"
            aria-label={`${viPlans.common.edit}: ${task.title}`}
            onClick={() => onEdit(task)}
          >
            {viPlans.common.edit}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            aria-label={`${viPlans.common.delete}: ${task.title}`}
            onClick={() => confirmDelete(task)}
          >
            {viPlans.common.delete}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={t.title}
      extra={
        <Button icon={<PlusOutlined />} onClick={onAdd}>
          {t.add}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Flex gap="middle" wrap>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
          {summary.total > 0 && (
            <Typography.Text strong style={{ marginInlineStart: 'auto' }}>
              {t.onTime(summary.done, summary.total)}
            </Typography.Text>
          )}
        </Flex>
        <Table<PlanTask>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={tasks as PlanTask[]}
          tableLayout="fixed"
          locale={{ emptyText: t.empty }}
          pagination={false}
        />
      </Flex>
    </Card>
  );
}
