import { Flex, InputNumber, Select } from 'antd';
import type { Quarter } from '@shared/domain/period';
import { viPackages } from '@renderer/i18n/vi-packages-ui';

interface QuarterPickerProps {
  year: number;
  quarter: Quarter;
  onChange: (year: number, quarter: Quarter) => void;
}

export function QuarterPicker({ year, quarter, onChange }: QuarterPickerProps) {
  return (
    <Flex gap="small" align="center">
      <InputNumber
        aria-label={viPackages.year}
        min={1990}
        max={2200}
        value={year}
        onChange={(value) => value !== null && onChange(value, quarter)}
      />
      <Select<Quarter>
        aria-label={viPackages.quarter}
        style={{ width: 110 }}
        value={quarter}
        options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: viPackages.quarterOption(q) }))}
        onChange={(value) => onChange(year, value)}
      />
    </Flex>
  );
}
