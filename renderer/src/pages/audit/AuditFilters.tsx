import type { ReactNode } from 'react';
import { Button, Flex, Select } from 'antd';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import type { Unit } from '@shared/domain/unit';
import { vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';
import { viFigures } from '@renderer/i18n/vi-figures';
import { auditEntityLabels } from '@shared/i18n/vi-audit';
import type { AuditFilter } from './audit-filter';

const f = viFigures.audit.filters;

interface AuditFiltersProps {
  filter: AuditFilter;
  units: readonly Unit[];
  indicators: readonly Indicator[];
  years: readonly number[];
  onChange: (filter: AuditFilter) => void;
}

const field = (label: string, control: ReactNode) => (
  <Flex vertical gap={2}>
    <span aria-hidden style={{ fontSize: 12, color: '#5b6573' }}>
      {label}
    </span>
    {control}
  </Flex>
);

/** Unit, indicator, year and quarter, and kind of record; "Bỏ lọc" clears them. */
export function AuditFilters({ filter, units, indicators, years, onChange }: AuditFiltersProps) {
  const kinds = Object.entries(auditEntityLabels);
  return (
    <Flex gap="small" align="flex-end" wrap>
      {field(
        f.unit,
        <Select<number>
          aria-label={f.unit}
          allowClear
          placeholder={f.any}
          style={{ width: 220 }}
          value={filter.unitId}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          showSearch={vietnameseSelectSearch}
          onChange={(unitId) => onChange({ ...filter, unitId })}
        />,
      )}
      {field(
        f.indicator,
        <Select<number>
          aria-label={f.indicator}
          allowClear
          placeholder={f.any}
          style={{ width: 300 }}
          value={filter.indicatorId}
          options={indicators.map((indicator) => ({ value: indicator.id, label: indicator.name }))}
          showSearch={vietnameseSelectSearch}
          popupMatchSelectWidth={false}
          onChange={(indicatorId) => onChange({ ...filter, indicatorId })}
        />,
      )}
      {field(
        f.year,
        <Select<number>
          aria-label={f.year}
          allowClear
          placeholder={f.any}
          style={{ width: 110 }}
          value={filter.year}
          options={years.map((year) => ({ value: year, label: String(year) }))}
          onChange={(year) => onChange({ ...filter, year, quarter: year === undefined ? undefined : filter.quarter })}
        />,
      )}
      {field(
        f.quarter,
        <Select<Quarter | 0>
          aria-label={f.quarter}
          style={{ width: 120 }}
          disabled={filter.year === undefined}
          value={filter.quarter ?? 0}
          options={[
            { value: 0, label: f.allQuarters },
            ...([1, 2, 3, 4] as const).map((quarter) => ({
              value: quarter,
              label: viFigures.page.quarterNames[quarter - 1],
            })),
          ]}
          onChange={(quarter) => onChange({ ...filter, quarter: quarter === 0 ? undefined : quarter })}
        />,
      )}
      {field(
        f.kind,
        <Select<string>
          aria-label={f.kind}
          allowClear
          placeholder={f.any}
          style={{ width: 190 }}
          value={filter.entity}
          options={kinds.map(([value, label]) => ({ value, label }))}
          onChange={(entity) => onChange({ ...filter, entity })}
        />,
      )}
      <Button onClick={() => onChange({})} disabled={Object.values(filter).every((v) => v === undefined)}>
        {f.reset}
      </Button>
    </Flex>
  );
}
