import { Checkbox, Flex, Input, InputNumber, Select, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { isRatioKind } from '@shared/domain/indicator';
import { viPlans } from '@renderer/i18n/vi-plans';
import type { IndicatorDraft } from '../indicator-draft';
import { directionOptions, groupOptions, kindOptions } from '../options';
import { Field } from './Field';
import { KindInWords } from './KindInWords';

const t = viPlans.indicator;

interface IndicatorFieldsProps {
  value: IndicatorDraft;
  onChange: (patch: Partial<IndicatorDraft>) => void;
  /** The accessible name of each control, e.g. "Đơn vị tính (chỉ tiêu 9)" in the review table. */
  label: (field: string) => string;
}

/** The kind's meaning, on hover of the caption's info mark and of each option in the list. */
export function KindCaption({ kind }: { kind: IndicatorDraft['kind'] }) {
  return (
    <Tooltip title={t.kindHelp[kind]}>
      <span>
        {t.kind} <InfoCircleOutlined />
      </span>
    </Tooltip>
  );
}

/** Name, unit and how figures add up: what decides how a new indicator is entered and summed. */
export function IndicatorMainFields({ value, onChange, label }: IndicatorFieldsProps) {
  return (
    <Flex vertical gap={6}>
      <Field caption={t.name}>
        <Input
          aria-label={label(t.name)}
          value={value.name}
          maxLength={300}
          status={value.name.trim() === '' ? 'error' : undefined}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </Field>
      <Flex gap={8}>
        <div style={{ flex: '1 1 40%' }}>
          <Field caption={t.measureUnit}>
            <Input
              aria-label={label(t.measureUnit)}
              value={value.measureUnit}
              maxLength={40}
              placeholder={t.measureUnitPlaceholder}
              onChange={(event) => onChange({ measureUnit: event.target.value })}
            />
          </Field>
        </div>
        <div style={{ flex: '1 1 60%' }}>
          <Field caption={<KindCaption kind={value.kind} />}>
            <Select
              aria-label={label(t.kind)}
              value={value.kind}
              options={kindOptions}
              popupMatchSelectWidth={false}
              optionRender={(option) => (
                <Tooltip title={t.kindHelp[option.value as IndicatorDraft['kind']]} placement="right">
                  <div>{option.label}</div>
                </Tooltip>
              )}
              onChange={(kind) => onChange({ kind })}
            />
          </Field>
        </div>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Tooltip title={t.areaOnlyHelp}>
          <Checkbox
            aria-label={label(t.areaOnly)}
            checked={value.areaOnly}
            onChange={(event) => onChange({ areaOnly: event.target.checked })}
          >
            {t.areaOnly}
          </Checkbox>
        </Tooltip>
        <KindInWords indicator={value} />
      </Flex>
    </Flex>
  );
}

/** The rest of a new indicator: field, direction, decimals and, for rates and averages, what is divided by what. */
export function IndicatorMoreFields({ value, onChange, label }: IndicatorFieldsProps) {
  const ratio = isRatioKind(value.kind);
  return (
    <Flex vertical gap={6}>
      <Typography.Text type="secondary">{t.kindHelp[value.kind]}</Typography.Text>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 180px' }}>
          <Field caption={t.group}>
            <Select
              aria-label={label(t.group)}
              value={value.group}
              options={groupOptions}
              onChange={(group) => onChange({ group })}
            />
          </Field>
        </div>
        <div style={{ flex: '1 1 160px' }}>
          <Field caption={t.direction}>
            <Select
              aria-label={label(t.direction)}
              value={value.direction}
              options={directionOptions}
              onChange={(direction) => onChange({ direction })}
            />
          </Field>
        </div>
        <div style={{ flex: '0 1 140px' }}>
          <Field caption={t.decimals}>
            <InputNumber
              aria-label={label(t.decimals)}
              value={value.decimals}
              min={0}
              max={6}
              precision={0}
              style={{ width: '100%' }}
              onChange={(decimals) => onChange({ decimals: decimals ?? 0 })}
            />
          </Field>
        </div>
      </Flex>
      {ratio && (
        <Flex gap={8} wrap>
          <div style={{ flex: '1 1 220px' }}>
            <Field caption={t.numeratorLabel}>
              <Input
                aria-label={label(t.numeratorLabel)}
                value={value.numeratorLabel}
                maxLength={200}
                placeholder={t.numeratorPlaceholder}
                onChange={(event) => onChange({ numeratorLabel: event.target.value })}
              />
            </Field>
          </div>
          <div style={{ flex: '1 1 220px' }}>
            <Field caption={t.denominatorLabel}>
              <Input
                aria-label={label(t.denominatorLabel)}
                value={value.denominatorLabel}
                maxLength={200}
                placeholder={t.denominatorPlaceholder}
                onChange={(event) => onChange({ denominatorLabel: event.target.value })}
              />
            </Field>
          </div>
          <div style={{ flex: '0 1 160px' }}>
            <Field caption={t.rateScale} extra={<Typography.Text type="secondary">{t.rateScaleHint}</Typography.Text>}>
              <InputNumber
                aria-label={label(t.rateScale)}
                value={value.rateScale}
                min={1}
                max={1_000_000}
                style={{ width: '100%' }}
                onChange={(rateScale) => onChange({ rateScale: rateScale ?? 100 })}
              />
            </Field>
          </div>
        </Flex>
      )}
    </Flex>
  );
}
