import { Flex, Select } from 'antd';
import { periodShortLabels, reportPeriods, type ReportPeriod } from '@shared/domain/period';
import { indicatorGroupLabels, type IndicatorGroup } from '@shared/domain/target-form';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import type { DashboardFilters, StoredFilters } from '../filters';
import type { FieldFilter } from '../shape/target-rows';

const t = viDashboard.filters;

interface DashboardFilterBarProps {
  filters: DashboardFilters;
  /** Plan years, newest first. */
  years: readonly number[];
  /** The fields that have targets; the field filter is left out when not given (detail pages). */
  fields?: readonly IndicatorGroup[];
  onChange: (change: Partial<StoredFilters>) => void;
}

/** Year, report period and field: the choice every page of Tổng quan follows, kept for the next session. */
export function DashboardFilterBar({ filters, years, fields, onChange }: DashboardFilterBarProps) {
  const yearOptions = (years.includes(filters.year) ? years : [filters.year, ...years]).map((year) => ({
    value: year,
    label: t.yearOption(year),
  }));
  return (
    <Flex gap="small" wrap role="group" aria-label={t.label} className="dashboard-filters">
      <Select<number>
        aria-label={t.year}
        value={filters.year}
        options={yearOptions}
        onChange={(year) => onChange({ year })}
        style={{ width: 120 }}
      />
      <Select<ReportPeriod>
        aria-label={t.period}
        value={filters.period}
        options={reportPeriods.map((period) => ({ value: period, label: periodShortLabels[period] }))}
        onChange={(period) => onChange({ period })}
        style={{ width: 120 }}
      />
      {fields !== undefined && (
        <Select<FieldFilter>
          aria-label={t.field}
          value={filters.field}
          options={[
            { value: 'all', label: t.allFields },
            ...fields.map((group) => ({ value: group, label: indicatorGroupLabels[group] })),
          ]}
          onChange={(field) => onChange({ field })}
          style={{ width: 220 }}
        />
      )}
    </Flex>
  );
}
