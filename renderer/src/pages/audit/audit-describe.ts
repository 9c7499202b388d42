import type { AuditView } from '@shared/contract/audit';
import { quarterLabel, type Figure } from '@shared/domain/figure';
import type { CouncilLevel } from '@shared/domain/council';
import type { Indicator } from '@shared/domain/indicator';
import { comparatorLabels, indicatorGroupLabels, isComparator, isIndicatorGroup } from '@shared/domain/target-form';
import type { UnitKind } from '@shared/domain/unit';
import { councilLevelLabels, unitKindLabels } from '@shared/i18n/vi-labels';
import { auditEntityLabels, auditFieldLabels, auditPlainNumberFields, auditRecordName } from '@shared/i18n/vi-audit';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { formatIsoDate } from '@renderer/format/dates';
import { formatFigureRecord } from '@renderer/format/figure-value';
import { viFigures } from '@renderer/i18n/vi-figures';

const t = viFigures.audit;

export interface AuditLookups {
  unitNames: ReadonlyMap<number, string>;
  indicators: ReadonlyMap<number, Indicator>;
}

/** One line of the audit table, in words. */
export interface AuditLine {
  id: number;
  at: string;
  actor: string;
  kind: string;
  actionCode: AuditView['action'];
  action: string;
  subject: string;
  before: string;
  after: string;
  reason: string;
}

/** "2023-Q2" → "Quý II/2023"; a bare year stays as it is. */
export function periodText(period: string | null): string {
  const match = period === null ? null : /^(\d{4})-Q([1-4])$/.exec(period);
  return match ? quarterLabel(Number(match[1]), Number(match[2])) : (period ?? '');
}

function unitName(lookups: AuditLookups, unitId: number | null): string {
  if (unitId === null) return viFigures.grid.wholeArea;
  return lookups.unitNames.get(unitId) ?? t.unknownUnit(unitId);
}

function indicatorName(lookups: AuditLookups, indicatorId: number | null): string {
  if (indicatorId === null) return '';
  return lookups.indicators.get(indicatorId)?.name ?? t.unknownIndicator(indicatorId);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored field value in Vietnamese: numbers with `.` thousands and `,` decimals, dates dd/mm/yyyy, Có/Không.
 * Lists and nested records are summarised by their size rather than dumped.
 * @example auditValueText(320080.5) === '320.080,5'
 */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t.empty_value;
  if (typeof value === 'number') return Number.isFinite(value) ? formatVietnameseNumber(value) : String(value);
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'string') {
    const text = isoDate.test(value) ? formatIsoDate(value) : value;
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  }
  if (Array.isArray(value)) {
    return value.every((item) => typeof item !== 'object' || item === null)
      ? value.map(auditValueText).join(', ')
      : `(${formatVietnameseNumber(value.length)} mục)`;
  }
  return '(…)';
}

type Fields = Record<string, unknown>;

const asFields = (value: unknown): Fields | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : null;

/** Fields shown for a record that was added or removed: the ones that name it. */
const identityFields = [
  'code',
  'name',
  'fullName',
  'who',
  'title',
  'titleName',
  'personName',
  'number',
  'comparator',
  'value',
  'max',
  'year',
  'deadline',
  'state',
];

function fieldLabel(key: string): string {
  return auditFieldLabels[key] ?? key;
}

/** Stored codes that have a Vietnamese label, by entity and field. */
function codeText(entity: string, key: string, value: unknown): string {
  if (typeof value === 'string') {
    if (key === 'comparator' && isComparator(value)) return comparatorLabels[value];
    if (key === 'group' && isIndicatorGroup(value)) return indicatorGroupLabels[value];
    if (entity === 'unit' && key === 'kind' && value in unitKindLabels) return unitKindLabels[value as UnitKind];
    if (key === 'level' && value in councilLevelLabels) return councilLevelLabels[value as CouncilLevel];
  }
  // A year is a label, not a quantity: 2022, never 2.022.
  if (typeof value === 'number' && auditPlainNumberFields.has(key)) return String(value);
  return auditValueText(value);
}

function describeFields(entity: string, fields: Fields | null, keys: readonly string[]): string {
  if (!fields) return t.empty_value;
  const parts = keys
    .filter((key) => key in fields && fields[key] !== null && fields[key] !== undefined)
    .map((key) => `${fieldLabel(key)}: ${codeText(entity, key, fields[key])}`);
  return parts.length > 0 ? parts.join('; ') : t.empty_value;
}

/** The fields an update changed, compared as stored (JSON), skipping bookkeeping ones. */
export function changedKeys(before: Fields | null, after: Fields | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const ignored = new Set(['id', 'updatedAt', 'updatedBy', 'createdAt', 'demo', 'sourceText', 'position']);
  return [...keys].filter(
    (key) => !ignored.has(key) && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null),
  );
}

/** The record's own name (shared/i18n/vi-audit.ts), else its kind's label: never an internal id. */
function recordName(entity: string, before: Fields | null, after: Fields | null, kind: string): string {
  return auditRecordName(entity, after) ?? auditRecordName(entity, before) ?? kind.toLocaleLowerCase('vi');
}

/**
 * An audit row as the table shows it: what was changed (unit – indicator – quarter for a figure; the unit and
 * quarter for a lock; the kind and name of anything else) and its value before and after.
 */
export function describeAuditRow(row: AuditView, lookups: AuditLookups): AuditLine {
  const kind = auditEntityLabels[row.entity] ?? row.entity;
  const base = {
    id: row.id,
    at: row.at,
    actor: row.actor,
    kind,
    actionCode: row.action,
    action: t.action[row.action],
    reason: row.reason ?? '',
  };
  const before = asFields(row.before);
  const after = asFields(row.after);

  if (row.entity === 'figure') {
    const indicator = row.indicatorId === null ? undefined : lookups.indicators.get(row.indicatorId);
    const subject = [unitName(lookups, row.unitId), indicatorName(lookups, row.indicatorId), periodText(row.period)]
      .filter(Boolean)
      .join(' – ');
    return {
      ...base,
      subject,
      before: before ? formatFigureRecord(indicator, before as Partial<Figure>) : t.empty_value,
      after: after ? formatFigureRecord(indicator, after as Partial<Figure>) : t.empty_value,
    };
  }
  if (row.entity === 'period_lock') {
    return {
      ...base,
      subject: t.lockSubject(unitName(lookups, row.unitId), periodText(row.period)),
      before: before ? t.locked : t.notLocked,
      after: after ? t.locked : t.unlocked,
    };
  }

  let subject = `${kind}: ${recordName(row.entity, before, after, kind)}`;
  if (row.entity === 'target') {
    const target = after ?? before;
    const indicatorId = typeof target?.indicatorId === 'number' ? target.indicatorId : null;
    const targetUnit = typeof target?.unitId === 'number' ? target.unitId : null;
    subject = `${kind}: ${[indicatorName(lookups, indicatorId), unitName(lookups, targetUnit)].filter(Boolean).join(' – ')}`;
  }
  if (row.action === 'update') {
    const keys = changedKeys(before, after);
    return {
      ...base,
      subject,
      before: describeFields(row.entity, before, keys),
      after: describeFields(row.entity, after, keys),
    };
  }
  return {
    ...base,
    subject,
    before: row.action === 'delete' ? describeFields(row.entity, before, identityFields) : t.empty_value,
    after: row.action === 'insert' ? describeFields(row.entity, after, identityFields) : t.empty_value,
  };
}
