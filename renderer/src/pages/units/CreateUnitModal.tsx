import { App, Form, Input, Modal, Select } from 'antd';
import { suggestUnitCode } from '@shared/domain/vietnamese-text';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { useUnitKindOptions } from '@renderer/forms/unit-kind-options';
import { vi } from '@renderer/i18n/vi';
import { buildCreateUnitInput, type CreateUnitValues } from './unit-payloads';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { unitCodeRules } from './unit-form-rules';

const t = vi.units.form;

/** "Thêm đơn vị": the unit's name and kind (those of the council's level), with an optional code, start date and note. */
export function CreateUnitModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateUnitValues>();
  const { message } = App.useApp();
  const create = useApiMutation('units:create', { invalidates: ['units:list'] });
  const name = Form.useWatch('name', form) ?? '';
  const kindOptions = useUnitKindOptions(form, 'kind');

  const save = (values: CreateUnitValues) => {
    create.mutate(buildCreateUnitInput(values), {
      onSuccess: (unit) => {
        void message.success(vi.units.create.done(unit.name));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={vi.units.create.title}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<CreateUnitValues> name="create-unit" form={form} layout="vertical" onFinish={save}>
        <Form.Item name="name" label={t.name} rules={[requiredText(t.name)]}>
          <Input placeholder={t.namePlaceholder} maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t.kind} rules={[requiredChoice(t.kind)]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="code" label={t.code} extra={t.codeHint} rules={unitCodeRules}>
          <Input placeholder={name.trim() ? t.codeSuggested(suggestUnitCode(name)) : undefined} maxLength={40} />
        </Form.Item>
        <Form.Item name="validFrom" label={t.validFrom} extra={t.validFromHint}>
          <DateField />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
