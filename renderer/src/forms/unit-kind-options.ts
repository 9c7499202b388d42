import { unitKinds, type UnitKind } from '@shared/domain/unit';
import { unitKindLabels } from '@shared/i18n/vi-labels';

/** Options for a "Loại đơn vị" select, in the order the contract lists the kinds. */
export const unitKindOptions: { value: UnitKind; label: string }[] = unitKinds.map((kind) => ({
  value: kind,
  label: unitKindLabels[kind],
}));
