import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ChannelInput } from '@shared/contract';
import type { Movement, MovementKind } from '@shared/domain/plan';
import { useApiMutation } from '@renderer/api/hooks';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { viPlans } from '@renderer/i18n/vi-plans';
import { movementKindOptions } from '../options';

interface MovementValues {
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear?: number | null;
  launchedBy?: string;
  description?: string;
}

const f = viPlans.movements.form;

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function movementInput(values: MovementValues, id?: number): ChannelInput<'movements:save'> {
  return {
    ...(id !== undefined && { id }),
    name: values.name.trim(),
    kind: values.kind,
    startYear: values.startYear,
    endYear: values.endYear ?? null,
    launchedBy: blankToNull(values.launchedBy),
    description: blankToNull(values.description),
  };
}

/** Add or edit a movement: name, kind, years (the end may stay open), who launched it. */
export function MovementModal({ movement, onClose }: { movement: Movement | null; onClose: () => void }) {
  const [form] = Form.useForm<MovementValues>();
  const { message } = App.useApp();
  const save = useApiMutation('movements:save', { invalidates: ['movements:list'] });

  const initialValues: Partial<MovementValues> = movement
    ? {
        name: movement.name,
        kind: movement.kind,
        startYear: movement.startYear,
        endYear: movement.endYear,
        launchedBy: movement.launchedBy ?? '',
        description: movement.description ?? '',
      }
    : { kind: 'chuyen_de', startYear: new Date().getFullYear() };

  return (
    <Modal
      open
      title={movement ? f.editTitle(movement.name) : f.createTitle}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
    >
      <Form<MovementValues>
        name="movement"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) =>
          save.mutate(movementInput(values, movement?.id), {
            onSuccess: (saved) => {
              void message.success(viPlans.movements.saved(saved.name));
              onClose();
            },
          })
        }
      >
        <Form.Item name="name" label={f.name} rules={[requiredText(f.name)]}>
          <Input maxLength={500} placeholder={f.namePlaceholder} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={f.kind} rules={[requiredChoice(f.kind)]}>
          <Select options={movementKindOptions} />
        </Form.Item>
        <Form.Item name="startYear" label={f.startYear} rules={[requiredChoice(f.startYear)]}>
          <InputNumber min={1990} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endYear"
          label={f.endYear}
          extra={f.endYearHint}
          dependencies={['startYear']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, end: number | null | undefined) => {
                const start = getFieldValue('startYear') as number | null | undefined;
                return end != null && start != null && end < start
                  ? Promise.reject(new Error(f.endBeforeStart))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <InputNumber min={1990} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="launchedBy" label={f.launchedBy}>
          <Input maxLength={300} placeholder={f.launchedByPlaceholder} />
        </Form.Item>
        <Form.Item name="description" label={f.description}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
