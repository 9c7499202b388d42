import { useState } from 'react';
import { Alert, App, Flex, Input, Modal, Select, Typography } from 'antd';
import { indicatorGroupLabels } from '@shared/domain/target-form';
import type { Plan } from '@shared/domain/plan';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { numberText, readNumberText } from '@renderer/format/number-text';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viPlans } from '@renderer/i18n/vi-plans';
import { Field } from '../components/Field';
import { KindInWords } from '../components/KindInWords';
import { IndicatorMainFields, IndicatorMoreFields } from '../components/IndicatorFields';
import { NumberTextInput } from '../components/NumberTextInput';
import { TargetFields } from '../components/TargetFields';
import {
  emptyIndicatorDraft,
  indicatorDraftProblem,
  indicatorFieldsFromDraft,
  indicatorOptionLabel,
  type IndicatorDraft,
} from '../indicator-draft';
import { isChange } from '../options';
import { targetFieldsProblem, targetFormFrom, type TargetFieldsValue } from '../target-fields';
import type { TargetLine } from './target-groups';
import { resyncAllocationsInput, targetUpdateInput } from './target-payloads';

const t = viPlans.targetForm;
const i = viPlans.indicator;
const newIndicatorValue = 'new';

interface TargetModalProps {
  plan: Plan;
  /** The target to edit, or null to add one. */
  line: TargetLine | null;
  /** Indicators that already have a whole-area target in this plan. */
  usedIndicatorIds: readonly number[];
  onClose: () => void;
}

function fieldsOf(line: TargetLine | null): TargetFieldsValue {
  if (!line) return { comparator: 'gte', valueText: '', maxText: '', changeMode: null, baselineYear: null };
  const { target } = line;
  return {
    comparator: target.comparator,
    valueText: numberText(target.value),
    maxText: numberText(target.max),
    changeMode: target.changeMode,
    baselineYear: target.baselineYear,
  };
}

/**
 * Add or edit one whole-area target by hand: an indicator from the catalogue (or a new one), its form and value.
 * Every change is audited with the reason given. Allocations follow an edited target's new form.
 */
