/**
 * The law of commendation by effective date, as migration 0090 seeds it. Frozen once shipped: a later change of
 * law is a new migration (or the secretary's own edit in Khen thưởng → Danh mục). Sources and their status come from
 * the issue-18 research (coord/research/law-2026.md): `confirmed: false` marks a value read only from secondary
 * sources, which the catalogue shows as "chưa đối chiếu văn bản gốc" so the secretary checks it.
 */

export const nd91 = 'Nghị định 91/2017/NĐ-CP';
export const nd98 = 'Nghị định 98/2023/NĐ-CP';
export const nd152 = 'Nghị định 152/2025/NĐ-CP';
const nd129 = 'Nghị định 129/2025/NĐ-CP';
const luat2022 = 'Luật Thi đua, khen thưởng 2022';
const tt15 = 'Thông tư 15/2025/TT-BNV';

/** Prize rules by date: the decree in force and how its amounts are rounded. */
export const lawRegimes = [
  {
    effectiveFrom: '2017-10-01',
    name: 'Luật Thi đua, khen thưởng 2003 (sửa đổi) và Nghị định 91/2017/NĐ-CP',
    legalBasis: `${nd91}; làm tròn tiền thưởng lên hàng chục nghìn đồng`,
    rounding: 'ceil10000',
    confirmed: false,
  },
  {
    effectiveFrom: '2024-01-01',
    name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
    legalBasis: `${nd98}, Điều 53 (làm tròn lên hàng chục nghìn đồng); hết hiệu lực 01/7/2025 (${nd152}, Điều 59)`,
    rounding: 'ceil10000',
    confirmed: true,
  },
  {
    effectiveFrom: '2025-07-01',
    name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
    legalBasis: `${nd152}, Điều 49 khoản 1, 2 (lương cơ sở tại ngày ban hành quyết định, làm tròn lên hàng chục nghìn đồng)`,
    rounding: 'ceil10000',
    confirmed: true,
  },
] as const;

/** Lương cơ sở by date. Amounts the database already holds keep the secretary's value; the citation is added. */
export const lawBaseSalaries = [
  { effectiveFrom: '2019-07-01', amount: 1_490_000, legalBasis: 'Nghị định 38/2019/NĐ-CP, Điều 3', confirmed: false },
  { effectiveFrom: '2023-07-01', amount: 1_800_000, legalBasis: 'Nghị định 24/2023/NĐ-CP, Điều 3', confirmed: true },
  {
    effectiveFrom: '2024-07-01',
    amount: 2_340_000,
    legalBasis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2',
    confirmed: true,
  },
  {
    effectiveFrom: '2026-07-01',
    amount: 2_530_000,
    legalBasis: 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2 và Điều 6',
    confirmed: true,
  },
] as const;

/** Titles that the 2022 law and NĐ 152 name and the first catalogue lacked. */
export const newTitles = [
  {
    code: 'XA_TIEU_BIEU',
    name: 'Xã, phường, đặc khu tiêu biểu',
    category: 'danh_hieu',
    recipient: 'tap_the',
    position: 95,
  },
  {
    code: 'BK_TTG_TT',
    name: 'Bằng khen của Thủ tướng Chính phủ (tập thể)',
    category: 'hinh_thuc',
    recipient: 'tap_the',
    position: 145,
  },
] as const;

/** The level of each title, for the statistics report: cơ sở, bộ/ngành/tỉnh, or the State. */
export const titleTiers: Readonly<Record<string, 'co_so' | 'tinh' | 'nha_nuoc'>> = {
  LDTT: 'co_so',
  CSTDCS: 'co_so',
  TTLDTT: 'co_so',
  THON_VH: 'co_so',
  GK: 'co_so',
  GK_TT: 'co_so',
  CSTD_TINH: 'tinh',
  TTLDXS: 'tinh',
  CO_TINH: 'tinh',
  XA_TIEU_BIEU: 'tinh',
  BK_TINH: 'tinh',
  BK_TINH_TT: 'tinh',
  CSTD_TQ: 'nha_nuoc',
  CO_CP: 'nha_nuoc',
  BK_TTG: 'nha_nuoc',
  BK_TTG_TT: 'nha_nuoc',
};

