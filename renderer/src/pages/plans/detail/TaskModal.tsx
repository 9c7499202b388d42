import { App, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { PlanTask } from '@shared/domain/plan';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viPlans } from '@renderer/i18n/vi-plans';
import { taskStateOptions } from '../options';
import { taskInput, type TaskValues } from './tasks';

const f = viPlans.tasks.form;

/** Add or edit a key task: the unit, what, who assigned it, the deadline, and when it was done. */
export function TaskModal({ planId, task, onClose }: { planId: number; task: PlanTask | null; onClose: () => void }) {
  const [form] = Form.useForm<TaskValues>();
  const { message } = App.useApp();
  const units = useApiQuery('units:list', { includeRetired: true });
  const save = useApiMutation('tasks:save', { invalidates: ['plans:get', 'tasks:list'] });
  const state = Form.useWatch('state', form) ?? task?.state ?? 'dang_thuc_hien';

  // Units still open, plus the task's own unit if it has since ended (its old tasks keep their unit).
  const unitOptions = (units.data ?? [])
    .filter((u) => u.validTo === null || u.id === task?.unitId)
    .map((u) => ({ value: u.id, label: u.name }));

  const initialValues: Partial<TaskValues> = task
    ? {
        unitId: task.unitId,
        title: task.title,
        assignedBy: task.assignedBy ?? '',
        deadline: task.deadline ? dayjs(task.deadline) : null,
        completedOn: task.completedOn ? dayjs(task.completedOn) : null,
        state: task.state,
        note: task.note ?? '',
      }
    : { state: 'dang_thuc_hien' };

  return (
    <Modal
      open
      title={task ? f.editTitle : f.createTitle}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
    >
      <Form<TaskValues>
        name="plan-task"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) =>
          save.mutate(taskInput(values, planId, task?.id), {
            onSuccess: () => {
              void message.success(viPlans.tasks.saved);
              onClose();
            },
          })
        }
      >
        <Form.Item name="unitId" label={f.unit} rules={[requiredChoice(f.unit)]}>
          <Select options={unitOptions} loading={units.isPending} showSearch={vietnameseSelectSearch} />
        </Form.Item>
        <Form.Item name="title" label={f.title} rules={[requiredText(f.title)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="assignedBy" label={f.assignedBy}>
          <Input maxLength={300} placeholder={f.assignedByPlaceholder} />
        </Form.Item>
        <Form.Item name="deadline" label={f.deadline}>
          <DateField />
        </Form.Item>
        <Form.Item name="state" label={f.state} rules={[requiredChoice(f.state)]}>
          <Select options={taskStateOptions} />
        </Form.Item>
        <Form.Item
          name="completedOn"
          label={f.completedOn}
          dependencies={['state']}
          rules={[{ required: state === 'hoan_thanh', message: f.completedOnRequired }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="note" label={f.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
