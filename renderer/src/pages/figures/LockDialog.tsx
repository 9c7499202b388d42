import { App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Unit } from '@shared/domain/unit';
import type { Quarter } from '@shared/domain/period';
import { quarterLabel } from '@shared/domain/figure';
import { useApiMutation } from '@renderer/api/hooks';
import { vi } from '@renderer/i18n/vi';
import { viFigures } from '@renderer/i18n/vi-figures';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import type { LockState } from './grid-model';

const t = viFigures.locks;

interface LockValues {
  scope: 'all' | 'selected';
  unitIds?: number[];
  reason?: string;
}

interface LockDialogProps {
  mode: 'lock' | 'unlock';
  year: number;
  quarter: Quarter;
  units: readonly Unit[];
  locks: LockState;
  onClose: () => void;
}

/**
 * "Chốt số liệu quý" for every unit (and the whole-area figures) or chosen units, and "Mở khóa", which needs a
 * reason written to the audit log.
 */
export function LockDialog({ mode, year, quarter, units, locks, onClose }: LockDialogProps) {
  const [form] = Form.useForm<LockValues>();
  const { message } = App.useApp();
  const invalidates = ['figures:grid', 'locks:list', 'audit:search'] as const;
  const lock = useApiMutation('locks:lock', { invalidates });
  const unlock = useApiMutation('locks:unlock', { invalidates });
  const scope = Form.useWatch('scope', form) ?? 'all';
  const period = quarterLabel(year, quarter);
  // Lock what is still open; unlock what is locked.
  const candidates = units.filter((unit) => (mode === 'lock') !== locks.units.has(unit.id));

  const submit = (values: LockValues) => {
    const unitIds = values.scope === 'all' ? null : (values.unitIds ?? []);
    if (mode === 'lock') {
      lock.mutate(
        { year, quarter, unitIds },
        {
          onSuccess: (result) => {
            void message.success(t.locked(result.length, period));
            onClose();
          },
        },
      );
    } else {
      unlock.mutate(
        { year, quarter, unitIds, reason: values.reason ?? '' },
        {
          onSuccess: () => {
            void message.success(t.unlocked(period));
            onClose();
          },
        },
      );
    }
  };

  return (
    <Modal
      open
      title={mode === 'lock' ? t.lockTitle(period) : t.unlockTitle(period)}
      okText={mode === 'lock' ? t.confirmLock : t.confirmUnlock}
      cancelText={vi.common.cancel}
      okButtonProps={{ danger: mode === 'unlock' }}
      confirmLoading={lock.isPending || unlock.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{mode === 'lock' ? t.lockIntro : t.unlockIntro}</Typography.Paragraph>
      <Form<LockValues>
        name={`${mode}-quarter`}
        form={form}
        layout="vertical"
        initialValues={{ scope: 'all' }}
        onFinish={submit}
      >
        <Form.Item name="scope">
          <Radio.Group
            options={[
              { value: 'all', label: t.scopeAll },
              { value: 'selected', label: t.scopeSelected },
            ]}
          />
        </Form.Item>
        {scope === 'selected' && (
          <Form.Item
            name="unitIds"
            label={t.units}
            rules={[{ required: true, type: 'array', min: 1, message: t.unitsRequired }]}
          >
            <Select
              mode="multiple"
              placeholder={t.unitsPlaceholder}
              options={candidates.map((unit) => ({ value: unit.id, label: unit.name }))}
              showSearch={vietnameseSelectSearch}
            />
          </Form.Item>
        )}
        {mode === 'unlock' && (
          <Form.Item
            name="reason"
            label={t.reason}
            rules={[{ required: true, whitespace: true, min: 3, message: t.reasonRequired }]}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={t.reasonPlaceholder} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
