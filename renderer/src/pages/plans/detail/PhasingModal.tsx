import { useState } from 'react';
import { Alert, App, Flex, Modal, Radio, Typography } from 'antd';
import type { PhasingMode } from '@shared/domain/plan';
import { useApiMutation } from '@renderer/api/hooks';
import { viPlans } from '@renderer/i18n/vi-plans';
import { Field } from '../components/Field';
import { NumberTextInput } from '../components/NumberTextInput';
import { phasingOptions } from '../options';
import { milestoneTexts, phasingChoice, type MilestoneTexts } from './phasing';
import { ReasonField } from './ReasonField';
import type { TargetLine } from './target-groups';
import { resyncAllocationsInput, targetUpdateInput } from './target-payloads';

const p = viPlans.phasing;

/**
 * How much of the annual target is expected by the end of each quarter: last year's seasonal profile, an even
 * split, or four cumulative milestones. Checked by `validateTargetDraft`; the unit allocations take the same phasing.
 */
export function PhasingModal({ line, onClose }: { line: TargetLine; onClose: () => void }) {
  const { message } = App.useApp();
  const saveTarget = useApiMutation('targets:save', { invalidates: ['plans:get'] });
  const resync = useApiMutation('targets:saveAllocations', { invalidates: ['plans:get'] });
  const [mode, setMode] = useState<PhasingMode>(line.target.phasingMode);
  const [texts, setTexts] = useState<MilestoneTexts>(() => milestoneTexts(line.target.milestones));
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const choice = phasingChoice(line.target, mode, texts);

  const save = async () => {
    if (!choice.ok) return;
    setSaving(true);
    try {
      const saved = await saveTarget.mutateAsync(
        targetUpdateInput(line.target, { phasingMode: choice.phasingMode, milestones: choice.milestones }, reason),
      );
      if (line.allocations.length > 0) {
        await resync.mutateAsync(resyncAllocationsInput(saved, line.allocations, reason));
      }
      void message.success(p.saved);
      onClose();
    } catch {
      // The hook has shown the core's message; the dialog stays open.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={p.title(line.indicator.name)}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      okButtonProps={{ disabled: !choice.ok }}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
    >
      <Flex vertical gap="middle">
        <Radio.Group
          aria-label={p.mode}
          value={mode}
          onChange={(event) => setMode(event.target.value as PhasingMode)}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          {phasingOptions.map((option) => (
            <Radio key={option.value} value={option.value}>
              <strong>{option.label}</strong>
              <br />
              <Typography.Text type="secondary">{option.help}</Typography.Text>
            </Radio>
          ))}
        </Radio.Group>
        {mode === 'explicit' && (
          <Flex gap={8} wrap>
            {p.quarters.map((quarter, index) => (
              <div key={quarter} style={{ flex: '1 1 120px' }}>
                <Field caption={p.quarter(quarter)}>
                  <NumberTextInput
                    ariaLabel={p.quarter(quarter)}
                    value={texts[index]!}
                    suffix="%"
                    onChange={(text) =>
                      setTexts((current) => current.map((t, i) => (i === index ? text : t)) as MilestoneTexts)
                    }
                  />
                </Field>
              </div>
            ))}
          </Flex>
        )}
        {line.allocations.length > 0 && (
          <Typography.Text type="secondary">{p.appliesToUnits(line.allocations.length)}</Typography.Text>
        )}
        {!choice.ok && <Alert type="error" showIcon title={choice.problem} />}
        <ReasonField value={reason} onChange={setReason} />
      </Flex>
    </Modal>
  );
}
