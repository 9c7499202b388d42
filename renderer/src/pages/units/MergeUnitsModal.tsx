import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Unit } from '@shared/domain/unit';
import { useApiMutation } from '@renderer/api/hooks';
import { DateField } from '@renderer/forms/DateField';
import { useUnitKindOptions } from '@renderer/forms/unit-kind-options';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { vi } from '@renderer/i18n/vi';
import { buildMergeInput, type MergeUnitsValues } from './unit-payloads';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';
import { unitCodeRules } from './unit-form-rules';

const t = vi.units.merge;

interface MergeUnitsModalProps {
  /** Units that can still be merged (no end date). */
  candidates: readonly Unit[];
  /** Pre-selected sources, e.g. the row the secretary clicked "Sáp nhập" on. */
  initialSourceIds: number[];
  onClose: () => void;
}

/**
 * "Sáp nhập": several units end on one date and point at the unit that absorbs them, an existing one or a new one
 * (as with the 2025 commune mergers), so their old figures can still be read and added up.
 */
export function MergeUnitsModal({ candidates, initialSourceIds, onClose }: MergeUnitsModalProps) {
  const [form] = Form.useForm<MergeUnitsValues>();
  const { message } = App.useApp();
  const merge = useApiMutation('units:merge', { invalidates: ['units:list'] });
  const target = Form.useWatch('target', form) ?? 'existing';
  const kindOptions = useUnitKindOptions(form, 'newKind');
  const sourceIds = Form.useWatch('sourceIds', form) ?? initialSourceIds;

  const unitOptions = candidates.map((unit) => ({ value: unit.id, label: unit.name }));
  // A unit cannot absorb itself; hide the chosen sources from the receiving list.
  const intoOptions = unitOptions.filter((option) => !sourceIds.includes(option.value));

  const save = (values: MergeUnitsValues) => {
    merge.mutate(buildMergeInput(values), {
      onSuccess: (into) => {
        void message.success(t.done(into.name));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={t.title}
      okText={vi.common.save}
      cancelText={vi.common.cancel}
      confirmLoading={merge.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Typography.Paragraph type="secondary">{t.history}</Typography.Paragraph>
      <Form<MergeUnitsValues>
        name="merge-units"
        form={form}
        layout="vertical"
        initialValues={{ sourceIds: initialSourceIds, target: 'existing' }}
        onFinish={save}
      >
        <Form.Item name="sourceIds" label={t.sources} rules={[requiredChoice(t.sources)]}>
          <Select
            mode="multiple"
            options={unitOptions}
            placeholder={t.sourcesPlaceholder}
            showSearch={vietnameseSelectSearch}
          />
        </Form.Item>
        <Form.Item name="target" label={t.target}>
          <Radio.Group
            options={[
              { value: 'existing', label: t.targetExisting },
              { value: 'new', label: t.targetNew },
            ]}
          />
        </Form.Item>
        {target === 'existing' ? (
          <Form.Item name="intoId" label={t.into} rules={[requiredChoice(t.into)]}>
            <Select options={intoOptions} showSearch={vietnameseSelectSearch} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="newName" label={t.newName} rules={[requiredText(t.newName)]}>
              <Input maxLength={200} placeholder={t.newNamePlaceholder} />
            </Form.Item>
            <Form.Item name="newKind" label={vi.units.form.kind} rules={[requiredChoice(vi.units.form.kind)]}>
              <Select options={kindOptions} />
            </Form.Item>
            <Form.Item name="newCode" label={vi.units.form.code} extra={vi.units.form.codeHint} rules={unitCodeRules}>
              <Input maxLength={40} />
            </Form.Item>
          </>
        )}
        <Form.Item name="date" label={t.date} rules={[requiredChoice(t.date)]}>
          <DateField />
        </Form.Item>
        <Form.Item name="reason" label={vi.common.reason}>
          <Input.TextArea rows={2} maxLength={500} placeholder={vi.common.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
