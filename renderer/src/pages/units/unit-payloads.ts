import type { Dayjs } from 'dayjs';
import type { ChannelInput } from '@shared/contract';
import type { UnitKind } from '@shared/domain/unit';
import { toIsoDate } from '@renderer/forms/DateField';

/** What the unit dialogs' forms hold; optional text fields may come back undefined or blank from antd. */
export interface CreateUnitValues {
  name: string;
  kind: UnitKind;
  code?: string;
  validFrom?: Dayjs | null;
  note?: string;
}

export interface MergeUnitsValues {
  sourceIds: number[];
  target: 'existing' | 'new';
  intoId?: number;
  newName?: string;
  newKind?: UnitKind;
  newCode?: string;
  date: Dayjs;
  reason?: string;
}

/** Blank optional text is "not given": the core then generates a code or stores null. */
function given(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

export function buildCreateUnitInput(values: CreateUnitValues): ChannelInput<'units:create'> {
  const code = given(values.code);
  return {
    name: values.name.trim(),
    kind: values.kind,
    ...(code !== undefined && { code }),
    validFrom: values.validFrom ? toIsoDate(values.validFrom) : null,
    note: given(values.note) ?? null,
  };
}

export function buildRenameInput(id: number, values: { name: string; reason?: string }): ChannelInput<'units:rename'> {
  const reason = given(values.reason);
  return { id, name: values.name.trim(), ...(reason !== undefined && { reason }) };
}

export function buildRetireInput(
  id: number,
  values: { validTo: Dayjs; reason?: string },
): ChannelInput<'units:retire'> {
  const reason = given(values.reason);
  return { id, validTo: toIsoDate(values.validTo), ...(reason !== undefined && { reason }) };
}

/** The contract takes exactly one of `intoId` and `newUnit`; the form's radio decides which. */
export function buildMergeInput(values: MergeUnitsValues): ChannelInput<'units:merge'> {
  const reason = given(values.reason);
  const common = { sourceIds: values.sourceIds, date: toIsoDate(values.date), ...(reason !== undefined && { reason }) };
  if (values.target === 'existing') return { ...common, intoId: values.intoId! };
  const code = given(values.newCode);
  return {
    ...common,
    newUnit: { name: values.newName!.trim(), kind: values.newKind!, ...(code !== undefined && { code }) },
  };
}
