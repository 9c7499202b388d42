import type { CouncilLevel } from './council';

/**
 * Kinds of member unit a council tracks (domain §1). Stored as these codes; labels are in i18n. Since 1/7/2025 the
 * commune-level units are xã, phường and đặc khu; thị trấn stays for the history of former districts.
 */
export const unitKinds = [
  'xa',
  'phuong',
  'dac_khu',
  'thi_tran',
  'phong_ban',
  'doan_the',
  'truong_hoc',
  'thon',
  'doanh_nghiep',
  'khac',
] as const;
export type UnitKind = (typeof unitKinds)[number];

/**
 * The kinds a council of each level tracks, the usual one first (the "Loại" a new unit starts with): a commune its
 * thôn, ấp, tổ dân phố, its offices, the Front and mass organisations; a province its communes, wards and special
 * zones and its departments; a district (history) its communes and towns and its offices.
 */
export const unitKindsByLevel: Readonly<Record<CouncilLevel, readonly UnitKind[]>> = {
  xa: ['thon', 'phong_ban', 'doan_the', 'truong_hoc', 'doanh_nghiep', 'khac'],
  tinh: ['xa', 'phuong', 'dac_khu', 'phong_ban', 'doan_the', 'truong_hoc', 'doanh_nghiep', 'khac'],
  huyen: ['xa', 'thi_tran', 'phuong', 'phong_ban', 'doan_the', 'truong_hoc', 'thon', 'khac'],
};

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
  /** Ended by dissolution in a restructuring (giải thể sau sắp xếp tổ chức bộ máy): never awarded (TT 15/2025). */
  dissolved: boolean;
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
  dac_khu: 0,
  thon: 1,
  phong_ban: 2,
  doan_the: 3,
  truong_hoc: 4,
  doanh_nghiep: 5,
  khac: 6,
};
