import type { CouncilProfile } from '@shared/domain/council';
import type { UnitKind } from '@shared/domain/unit';

/**
 * The 2026 demo: xã Mỹ Tú, thành phố Cần Thơ, formed on 1/7/2025 from thị trấn Huỳnh Hữu Nghĩa, xã Mỹ Thuận and xã
 * Mỹ Tú (Nghị quyết 1668/NQ-UBTVQH15, Điều 1 mục 82). The merger is real; every hamlet, person, figure and document
 * number is invented (coord/research/demo-commune-2026.md), and the app says so on its "Dữ liệu mẫu" banner.
 */
export const communeCouncil: CouncilProfile = {
  level: 'xa',
  parentBody: 'UBND THÀNH PHỐ CẦN THƠ',
  issuingBody: 'ỦY BAN NHÂN DÂN XÃ MỸ TÚ (DỮ LIỆU MẪU)',
  issuerName: 'Ủy ban nhân dân xã Mỹ Tú',
  issuingBodyCode: 'UBND',
  place: 'Mỹ Tú',
  signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Lý Văn Sơn',
};

export interface DemoHamlet {
  code: string;
  name: string;
  /** The hamlet cluster (cụm) it belongs to in 2026. */
  cluster: 1 | 2 | 3;
  households: number;
  people: number;
  /** Poor households at the 2025 review (the baseline of target 9). */
  poor2025: number;
  /** People holding a health-insurance card at 14/09/2026. */
  insuredQ3: number;
  /** The name it had before 1/10/2025, when the former town's khóm became ấp. */
  formerName?: string;
}

/** 16 hamlets (research §2.1): households, people, poor households 2025, BHYT cards at the end of Q3. */
export const demoHamlets: readonly DemoHamlet[] = [
  { code: 'AP-TTH', name: 'Ấp Tú Thạnh', cluster: 1, households: 549, people: 1858, poor2025: 8, insuredQ3: 1733 },
  { code: 'AP-TLA', name: 'Ấp Tú Lợi A', cluster: 1, households: 720, people: 2438, poor2025: 12, insuredQ3: 2344 },
  { code: 'AP-TLB', name: 'Ấp Tú Lợi B', cluster: 1, households: 604, people: 2135, poor2025: 9, insuredQ3: 2041 },
  { code: 'AP-SX', name: 'Ấp Sóc Xoài', cluster: 1, households: 555, people: 1935, poor2025: 15, insuredQ3: 1844 },
  { code: 'AP-CC', name: 'Ấp Cầu Chùa', cluster: 1, households: 659, people: 2224, poor2025: 7, insuredQ3: 2099 },
  { code: 'AP-TD', name: 'Ấp Tú Điền', cluster: 1, households: 661, people: 2325, poor2025: 9, insuredQ3: 2247 },
  { code: 'AP-MT', name: 'Ấp Mỹ Thuận', cluster: 2, households: 655, people: 2343, poor2025: 11, insuredQ3: 2266 },
  { code: 'AP-MTN', name: 'Ấp Mỹ Thạnh', cluster: 2, households: 648, people: 2311, poor2025: 7, insuredQ3: 2204 },
  { code: 'AP-RR', name: 'Ấp Rạch Rê', cluster: 2, households: 579, people: 1956, poor2025: 19, insuredQ3: 1823 },
  { code: 'AP-PL', name: 'Ấp Phước Lợi', cluster: 2, households: 575, people: 1957, poor2025: 8, insuredQ3: 1829 },
  { code: 'AP-BT', name: 'Ấp Bưng Tróp', cluster: 2, households: 731, people: 2424, poor2025: 18, insuredQ3: 2266 },
  {
    code: 'AP-CTH',
    name: 'Ấp Châu Thành',
    cluster: 3,
    households: 600,
    people: 2165,
    poor2025: 7,
    insuredQ3: 2017,
    formerName: 'Khóm 1',
  },
  {
    code: 'AP-TT',
    name: 'Ấp Thị Tứ',
    cluster: 3,
    households: 725,
    people: 2451,
    poor2025: 11,
    insuredQ3: 2350,
    formerName: 'Khóm 2',
  },
  { code: 'AP-PH', name: 'Ấp Phú Hòa', cluster: 3, households: 765, people: 2703, poor2025: 10, insuredQ3: 2578 },
  { code: 'AP-TL', name: 'Ấp Tân Lập', cluster: 3, households: 793, people: 2757, poor2025: 10, insuredQ3: 2584 },
  {
    code: 'AP-CHO',
    name: 'Ấp Chợ',
    cluster: 3,
    households: 821,
    people: 2868,
    poor2025: 11,
    insuredQ3: 2785,
    formerName: 'Khóm 3',
  },
];