interface MultipleRow {
  code: string;
  multiple: number;
  legalBasis: string;
  confirmed: boolean;
}

const m = (code: string, multiple: number, legalBasis: string, confirmed: boolean): MultipleRow => ({
  code,
  multiple,
  legalBasis,
  confirmed,
});

/** Prize multiples (× lương cơ sở) per title and form, one list per decree, each from its decree's date. */
export const lawMultiples: ReadonlyArray<{ effectiveFrom: string; rows: readonly MultipleRow[] }> = [
  {
    effectiveFrom: '2017-10-01',
    rows: [
      m('LDTT', 0.3, `${nd91}, Điều 69`, false),
      m('CSTDCS', 1, `${nd91}, Điều 69`, false),
      m('CSTD_TINH', 3, `${nd91}, Điều 69`, false),
      m('CSTD_TQ', 4.5, `${nd91}, Điều 69`, false),
      m('TTLDXS', 1.5, `${nd91}, Điều 69`, false),
      m('TTLDTT', 0.8, `${nd91}, Điều 69`, false),
      m('THON_VH', 1.5, `${nd91}, Điều 69`, false),
      m('CO_CP', 12, `${nd91}, Điều 69`, false),
      m('CO_TINH', 8, `${nd91}, Điều 69`, false),
      m('BK_TTG', 3.5, `${nd91}, Điều 73`, false),
      m('BK_TTG_TT', 7, `${nd91}, Điều 73 khoản 2`, false),
      m('BK_TINH', 1, `${nd91}, Điều 73`, false),
      m('BK_TINH_TT', 2, `${nd91}, Điều 73 khoản 2`, false),
      m('GK', 0.3, `${nd91}, Điều 73 (Giấy khen của Chủ tịch UBND cấp xã: 0,15)`, false),
      m('GK_TT', 0.6, `${nd91}, Điều 73 khoản 2 (Giấy khen của Chủ tịch UBND cấp xã: 0,3)`, false),
    ],
  },
  {
    effectiveFrom: '2024-01-01',
    rows: [
      m('LDTT', 0.3, `${nd98}, Điều 54 khoản 1 điểm d`, true),
      m('CSTDCS', 1, `${nd98}, Điều 54 khoản 1 điểm c`, true),
      m('CSTD_TINH', 3, `${nd98}, Điều 54 khoản 1 điểm b`, true),
      m('CSTD_TQ', 4.5, `${nd98}, Điều 54 khoản 1 điểm a`, true),
      m('TTLDXS', 1.5, `${nd98}, Điều 54 khoản 2 điểm a`, true),
      m('TTLDTT', 0.8, `${nd98}, Điều 54 khoản 2 điểm b`, true),
      m('XA_TIEU_BIEU', 2, `${nd98}, Điều 54 khoản 2 điểm c`, true),
      m('THON_VH', 1.5, `${nd98}, Điều 54 khoản 2 điểm d`, true),
      m('CO_CP', 12, `${nd98}, Điều 54 khoản 2 điểm đ`, true),
      m('CO_TINH', 8, `${nd98}, Điều 54 khoản 2 điểm e`, true),
      m('BK_TTG', 3.5, `${nd98}, Điều 58`, false),
      m('BK_TTG_TT', 7, `${nd98}, Điều 58`, false),
      m('BK_TINH', 1, `${nd98}, Điều 58`, false),
      m('BK_TINH_TT', 2, `${nd98}, Điều 58`, false),
      m('GK', 0.3, `${nd98}, Điều 58`, false),
      m('GK_TT', 0.6, `${nd98}, Điều 58`, false),
    ],
  },
  {
    effectiveFrom: '2025-07-01',
    rows: [
      m('LDTT', 0.3, `${nd152}, Điều 50 khoản 1 điểm d`, true),
      m('CSTDCS', 1, `${nd152}, Điều 50 khoản 1 điểm c`, true),
      m('CSTD_TINH', 3, `${nd152}, Điều 50 khoản 1 điểm b`, true),
      m('CSTD_TQ', 4.5, `${nd152}, Điều 50 khoản 1 điểm a`, true),
      m('TTLDXS', 1.5, `${nd152}, Điều 50 khoản 2 điểm a`, true),
      m('TTLDTT', 0.8, `${nd152}, Điều 50 khoản 2 điểm b`, true),
      m('XA_TIEU_BIEU', 2, `${nd152}, Điều 50 khoản 2 điểm c`, true),
      m('THON_VH', 1.5, `${nd152}, Điều 50 khoản 2 điểm d`, true),
      m('CO_CP', 12, `${nd152}, Điều 50 khoản 2 điểm đ`, true),
      m('CO_TINH', 8, `${nd152}, Điều 50 khoản 2 điểm e`, true),
      m('BK_TTG', 3.5, `${nd152}, Điều 54 khoản 1`, true),
      m('BK_TTG_TT', 7, `${nd152}, Điều 54 khoản 2`, true),
      m('BK_TINH', 1.5, `${nd152}, Điều 54 khoản 1`, true),
      m('BK_TINH_TT', 3, `${nd152}, Điều 54 khoản 2`, true),
      m('GK', 0.3, `${nd152}, Điều 54 khoản 1`, false),
      m('GK_TT', 0.6, `${nd152}, Điều 54 khoản 2`, false),
    ],
  },
];

