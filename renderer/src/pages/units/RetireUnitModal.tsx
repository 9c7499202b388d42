import { App, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Unit } from '@shared/domain/unit';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { vi } from '@renderer/i18n/vi';
import { buildRetireInput } from './unit-payloads';
import { requiredChoice } from '@renderer/forms/form-rules';

interface RetireValues {
  validTo: Dayjs;
  reason?: string;
}

const t = vi.units.retire;

/** "Ngừng hoạt động": the unit leaves current lists from that date; its figures stay. */
export function RetireUnitModal({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const [form] = Form.useForm<RetireValues>();
  const { message } = App.useApp();
  const retire = useApiMutation('units:retire', { invalidates: ['units:list'] });

  const save = (values: RetireValues) => {
    retire.mutate(buildRetireInput(unit.id, values), {
      onSuccess: () => {
        void message.success(t.done(unit.name));
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
      confirmLoading={retire.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t.history}</Typography.Paragraph>
      {/* Enter in the date box must not save before the reason is typed: it moves on to the reason instead. */}
      <Form<RetireValues>
        name="retire-unit"
        form={form}
        layout="vertical"
        onFinish={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            event.preventDefault();
            form.focusField('reason');
          }
        }}
      >
        <Form.Item name="validTo" label={t.date} rules={[requiredChoice(t.date)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={vi.common.reason}>
          <Input.TextArea rows={2} maxLength={500} placeholder={vi.common.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
