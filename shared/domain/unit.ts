/** Kinds of member unit a council tracks (domain §1). Stored as these codes; labels are in i18n. */
export const unitKinds = ['xa', 'phuong', 'thi_tran', 'phong_ban', 'doan_the', 'truong_hoc', 'thon', 'khac'] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface Unit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  /** ISO date the unit came into being (or null: always existed as far as the app knows). */
  validFrom: string | null;
  /** ISO date the unit stopped existing (retired or merged); null while active. */
  validTo: string | null;
  mergedIntoId: number | null;
  note: string | null;
  demo: boolean;
}

/** A unit is active on a date if it had started and not yet ended. */
export function isUnitActiveOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= isoDate) && (unit.validTo === null || unit.validTo > isoDate);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * Territorial units first, then agencies, then the rest; Vietnamese alphabetical order within a kind
 * (Đ after D, tones after the bare letter), as on the council's own lists.
 * @example [{name:'Xã Đại Hải'},{name:'Xã Dương Hòa'}].sort(compareUnits) → Xã Dương Hòa, Xã Đại Hải
 */
export function compareUnits(a: Pick<Unit, 'name' | 'kind'>, b: Pick<Unit, 'name' | 'kind'>): number {
  return unitKindOrder[a.kind] - unitKindOrder[b.kind] || collator.compare(a.name, b.name);
}

const unitKindOrder: Record<UnitKind, number> = {
  thi_tran: 0,
  phuong: 0,
  xa: 0,
  thon: 1,
  phong_ban: 2,
  doan_the: 3,
  truong_hoc: 4,
  khac: 5,
};
