import { Flex, InputNumber, Select, Typography } from 'antd';
import { viPlans } from '@renderer/i18n/vi-plans';
import { describeTarget } from '../describe-target';
import { changeModeOptions, comparatorOptions, isChange, takesMax, takesValue } from '../options';
import { targetNumbers, withComparator, type TargetFieldsValue } from '../target-fields';
import { Field } from './Field';
import { NumberTextInput } from './NumberTextInput';

const t = viPlans.target;

interface TargetFieldsProps<T extends TargetFieldsValue> {
  value: T;
  onChange: (next: T) => void;
  /** The unit of the indicator, shown after the number and in the reading. */
  measureUnit: string | null;
  label: (field: string) => string;
}

/**
 * What the number box is measured in: the change for relative and point changes, the unit otherwise. A long unit
 * ("triệu đồng/người/năm") would leave no room to type in a narrow box: the reading under the boxes says it instead.
 */
function valueSuffix(fields: TargetFieldsValue, measureUnit: string | null): string | null {
  if (isChange(fields.comparator) && fields.changeMode === 'relative') return '%';
  if (isChange(fields.comparator) && fields.changeMode === 'points') return 'điểm %';
  return measureUnit !== null && measureUnit.length <= maxSuffixLength ? measureUnit : null;
}

const maxSuffixLength = 6;
// Boxes share a line while each keeps room to type a number; a narrow column puts them one under the other.
const boxStyle = { flex: '1 1 96px', minWidth: 96 } as const;

/**
 * Comparator, value, upper bound, and for changes how they are measured and against which year; underneath, the
 * target read back in words so the secretary sees at once what will be stored.
 */
export function TargetFields<T extends TargetFieldsValue>({
  value,
  onChange,
  measureUnit,
  label,
}: TargetFieldsProps<T>) {
  const change = isChange(value.comparator);
  const suffix = valueSuffix(value, measureUnit);
  const numbers = targetNumbers(value);
  const reading = numbers.ok
    ? describeTarget(
        {
          ...numbers.numbers,
          comparator: value.comparator,
          changeMode: value.changeMode,
          baselineYear: value.baselineYear,
          baselineValue: null,
        },
        { measureUnit },
      )
    : null;

  return (
    <Flex vertical gap={6}>
      <Field caption={t.comparator}>
        <Select
          aria-label={label(t.comparator)}
          value={value.comparator}
          options={comparatorOptions}
          popupMatchSelectWidth={false}
          onChange={(comparator) => onChange(withComparator(value, comparator))}
        />
      </Field>
      {takesValue(value.comparator) && (
        <Flex gap={8} wrap>
          <div style={boxStyle}>
            <Field caption={takesMax(value.comparator) ? t.from : t.value}>
              <NumberTextInput
                ariaLabel={label(takesMax(value.comparator) ? t.from : t.value)}
                value={value.valueText}
                suffix={suffix}
                onChange={(valueText) => onChange({ ...value, valueText })}
              />
            </Field>
          </div>
          {takesMax(value.comparator) && (
            <div style={boxStyle}>
              <Field caption={change ? t.changeMax : t.to}>
                <NumberTextInput
                  ariaLabel={label(t.to)}
                  value={value.maxText}
                  suffix={suffix}
                  onChange={(maxText) => onChange({ ...value, maxText })}
                />
              </Field>
            </div>
          )}
        </Flex>
      )}
      {change && (
        <Flex gap={8} wrap>
          <div style={{ flex: '2 1 140px', minWidth: 120 }}>
            <Field caption={t.changeMode}>
              <Select
                aria-label={label(t.changeMode)}
                value={value.changeMode}
                placeholder={t.changeModePlaceholder}
                options={changeModeOptions}
                popupMatchSelectWidth={false}
                status={value.changeMode === null ? 'error' : undefined}
                onChange={(changeMode) => onChange({ ...value, changeMode })}
              />
            </Field>
          </div>
          <div style={{ flex: '1 1 72px', minWidth: 72 }}>
            <Field caption={t.baselineYear}>
              <InputNumber
                aria-label={label(t.baselineYear)}
                value={value.baselineYear}
                min={1990}
                max={2200}
                precision={0}
                controls={false}
                style={{ width: '100%' }}
                onChange={(baselineYear) => onChange({ ...value, baselineYear: baselineYear ?? null })}
              />
            </Field>
          </div>
        </Flex>
      )}
      {reading && (
        <Typography.Text>
          <Typography.Text type="secondary">{viPlans.review.preview}: </Typography.Text>
          <strong>{reading}</strong>
        </Typography.Text>
      )}
      {value.comparator === 'eq' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="equality-rule">
          {viPlans.indicator.equalityRule}
        </Typography.Text>
      )}
    </Flex>
  );
}
