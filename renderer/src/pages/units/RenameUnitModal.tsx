import { App, Form, Input, Modal, Typography } from 'antd';
import type { Unit } from '@shared/domain/unit';
import { useApiMutation } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { buildRenameInput } from './unit-payloads';
import { requiredText } from '@renderer/forms/form-rules';

interface RenameValues {
  name: string;
  reason?: string;
}

const t = vi.units.rename;

/** "Đổi tên": the old name stays in the audit history, so a reason is worth recording. */
export function RenameUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const [form] = Form.useForm<RenameValues>();
  const { message } = App.useApp();
  const rename = useApiMutation('units:rename', { invalidates: ['units:list'] });

  const save = (values: RenameValues) => {
    rename.mutate(buildRenameInput(unit.id, values), {
      onSuccess: (renamed) => {
        void message.success(t.done(renamed.name));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={t.title(unit.name)}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={rename.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t.history}</Typography.Paragraph>
      <Form<RenameValues>
        name="rename-unit"
        form={form}
        layout="vertical"
        initialValues={{ name: unit.name }}
        onFinish={save}
      >
        <Form.Item
          name="name"
          label={t.newName}
          rules={[
            requiredText(t.newName),
            {
              validator: (_rule, value: string | undefined) =>
                value?.trim() === unit.name ? Promise.reject(new Error(t.sameName)) : Promise.resolve(),
            },
          ]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="reason" label={vi.common.reason}>
          <Input.TextArea rows={2} maxLength={500} placeholder={vi.common.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