type Level = 'tinh' | 'huyen' | 'xa';

interface AuthorityRow {
  level: Level;
  effectiveFrom: string;
  decidedBy: string;
  within: boolean;
  legalBasis: string;
  confirmed: boolean;
  codes: readonly string[];
}

const allCodes = Object.keys(titleTiers);
const others = (codes: readonly string[]) => allCodes.filter((c) => !codes.includes(c));

const districtOwn = ['LDTT', 'CSTDCS', 'TTLDTT', 'THON_VH', 'GK', 'GK_TT'];
const communeOld = ['LDTT', 'GK', 'GK_TT'];
const communeNew = ['LDTT', 'CSTDCS', 'TTLDTT', 'THON_VH', 'GK', 'GK_TT'];
const provinceOwn = ['CSTD_TINH', 'TTLDXS', 'CO_TINH', 'XA_TIEU_BIEU', 'BK_TINH', 'BK_TINH_TT'];
const departmentHeads = ['LDTT', 'CSTDCS', 'TTLDTT', 'GK', 'GK_TT'];
const national = ['CSTD_TQ', 'CO_CP', 'BK_TTG', 'BK_TTG_TT'];

/**
 * Who decides each title, by the council's level. A title outside the council's own authority is proposed upward
 * (`within: false`, `decidedBy` names who decides). From 1/7/2025 there is no district level: its rows stay for the
 * history a former district's data carries.
 */