/** The commune's offices, the Front and mass organisations, schools and the health station. */
export const demoAgencies: ReadonlyArray<{ code: string; name: string; kind: UnitKind; block: 1 | 2 | 3 }> = [
  { code: 'VP', name: 'Văn phòng HĐND và UBND xã', kind: 'phong_ban', block: 1 },
  { code: 'P-KT', name: 'Phòng Kinh tế', kind: 'phong_ban', block: 1 },
  { code: 'P-VHXH', name: 'Phòng Văn hóa – Xã hội', kind: 'phong_ban', block: 1 },
  { code: 'TT-PVHCC', name: 'Trung tâm Phục vụ hành chính công xã', kind: 'phong_ban', block: 1 },
  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam xã', kind: 'doan_the', block: 2 },
  { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ xã', kind: 'doan_the', block: 2 },
  { code: 'DTN', name: 'Đoàn TNCS Hồ Chí Minh xã', kind: 'doan_the', block: 2 },
  { code: 'HND', name: 'Hội Nông dân xã', kind: 'doan_the', block: 2 },
  { code: 'HCCB', name: 'Hội Cựu chiến binh xã', kind: 'doan_the', block: 2 },
  { code: 'THCS-MT', name: 'Trường THCS Mỹ Tú', kind: 'truong_hoc', block: 3 },
  { code: 'TH-MTH', name: 'Trường Tiểu học Mỹ Thuận', kind: 'truong_hoc', block: 3 },
  { code: 'MN-HHN', name: 'Trường Mầm non Huỳnh Hữu Nghĩa', kind: 'truong_hoc', block: 3 },
  { code: 'TYT', name: 'Trạm Y tế xã Mỹ Tú', kind: 'khac', block: 3 },
];

/**
 * Units that ended in the 2025 restructuring, kept so their history stays readable: the three former communes'
 * offices merged into the new commune's office, one office dissolved (TT 15/2025 bars its commendation), and a
 * hamlet merged into its neighbour on 1/10/2025.
 */
export const demoFormerUnits: ReadonlyArray<{
  code: string;
  name: string;
  kind: UnitKind;
  end: string;
  how: { mergedInto: string } | { dissolved: true };
}> = [
  { code: 'UBND-MT-CU', name: 'UBND xã Mỹ Tú (cũ)', kind: 'phong_ban', end: '2025-07-01', how: { mergedInto: 'VP' } },
  { code: 'UBND-MTH', name: 'UBND xã Mỹ Thuận', kind: 'phong_ban', end: '2025-07-01', how: { mergedInto: 'VP' } },
  {
    code: 'UBND-HHN',
    name: 'UBND thị trấn Huỳnh Hữu Nghĩa',
    kind: 'phong_ban',
    end: '2025-07-01',
    how: { mergedInto: 'VP' },
  },
  {
    code: 'VP-HHN',
    name: 'Văn phòng HĐND và UBND thị trấn Huỳnh Hữu Nghĩa',
    kind: 'phong_ban',
    end: '2025-07-01',
    how: { dissolved: true },
  },
  { code: 'AP-MTB', name: 'Ấp Mỹ Thuận B', kind: 'thon', end: '2025-10-01', how: { mergedInto: 'AP-MT' } },
];
