import { Input } from 'antd';
import { viPlans } from '@renderer/i18n/vi-plans';
import { Field } from '../components/Field';

/** "Lý do": recorded in the audit trail with the change. */
export function ReasonField({ value, onChange }: { value: string; onChange: (reason: string) => void }) {
  return (
    <Field caption={viPlans.common.reason}>
      <Input.TextArea
        aria-label={viPlans.common.reason}
        value={value}
        maxLength={500}
        rows={2}
        placeholder={viPlans.common.reasonPlaceholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

/** The contract's optional reason: omitted when blank. */
export function reasonInput(reason: string): { reason?: string } {
  const trimmed = reason.trim();
  return trimmed === '' ? {} : { reason: trimmed };
}