export const lawAuthorities: readonly AuthorityRow[] = [
  {
    level: 'huyen',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp huyện',
    within: true,
    legalBasis: `${luat2022}, Điều 80 khoản 2 (trước đó Luật 2003 và ${nd91})`,
    confirmed: true,
    codes: districtOwn,
  },
  {
    level: 'huyen',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp tỉnh (huyện trình)',
    within: false,
    legalBasis: `${luat2022}, Điều 79–80`,
    confirmed: true,
    codes: others([...districtOwn, ...national]),
  },
  {
    level: 'huyen',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Thủ tướng Chính phủ (qua UBND cấp tỉnh)',
    within: false,
    legalBasis: `${luat2022}, Điều 78`,
    confirmed: false,
    codes: national,
  },
  {
    level: 'xa',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp xã',
    within: true,
    legalBasis: `${luat2022}, Điều 80 khoản 3`,
    confirmed: true,
    codes: communeOld,
  },
  {
    level: 'xa',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp huyện (xã trình)',
    within: false,
    legalBasis: `${luat2022}, Điều 80 khoản 2`,
    confirmed: true,
    codes: others([...communeOld, ...provinceOwn, ...national]),
  },
  {
    level: 'xa',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp tỉnh (qua huyện)',
    within: false,
    legalBasis: `${luat2022}, Điều 79`,
    confirmed: true,
    codes: provinceOwn,
  },
  {
    level: 'xa',
    effectiveFrom: '2025-07-01',
    decidedBy: 'Chủ tịch UBND xã, phường, đặc khu',
    within: true,
    legalBasis: `${nd129}, Điều 59`,
    confirmed: true,
    codes: communeNew,
  },
  {
    level: 'xa',
    effectiveFrom: '2025-07-01',
    decidedBy: 'Chủ tịch UBND tỉnh, thành phố (xã trình qua Sở Nội vụ)',
    within: false,
    legalBasis: `${nd129}, Điều 59 (ngoài thẩm quyền cấp xã)`,
    confirmed: true,
    codes: provinceOwn,
  },
  {
    level: 'xa',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Thủ tướng Chính phủ (qua UBND cấp tỉnh)',
    within: false,
    legalBasis: `${luat2022}, Điều 78`,
    confirmed: false,
    codes: national,
  },
  {
    level: 'tinh',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND tỉnh, thành phố',
    within: true,
    legalBasis: `${luat2022}, Điều 79; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 5`,
    confirmed: false,
    codes: provinceOwn,
  },
  {
    level: 'tinh',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Thủ trưởng sở, ban, ngành thuộc UBND tỉnh (cho cá nhân, tập thể thuộc quyền)',
    within: true,
    legalBasis: `${luat2022}, Điều 80 khoản 1`,
    confirmed: true,
    codes: departmentHeads,
  },
  {
    level: 'tinh',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Chủ tịch UBND cấp xã (tỉnh hướng dẫn)',
    within: false,
    legalBasis: `${luat2022}, Điều 80`,
    confirmed: true,
    codes: ['THON_VH'],
  },
  {
    level: 'tinh',
    effectiveFrom: '2000-01-01',
    decidedBy: 'Thủ tướng Chính phủ (tỉnh trình)',
    within: false,
    legalBasis: `${luat2022}, Điều 78; Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 5 khoản 1`,
    confirmed: true,
    codes: national,
  },
];

/**
 * The principles every title is checked against (NĐ 152 Điều 4, TT 15/2025), by date. `params` are read by
 * shared/commendation/principles.ts.
 */
export const lawPrinciples = [
  {
    key: 'KY_LUAT_THANH_TRA',
    effectiveFrom: '2024-01-01',
    kind: 'sanction',
    label: 'Chưa khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc đang thi hành kỷ luật',
    legalBasis: `${nd98}, Điều 4`,
    confirmed: false,
    params: {},
  },
  {
    key: 'KY_LUAT_THANH_TRA',
    effectiveFrom: '2025-07-01',
    kind: 'sanction',
    label: 'Chưa khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc đang thi hành kỷ luật',
    legalBasis: `khoản 4 Điều 4 ${nd152}`,
    confirmed: true,
    params: {},
  },
  {
    key: 'CHUYEN_DE_DOT_XUAT',
    effectiveFrom: '2025-07-01',
    kind: 'thematicNotBasis',
    label: 'Khen thưởng đột xuất, chuyên đề không dùng làm căn cứ đề nghị cấp trên khen thưởng công trạng',
    legalBasis: `khoản 3 Điều 4 ${nd152}`,
    confirmed: true,
    params: {},
  },
  {
    key: 'DON_VI_GIAI_THE',
    effectiveFrom: '2025-08-05',
    kind: 'dissolvedUnit',
    label: 'Không khen thưởng cơ quan, tổ chức, đơn vị đã giải thể sau sắp xếp tổ chức bộ máy',
    legalBasis: tt15,
    confirmed: false,
    params: {},
  },
  {
    key: 'UU_TIEN_NU',
    effectiveFrom: '2025-07-01',
    kind: 'tiePreference',
    label: 'Cùng đủ điều kiện, tiêu chuẩn: ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên',
    legalBasis: `khoản 6 Điều 4 ${nd152}`,
    confirmed: true,
    params: { collectiveFemalePercent: 70 },
  },
] as const;
