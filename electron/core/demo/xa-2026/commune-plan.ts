import type { MovementKind } from '@shared/domain/plan';
import { communeTargets } from './commune-targets';

/** The commune's 2026 plan (research §3): number, date, theme, bases and its two phases. */
export const communePlanHeader = {
  number: '08/KH-UBND',
  issuedOn: '2026-01-16',
  place: 'Mỹ Tú',
  issuer: 'ỦY BAN NHÂN DÂN XÃ MỸ TÚ',
  title: 'Kế hoạch phát động phong trào thi đua yêu nước năm 2026',
  theme: 'Đoàn kết, đổi mới, thi đua xây dựng xã Mỹ Tú phát triển nhanh, bền vững trong năm đầu nhiệm kỳ 2025 – 2030',
  year: 2026,
  phases: [
    { name: 'Đợt I', start: '2026-01-01', end: '2026-06-30' },
    { name: 'Đợt II', start: '2026-07-01', end: '2026-12-31' },
  ],
  legalBases: [
    'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
    'Luật Thi đua, khen thưởng số 06/2022/QH15',
    'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    'Thông tư số 15/2025/TT-BNV ngày 04/8/2025 của Bộ trưởng Bộ Nội vụ',
    'Nghị quyết số 05/NQ-HĐND ngày 25/12/2025 của Hội đồng nhân dân xã Mỹ Tú về nhiệm vụ phát triển kinh tế – xã hội năm 2026',
  ],
  signer: 'Lý Văn Sơn',
};

export const communeMovements: ReadonlyArray<{
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear: number | null;
  launchedBy: string;
}> = [
  {
    name: 'Phong trào thi đua yêu nước năm 2026',
    kind: 'thuong_xuyen',
    startYear: 2026,
    endYear: 2026,
    launchedBy: 'UBND xã Mỹ Tú',
  },
  {
    name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    kind: 'chuyen_de',
    startYear: 2026,
    endYear: 2030,
    launchedBy: 'Chủ tịch UBND thành phố Cần Thơ',
  },
  {
    name: 'Bình dân học vụ số',
    kind: 'chuyen_de',
    startYear: 2025,
    endYear: null,
    launchedBy: 'Thủ tướng Chính phủ',
  },
];

const groupHeadings: Readonly<Record<string, string>> = {
  kinh_te: 'a) Về kinh tế',
  van_hoa_xa_hoi: 'b) Về văn hóa – xã hội',
  quoc_phong_an_ninh: 'c) Về quốc phòng – an ninh',
  xay_dung_dang_chinh_quyen: 'd) Về xây dựng chính quyền',
};

/**
 * The plan as its text reads, the way a commune writes one: header, bases, theme, then the targets numbered by
 * field, each sentence the one the target row cites. The demo stores it as the plan's source and seeds its targets
 * directly, but the text is written so the plan reader can read it too.
 */
export function communePlanText(): string {
  const h = communePlanHeader;
  const groups = Object.keys(groupHeadings).map((group) => ({
    heading: groupHeadings[group]!,
    rows: communeTargets.filter((t) => t.newIndicator?.group === group).map((t) => t.sourceText!),
  }));
  let n = 0;
  return [
    'ỦY BAN NHÂN DÂN',
    'XÃ MỸ TÚ',
    `Số: ${h.number}`,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Mỹ Tú, ngày 16 tháng 01 năm 2026',
    '',
    'KẾ HOẠCH',
    'Phát động phong trào thi đua yêu nước năm 2026',
    '',
    ...h.legalBases.map((b) => `Căn cứ ${b};`),
    '',
    `Ủy ban nhân dân xã Mỹ Tú phát động phong trào thi đua yêu nước năm 2026 với chủ đề “${h.theme}”, cụ thể như sau:`,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Phát huy sức mạnh của cả hệ thống chính trị xã sau sắp xếp, gắn phong trào thi đua với nhiệm vụ phát triển kinh tế – xã hội năm 2026.',
    '- Khen thưởng kịp thời, đúng người, đúng thành tích theo Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP.',
    '',
    'II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA',
    '1. Chỉ tiêu thi đua',
    ...groups.flatMap((g) => [g.heading, ...g.rows.map((text) => `(${(n += 1)}) ${text}`)]),
    '',
    '2. Thời gian thực hiện',
    'Đợt I: từ ngày 01/01/2026 đến ngày 30/6/2026, sơ kết trong tháng 7/2026; Đợt II: từ ngày 01/7/2026 đến hết năm, tổng kết trong tháng 12/2026.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    'Phòng Văn hóa – Xã hội (cơ quan thường trực Hội đồng Thi đua – Khen thưởng xã) theo dõi, tổng hợp kết quả hằng quý, báo cáo Ủy ban nhân dân xã./.',
    '',
    'Nơi nhận:',
    '- UBND thành phố Cần Thơ (Sở Nội vụ);',
    '- Các ấp, cơ quan, đoàn thể xã;',
    '- Lưu: VT, VHXH.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    '',
    h.signer,
  ].join('\n');
}