export function TargetModal({ plan, line, usedIndicatorIds, onClose }: TargetModalProps) {
  const { message } = App.useApp();
  const catalogue = useApiQuery('indicators:list', {});
  const saveIndicator = useApiMutation('indicators:save', { invalidates: ['indicators:list'] });
  const saveTarget = useApiMutation('targets:save', { invalidates: ['plans:get', 'plans:list'] });
  const resync = useApiMutation('targets:saveAllocations', { invalidates: ['plans:get'] });

  const [choice, setChoice] = useState<number | typeof newIndicatorValue | null>(line?.indicator.id ?? null);
  const [draft, setDraft] = useState<IndicatorDraft>(emptyIndicatorDraft);
  const [fields, setFields] = useState<TargetFieldsValue>(() => fieldsOf(line));
  const [baselineValueText, setBaselineValueText] = useState(numberText(line?.target.baselineValue ?? null));
  const [note, setNote] = useState(line?.target.note ?? '');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);

  const indicators = catalogue.data ?? [];
  const chosen = typeof choice === 'number' ? indicators.find((x) => x.id === choice) : undefined;
  const measure =
    choice === newIndicatorValue
      ? { measureUnit: indicatorFieldsFromDraft(draft).measureUnit ?? null, kind: draft.kind }
      : { measureUnit: chosen?.measureUnit ?? null, kind: chosen?.kind };
  const locked = line !== null && line.allocations.length > 0;
  const baselineValue = readNumberText(baselineValueText);

  const problem = (() => {
    if (choice === null || (typeof choice === 'number' && !chosen && !catalogue.isPending)) {
      return viPlans.review.problems.noIndicator;
    }
    if (choice === newIndicatorValue) {
      const p = indicatorDraftProblem(draft);
      if (p) return p;
    } else if (choice !== line?.indicator.id && usedIndicatorIds.includes(choice)) {
      return t.duplicate;
    }
    const p = targetFieldsProblem(fields, measure.kind, {
      phasingMode: line?.target.phasingMode ?? 'seasonal',
      milestones: line?.target.milestones ?? null,
    });
    if (p) return p;
    return baselineValue.ok ? null : viPlans.common.invalidNumber(baselineValue.text);
  })();

  const save = async () => {
    if (problem || !baselineValue.ok || choice === null) return;
    setSaving(true);
    try {
      let indicatorId: number;
      if (choice === newIndicatorValue) {
        const created = await saveIndicator.mutateAsync(indicatorFieldsFromDraft(draft));
        // Kept even if the target fails below, so a second try does not create the indicator twice.
        setChoice(created.id);
        indicatorId = created.id;
      } else {
        indicatorId = choice;
      }
      const form = targetFormFrom(fields);
      const changeFields = {
        ...form,
        indicatorId,
        baselineValue: isChange(form.comparator) ? baselineValue.value : null,
        note: note.trim() === '' ? null : note.trim(),
      };
      const saved = await saveTarget.mutateAsync(
        line
          ? targetUpdateInput(line.target, changeFields, reason)
          : {
              ...changeFields,
              planId: plan.id,
              unitId: null,
              sourceText: null,
              phasingMode: 'seasonal',
              milestones: null,
              ...(reason.trim() !== '' && { reason: reason.trim() }),
            },
      );
      if (line && line.allocations.length > 0) {
        await resync
          .mutateAsync(resyncAllocationsInput(saved, line.allocations, reason))
          .catch((error: Error) => void message.warning(t.resyncFailed(error.message)));
      }
      void message.success(t.saved(chosen?.name ?? draft.name.trim()));
      onClose();
    } catch {
      // The hook has shown the core's message; the dialog stays open to correct it.
    } finally {
      setSaving(false);
    }
  };

  const options = [
    { value: newIndicatorValue, label: i.createNew },
    ...indicators.map((x) => ({ value: x.id, label: indicatorOptionLabel(x) })),
  ];
  const label = (field: string) => field;

  return (
    <Modal
      open
      title={line ? t.editTitle(line.indicator.name) : t.createTitle}
      okText={viPlans.common.save}
      cancelText={viPlans.common.cancel}
      okButtonProps={{ disabled: problem !== null }}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      width={760}
    >
      <Flex vertical gap="middle">
        {line?.target.sourceText && (
          <Field caption={t.source}>
            <blockquote style={{ margin: 0, paddingInlineStart: 8, borderInlineStart: '3px solid #d9d9d9' }}>
              {line.target.sourceText}
            </blockquote>
          </Field>
        )}
        <Field
          caption={i.select}
          extra={locked ? <Typography.Text type="secondary">{t.indicatorLocked}</Typography.Text> : null}
        >
          <Select<number | typeof newIndicatorValue>
            aria-label={i.select}
            value={choice ?? undefined}
            options={options}
            loading={catalogue.isPending}
            disabled={locked}
            showSearch={vietnameseSelectSearch}
            onChange={setChoice}
          />
        </Field>
        {chosen && (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">
              {i.existing(chosen.measureUnit ?? i.noUnit, i.kinds[chosen.kind], indicatorGroupLabels[chosen.group])}
            </Typography.Text>
            <KindInWords indicator={chosen} />
          </Flex>
        )}
        {choice === newIndicatorValue && (
          <Flex vertical gap="small" style={{ padding: 12, background: '#f6f8fb', borderRadius: 4 }}>
            <Typography.Text type="secondary">{i.newHint}</Typography.Text>
            <IndicatorMainFields
              value={draft}
              label={label}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            />
            <IndicatorMoreFields
              value={draft}
              label={label}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
            />
          </Flex>
        )}
        <TargetFields value={fields} onChange={setFields} measureUnit={measure.measureUnit} label={label} />
        {isChange(fields.comparator) && (
          <Field
            caption={viPlans.target.baselineValue}
            extra={<Typography.Text type="secondary">{viPlans.target.baselineValueHint}</Typography.Text>}
          >
            <NumberTextInput
              ariaLabel={viPlans.target.baselineValue}
              value={baselineValueText}
              suffix={measure.measureUnit}
              onChange={setBaselineValueText}
            />
          </Field>
        )}
        <Field caption={t.note}>
          <Input.TextArea
            aria-label={t.note}
            value={note}
            maxLength={2000}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        <Field caption={viPlans.common.reason}>
          <Input.TextArea
            aria-label={viPlans.common.reason}
            value={reason}
            maxLength={500}
            rows={2}
            placeholder={viPlans.common.reasonPlaceholder}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        {problem && <Alert type="error" showIcon title={problem} />}
      </Flex>
    </Modal>
  );
}
