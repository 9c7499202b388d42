import { Button, Form, Input, Select } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { councilLevels, type CouncilProfile } from '@shared/domain/council';
import { councilLevelLabels } from '@shared/i18n/vi-labels';
import { vi } from '@renderer/i18n/vi';
import { requiredChoice, requiredText } from '@renderer/forms/form-rules';

const f = vi.settings.fields;
const levelOptions = councilLevels.map((level) => ({ value: level, label: councilLevelLabels[level] }));

interface CouncilProfileFormProps {
  initial: CouncilProfile;
  saving: boolean;
  onChange: (profile: CouncilProfile) => void;
  onSave: (profile: CouncilProfile) => void;
}

/** The council's details as printed on documents. Required fields match what the core refuses to store blank. */
export function CouncilProfileForm({ initial, saving, onChange, onSave }: CouncilProfileFormProps) {
  const [form] = Form.useForm<CouncilProfile>();
  const code = Form.useWatch('issuingBodyCode', form) ?? initial.issuingBodyCode;

  return (
    <Form<CouncilProfile>
      name="council-profile"
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={(_changed, all) => onChange({ ...initial, ...all })}
      onFinish={onSave}
    >
      <Form.Item name="level" label={f.level} rules={[requiredChoice(f.level)]}>
        <Select options={levelOptions} />
      </Form.Item>
      <Form.Item name="parentBody" label={f.parentBody} extra={f.parentBodyHint}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="issuingBody"
        label={f.issuingBody}
        extra={f.issuingBodyHint}
        rules={[requiredText(f.issuingBody)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="issuerName" label={f.issuerName} extra={f.issuerNameHint}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="issuingBodyCode"
        label={f.issuingBodyCode}
        extra={f.issuingBodyCodeHint(code.trim())}
        rules={[requiredText(f.issuingBodyCode)]}
      >
        <Input maxLength={30} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="place" label={f.place} extra={f.placeHint} rules={[requiredText(f.place)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="signerCapacity" label={f.signerCapacity} extra={f.signerCapacityHint}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="signerTitle"
        label={f.signerTitle}
        extra={f.signerTitleHint}
        rules={[requiredText(f.signerTitle)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="signerName" label={f.signerName} rules={[requiredText(f.signerName)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
        {vi.common.save}
      </Button>
    </Form>
  );
}
