import type { CouncilLevel } from '../domain/council';
import type { AwardRule } from './rules';

export const titleCategories = ['danh_hieu', 'hinh_thuc'] as const;
export type TitleCategory = (typeof titleCategories)[number];
export const recipientKinds = ['ca_nhan', 'tap_the'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** Who gives a title: the commune or district level (cơ sở), a ministry or province, or the State. */
export const titleTiers = ['co_so', 'tinh', 'nha_nuoc'] as const;
export type TitleTier = (typeof titleTiers)[number];

/** A danh hiệu thi đua or hình thức khen thưởng, with the version of its settings in force on a date. */
export interface AwardTitle {
  id: number;
  code: string;
  name: string;
  category: TitleCategory;
  recipient: RecipientKind;
  position: number;
  tier: TitleTier;
  /** Who decides it for this council ("Chủ tịch UBND xã, phường, đặc khu"), from the authority in force. */
  authority: string;
  /** False: above the council's own authority, so the council proposes it upward (đề nghị cấp trên). */
  withinCouncil: boolean;
  /** Prize money as a multiple of the base salary (lương cơ sở), from the version in force. */
  prizeMultiple: number;
  effectiveFrom: string;
  /** The multiple's citation ("Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1 điểm c"). */
  legalBasis: string;
  confirmed: boolean;
}

export interface AwardTitleVersion {
  titleId: number;
  effectiveFrom: string;
  prizeMultiple: number;
  legalBasis: string;
  confirmed: boolean;
}

/** Who decides a title at a council level, from a date; `withinCouncil` false: proposed upward to `decidedBy`. */
export interface AwardAuthority {
  titleId: number;
  councilLevel: CouncilLevel;
  effectiveFrom: string;
  decidedBy: string;
  withinCouncil: boolean;
  legalBasis: string;
  confirmed: boolean;
}

/** A title as migration 0060 seeded it (with the authority text its versions carried then). */
interface SeedTitle {
  code: string;
  name: string;
  category: TitleCategory;
  recipient: RecipientKind;
  position: number;
  authority: string;
  prizeMultiple: number;
}

const district = 'Chủ tịch UBND cấp huyện';
const province = 'Chủ tịch UBND cấp tỉnh';
const government = 'Thủ tướng Chính phủ';

/**
 * Frozen once shipped: migration 0060 seeds these; a later change is a new migration or the secretary's edit.
 * The catalogue seeded on a new database (Luật Thi đua, khen thưởng 2022; multiples of Nghị định 98/2023).
 * Authorities and multiples are settings: the secretary edits them with an effective date.
 */
export const seedTitles: ReadonlyArray<SeedTitle> = [
  {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    category: 'danh_hieu',
    recipient: 'ca_nhan',
    authority: district,
    prizeMultiple: 0.3,
  },
  {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'danh_hieu',
    recipient: 'ca_nhan',
    authority: district,
    prizeMultiple: 1,
  },
  {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: 'danh_hieu',
    recipient: 'ca_nhan',
    authority: province,
    prizeMultiple: 3,
  },
  {
    code: 'CSTD_TQ',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'danh_hieu',
    recipient: 'ca_nhan',
    authority: government,
    prizeMultiple: 4.5,
  },
  {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    category: 'danh_hieu',
    recipient: 'tap_the',
    authority: district,
    prizeMultiple: 0.8,
  },
  {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    category: 'danh_hieu',
    recipient: 'tap_the',
    authority: province,
    prizeMultiple: 1.5,
  },
  {
    code: 'CO_TINH',
    name: 'Cờ thi đua cấp tỉnh',
    category: 'danh_hieu',
    recipient: 'tap_the',
    authority: province,
    prizeMultiple: 8,
  },
  {
    code: 'CO_CP',
    name: 'Cờ thi đua của Chính phủ',
    category: 'danh_hieu',
    recipient: 'tap_the',
    authority: government,
    prizeMultiple: 12,
  },
  {
    code: 'THON_VH',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'danh_hieu',
    recipient: 'tap_the',
    authority: district,
    prizeMultiple: 1.5,
  },
  {
    code: 'GK',
    name: 'Giấy khen (cá nhân)',
    category: 'hinh_thuc',
    recipient: 'ca_nhan',
    authority: district,
    prizeMultiple: 0.3,
  },
  {
    code: 'GK_TT',
    name: 'Giấy khen (tập thể)',
    category: 'hinh_thuc',
    recipient: 'tap_the',
    authority: district,
    prizeMultiple: 0.6,
  },
  {
    code: 'BK_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)',
    category: 'hinh_thuc',
    recipient: 'ca_nhan',
    authority: province,
    prizeMultiple: 1,
  },
  {
    code: 'BK_TINH_TT',
    name: 'Bằng khen của Chủ tịch UBND tỉnh (tập thể)',
    category: 'hinh_thuc',
    recipient: 'tap_the',
    authority: province,
    prizeMultiple: 2,
  },
  {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ (cá nhân)',
    category: 'hinh_thuc',
    recipient: 'ca_nhan',
    authority: government,
    prizeMultiple: 1.5,
  },
].map((t, position) => ({ ...t, position: (position + 1) * 10 }) as SeedTitle);

/** The seeded catalogue applies from this date: early enough that award history of past years has multiples. */
export const seedTitlesEffectiveFrom = '2000-01-01';

/** Lương cơ sở by effective date (đồng/tháng), the setting `commendation.baseSalary`. */
export const seedBaseSalaries: ReadonlyArray<{ effectiveFrom: string; amount: number }> = [
  { effectiveFrom: '2019-07-01', amount: 1_490_000 },
  { effectiveFrom: '2023-07-01', amount: 1_800_000 },
  { effectiveFrom: '2024-07-01', amount: 2_340_000 },
];

const law = 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP';
const caMau = 'Kế hoạch thi đua năm 2023 của UBND tỉnh Cà Mau (ví dụ quy định riêng của một kế hoạch)';
const metOrAhead = ['vuot', 'dat', 'dung_tien_do'] as const;

/** domain §5's checkable rules; values a province sets are marked `tinh`, a plan's own rules `ke_hoach`. */
export const seedRules: readonly AwardRule[] = [
  rule('CSTDCS.LDTT', 'CSTDCS', 'Đạt danh hiệu Lao động tiên tiến trong năm', 'luat', law, {
    kind: 'consecutiveTitles',
    title: 'LDTT',
    years: 1,
    lastYearOffset: 0,
  }),
  rule(
    'CSTDCS.TY_LE',
    'CSTDCS',
    'Số CSTĐCS không quá 15% số LĐTT của đơn vị',
    'tinh',
    'Tỷ lệ theo Nghị định 91/2017 (cũ); tỉnh quy định tỷ lệ áp dụng',
    { kind: 'shareCap', ofTitle: 'LDTT', maxPercent: 15 },
  ),
  rule('CSTD_TINH.CSTDCS', 'CSTD_TINH', '03 lần liên tục đạt Chiến sĩ thi đua cơ sở', 'luat', law, {
    kind: 'consecutiveTitles',
    title: 'CSTDCS',
    years: 3,
    lastYearOffset: -1,
  }),
  rule('CSTD_TINH.SANG_KIEN', 'CSTD_TINH', 'Có sáng kiến được công nhận phạm vi cấp tỉnh', 'luat', law, {
    kind: 'initiative',
    minScope: 'tinh',
    withinYears: 3,
    lastYearOffset: -1,
  }),
  rule('CSTD_TQ.CSTD_TINH', 'CSTD_TQ', '02 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh', 'luat', law, {
    kind: 'consecutiveTitles',
    title: 'CSTD_TINH',
    years: 2,
    lastYearOffset: -1,
  }),
  rule('TTLDXS.LDTT', 'TTLDXS', 'Có từ 70% thành viên đạt Lao động tiên tiến', 'luat', law, {
    kind: 'membersShare',
    title: 'LDTT',
    minPercent: 70,
    yearOffset: 0,
  }),
  rule('TTLDXS.CSTDCS', 'TTLDXS', 'Có thành viên đạt Chiến sĩ thi đua cơ sở', 'luat', law, {
    kind: 'membersAtLeast',
    title: 'CSTDCS',
    minCount: 1,
    yearOffset: 0,
  }),
  ...caMauRules('2023-01-01', true),
  ...caMauRules('2024-01-01', false),
];

function caMauRules(effectiveFrom: string, active: boolean): AwardRule[] {
  const at = (r: AwardRule): AwardRule => ({ ...r, effectiveFrom, active });
  return [
    at(
      rule(
        'CAMAU2023.BK_6T.CHI_TIEU',
        'BK_TINH',
        'Đơn vị hoàn thành từ 50% chỉ tiêu đến 30/6',
        'ke_hoach',
        caMau,
        { kind: 'targetCompletion', period: 'H1', minPercent: 50, statuses: [...metOrAhead] },
        'H1',
      ),
    ),
    at(
      rule(
        'CAMAU2023.BK_6T.TOI_DA',
        'BK_TINH',
        'Không quá 02 cá nhân mỗi đơn vị',
        'ke_hoach',
        caMau,
        { kind: 'countCap', maxCount: 2 },
        'H1',
      ),
    ),
    at(
      rule(
        'CAMAU2023.BK_NAM.CHI_TIEU',
        'BK_TINH',
        'Đơn vị hoàn thành 100% chỉ tiêu năm',
        'ke_hoach',
        caMau,
        { kind: 'targetCompletion', period: 'Y', minPercent: 100, statuses: ['vuot', 'dat'] },
        'Y',
      ),
    ),
    at(
      rule(
        'CAMAU2023.BK_NAM.TOI_DA',
        'BK_TINH',
        'Không quá 04 cá nhân mỗi đơn vị',
        'ke_hoach',
        caMau,
        { kind: 'countCap', maxCount: 4 },
        'Y',
      ),
    ),
    at(
      rule(
        'CAMAU2023.BKTT_6T.CHI_TIEU',
        'BK_TINH_TT',
        'Hoàn thành từ 50% chỉ tiêu đến 30/6',
        'ke_hoach',
        caMau,
        { kind: 'targetCompletion', period: 'H1', minPercent: 50, statuses: [...metOrAhead] },
        'H1',
      ),
    ),
    at(
      rule(
        'CAMAU2023.BKTT_NAM.CHI_TIEU',
        'BK_TINH_TT',
        'Hoàn thành 100% chỉ tiêu năm',
        'ke_hoach',
        caMau,
        { kind: 'targetCompletion', period: 'Y', minPercent: 100, statuses: ['vuot', 'dat'] },
        'Y',
      ),
    ),
  ];
}

function rule(
  key: string,
  titleCode: string,
  label: string,
  source: AwardRule['source'],
  sourceNote: string,
  definition: AwardRule['definition'],
  appliesTo: AwardRule['appliesTo'] = 'all',
): AwardRule {
  return {
    key,
    effectiveFrom: '2000-01-01',
    titleCode,
    label,
    source,
    sourceNote,
    appliesTo,
    definition,
    active: true,
  };
}
