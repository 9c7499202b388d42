import type { ChannelInput } from '@shared/contract';
import type { Quarter } from '@shared/domain/period';
import { quarterLabel } from '@shared/domain/figure';
import { viFigures } from '@renderer/i18n/vi-figures';
import { auditEntityLabels } from '@shared/i18n/vi-audit';

/** What the secretary filtered the audit log by; every field is optional. */
export interface AuditFilter {
  unitId?: number | undefined;
  indicatorId?: number | undefined;
  year?: number | undefined;
  /** Only with a year. */
  quarter?: Quarter | undefined;
  entity?: string | undefined;
}

/**
 * The `audit:search` input for a filter and a page (1-based): the period is "2023" for a year, "2023-Q2" for a
 * quarter.
 * @example auditSearchInput({ year: 2023, quarter: 2 }, 3, 50) → { period: '2023-Q2', limit: 50, offset: 100 }
 */
export function auditSearchInput(filter: AuditFilter, page: number, pageSize: number): ChannelInput<'audit:search'> {
  const input: ChannelInput<'audit:search'> = { limit: pageSize, offset: (page - 1) * pageSize };
  if (filter.entity) input.entity = filter.entity;
  if (filter.unitId !== undefined) input.unitId = filter.unitId;
  if (filter.indicatorId !== undefined) input.indicatorId = filter.indicatorId;
  if (filter.year !== undefined) {
    input.period = filter.quarter === undefined ? String(filter.year) : `${filter.year}-Q${filter.quarter}`;
  }
  return input;
}

/** The filter in words, for the printed page ("Đơn vị: Xã Long Hưng; Kỳ: Quý II/2023"). */
export function describeFilter(
  filter: AuditFilter,
  unitNames: ReadonlyMap<number, string>,
  indicatorNames: ReadonlyMap<number, string>,
): string {
  const f = viFigures.audit.filters;
  const parts: string[] = [];
  if (filter.entity) parts.push(`${f.kind}: ${auditEntityLabels[filter.entity] ?? filter.entity}`);
  if (filter.unitId !== undefined) parts.push(`${f.unit}: ${unitNames.get(filter.unitId) ?? filter.unitId}`);
  if (filter.indicatorId !== undefined) {
    parts.push(`${f.indicator}: ${indicatorNames.get(filter.indicatorId) ?? filter.indicatorId}`);
  }
  if (filter.year !== undefined) {
    parts.push(
      filter.quarter === undefined
        ? `${f.year}: ${filter.year}`
        : `${f.quarter}: ${quarterLabel(filter.year, filter.quarter)}`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : viFigures.audit.printAll;
}
