import { useEffect } from 'react';
import type { FormInstance } from 'antd';
import type { CouncilLevel } from '@shared/domain/council';
import { unitKindsByLevel, type UnitKind } from '@shared/domain/unit';
import { unitKindLabelFor } from '@shared/i18n/vi-labels';
import { useApiQuery } from '@renderer/api/hooks';

export interface UnitKindOption {
  value: UnitKind;
  label: string;
}

/**
 * Options for a "Loại đơn vị" select at a council level: the kinds that level tracks, the usual one first, named as
 * that level names them (a province's departments are "Sở, ban, ngành").
 */
export function unitKindOptionsFor(level: CouncilLevel): UnitKindOption[] {
  return unitKindsByLevel[level].map((kind) => ({ value: kind, label: unitKindLabelFor(kind, level) }));
}

/**
 * The kind options for the council's level (Cài đặt), and a form's `field` set to the level's usual kind until the
 * secretary picks one, so a commune adds ấp and a province adds xã without choosing.
 */
export function useUnitKindOptions<T>(form: FormInstance<T>, field: string): UnitKindOption[] {
  const council = useApiQuery('settings:council', {});
  const level = council.data?.level ?? 'xa';
  const usual = unitKindsByLevel[level][0]!;
  useEffect(() => {
    if (!form.isFieldTouched(field as never)) form.setFieldValue(field as never, usual as never);
  }, [form, field, usual]);
  return unitKindOptionsFor(level);
}
