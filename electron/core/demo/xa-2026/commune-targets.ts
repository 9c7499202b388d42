import type { z } from 'zod';
import type { importTargetSchema } from '@shared/contract/plans';

/**
 * The 26 targets of the commune's 2026 plan (research §3.1), each with its indicator and the figures it gets.
 *
 * This is the one place the demo declares how each indicator adds up. Until issue 13's aggregation kinds land
 * (levels and shares taking the latest quarter, rates typed as %), it uses today's kinds: a share or a per-capita
 * figure is `area_only` and gets a single figure, so a sum of quarters cannot mislead. When they land, the share
 * (row 7) and the income (row 8) become levels and get every quarter.
 *
 * `figures` names how demo-figures.ts fills the indicator: per hamlet (households and people of commune-units.ts),
 * at one agency (the health station, the one-stop centre), or for the whole commune by quarter.
 */
export type FigureRecipe =
  | { by: 'hamlet'; recipe: HamletRecipe }
  | { by: 'agency'; code: string; quarters: ReadonlyArray<[number, number] | null> }
  | { by: 'area'; quarters: ReadonlyArray<number | boolean | null>; lastYear?: ReadonlyArray<number | null> };

export type HamletRecipe =
  | 'rice'
  | 'rice-yield'
  | 'aquaculture'
  | 'pigs'
  | 'poverty'
  | 'near-poverty'
  | 'insurance'
  | 'clean-water'
  | 'culture-hamlet'
  | 'security-hamlet';

type TargetRow = z.input<typeof importTargetSchema> & { figures: FigureRecipe | null };

const seasonal = { phasingMode: 'seasonal' as const };
const linear = { phasingMode: 'linear' as const };

export const communeTargets: readonly TargetRow[] = [
  {
    newIndicator: {
      name: 'Tổng sản lượng lúa cả năm',
      group: 'kinh_te',
      measureUnit: 'tấn',
      kind: 'flow',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 104_500,
    sourceText: 'Tổng sản lượng lúa cả năm đạt 104.500 tấn trở lên.',
    ...seasonal,
    figures: { by: 'hamlet', recipe: 'rice' },
  },
  {
    newIndicator: {
      name: 'Năng suất lúa bình quân',
      group: 'kinh_te',
      measureUnit: 'tấn/ha',
      kind: 'intensity',
      numeratorLabel: 'Sản lượng lúa thu hoạch (tấn)',
      denominatorLabel: 'Diện tích lúa thu hoạch (ha)',
      rateScale: 1,
      direction: 'higher',
      decimals: 2,
    },
    comparator: 'gte',
    value: 6.4,
    sourceText: 'Năng suất lúa bình quân đạt 6,4 tấn/ha.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'rice-yield' },
  },
  {
    newIndicator: {
      name: 'Giá trị sản xuất nông nghiệp – thủy sản',
      group: 'kinh_te',
      measureUnit: 'tỷ đồng',
      kind: 'area_only',
      direction: 'higher',
    },
    comparator: 'increase',
    value: 4.5,
    changeMode: 'relative',
    baselineYear: 2025,
    baselineValue: 1860,
    sourceText: 'Giá trị sản xuất nông nghiệp – thủy sản tăng 4,5% so với năm 2025.',
    ...seasonal,
    figures: { by: 'area', quarters: [652, 405, 548], lastYear: [625, 398, 510, 327] },
  },
  {
    newIndicator: {
      name: 'Diện tích nuôi thủy sản',
      group: 'kinh_te',
      measureUnit: 'ha',
      kind: 'stock',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 380,
    sourceText: 'Diện tích nuôi thủy sản duy trì 380 ha.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'aquaculture' },
  },
  {
    newIndicator: { name: 'Tổng đàn heo', group: 'kinh_te', measureUnit: 'con', kind: 'stock', direction: 'higher' },
    comparator: 'gte',
    value: 9000,
    sourceText: 'Tổng đàn heo đạt 9.000 con.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'pigs' },
  },
  {
    newIndicator: {
      name: 'Thu ngân sách nhà nước trên địa bàn',
      group: 'kinh_te',
      measureUnit: 'triệu đồng',
      kind: 'area_only',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 14_200,
    sourceText: 'Thu ngân sách nhà nước trên địa bàn đạt 14.200 triệu đồng, đạt và vượt dự toán thành phố giao.',
    ...linear,
    figures: { by: 'area', quarters: [3150, 3620, 3480], lastYear: [2980, 3390, 3350, 3760] },
  },
  {
    newIndicator: {
      name: 'Tỷ trọng nông nghiệp – thủy sản trong cơ cấu kinh tế',
      group: 'kinh_te',
      measureUnit: '%',
      kind: 'area_only',
      direction: 'band',
      decimals: 1,
    },
    comparator: 'between',
    value: 54,
    max: 56,
    sourceText: 'Tỷ trọng nông nghiệp – thủy sản trong cơ cấu kinh tế chiếm 55%.',
    note: 'Chiếm 55% (sai số cho phép 1 điểm phần trăm); số ước sơ kết 6 tháng.',
    ...linear,
    figures: { by: 'area', quarters: [null, 55.6, null] },
  },
  {
    newIndicator: {
      name: 'Thu nhập bình quân đầu người',
      group: 'kinh_te',
      measureUnit: 'triệu đồng/người/năm',
      kind: 'area_only',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 68,
    sourceText: 'Thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm.',
    ...linear,
    figures: null,
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hộ nghèo',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số hộ nghèo',
      denominatorLabel: 'Tổng số hộ',
      direction: 'lower',
      decimals: 2,
    },
    comparator: 'decrease',
    value: 0.4,
    changeMode: 'points',
    baselineYear: 2025,
    baselineValue: 1.62,
    sourceText: 'Tỷ lệ hộ nghèo giảm 0,4% (từ 1,62% xuống còn dưới 1,22%).',
    ...linear,
    figures: { by: 'hamlet', recipe: 'poverty' },
  },
  {
    newIndicator: {
      name: 'Số hộ tái nghèo',
      group: 'van_hoa_xa_hoi',
      measureUnit: 'hộ',
      kind: 'area_only',
      direction: 'lower',
    },
    comparator: 'zero',
    value: 0,
    sourceText: 'Không phát sinh hộ tái nghèo.',
    ...linear,
    figures: { by: 'area', quarters: [0, 0, 0] },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hộ cận nghèo',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số hộ cận nghèo',
      denominatorLabel: 'Tổng số hộ',
      direction: 'lower',
      decimals: 2,
    },
    comparator: 'lte',
    value: 2.8,
    sourceText: 'Tỷ lệ hộ cận nghèo bằng hoặc dưới 2,8%.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'near-poverty' },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số người có thẻ BHYT',
      denominatorLabel: 'Dân số',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 95.5,
    sourceText: 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5% trở lên.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'insurance' },
  },
  {
    newIndicator: {
      name: 'Phát triển mới người tham gia bảo hiểm xã hội tự nguyện',
      group: 'van_hoa_xa_hoi',
      measureUnit: 'người',
      kind: 'area_only',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 120,
    sourceText: 'Phát triển mới 120 người tham gia bảo hiểm xã hội tự nguyện.',
    ...linear,
    figures: { by: 'area', quarters: [22, 41, 36], lastYear: [18, 33, 30, 23] },
  },
  {
    newIndicator: {
      name: 'Giải quyết việc làm mới',
      group: 'van_hoa_xa_hoi',
      measureUnit: 'lao động',
      kind: 'area_only',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 620,
    sourceText: 'Giải quyết việc làm mới cho 620 lao động.',
    ...linear,
    figures: { by: 'area', quarters: [140, 185, 170], lastYear: [132, 176, 164, 126] },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số trẻ dưới 5 tuổi thấp còi',
      denominatorLabel: 'Số trẻ dưới 5 tuổi được cân đo',
      direction: 'lower',
      decimals: 1,
    },
    comparator: 'lt',
    value: 12.5,
    sourceText: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn dưới 12,5%.',
    ...linear,
    figures: { by: 'agency', code: 'TYT', quarters: [null, [318, 2465], null] },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số trẻ được tiêm chủng đầy đủ (cộng dồn)',
      denominatorLabel: 'Số trẻ dưới 1 tuổi trong năm',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gt',
    value: 97,
    sourceText: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên 97%.',
    phasingMode: 'explicit',
    milestones: [0.25, 0.5, 0.75, 1],
    figures: {
      by: 'agency',
      code: 'TYT',
      quarters: [
        [120, 520],
        [249, 521],
        [377, 521],
      ],
    },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số hộ đạt Gia đình văn hóa',
      denominatorLabel: 'Tổng số hộ',
      direction: 'band',
      decimals: 1,
    },
    comparator: 'between',
    value: 92,
    max: 95,
    sourceText: 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" từ 92 – 95%.',
    ...linear,
    figures: null,
  },
  {
    newIndicator: {
      name: 'Ấp đạt danh hiệu "Ấp văn hóa"',
      group: 'van_hoa_xa_hoi',
      measureUnit: 'ấp',
      kind: 'unit_count',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 14,
    sourceText: 'Có 14/16 ấp đạt danh hiệu "Ấp văn hóa".',
    ...linear,
    figures: { by: 'hamlet', recipe: 'culture-hamlet' },
  },
  {
    newIndicator: {
      name: 'Ấp đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
      group: 'quoc_phong_an_ninh',
      measureUnit: 'ấp',
      kind: 'unit_count',
      direction: 'higher',
    },
    comparator: 'gte',
    value: 16,
    sourceText: '100% ấp (16/16 ấp) đạt tiêu chuẩn "An toàn về an ninh, trật tự".',
    ...linear,
    figures: { by: 'hamlet', recipe: 'security-hamlet' },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn',
      group: 'van_hoa_xa_hoi',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số hộ sử dụng nước sạch',
      denominatorLabel: 'Tổng số hộ',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 72,
    sourceText: 'Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn 72% trở lên.',
    ...linear,
    figures: { by: 'hamlet', recipe: 'clean-water' },
  },
  {
    newIndicator: {
      name: 'Làm mới, nâng cấp đường giao thông nông thôn',
      group: 'kinh_te',
      measureUnit: 'km',
      kind: 'area_only',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 12,
    sourceText: 'Làm mới, nâng cấp 12 km đường giao thông nông thôn.',
    ...linear,
    figures: { by: 'area', quarters: [1.8, 4.2, 3.5], lastYear: [1.5, 3.6, 2.8, 2.6] },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hoàn thành chỉ tiêu giao quân',
      group: 'quoc_phong_an_ninh',
      measureUnit: '%',
      kind: 'area_only',
      direction: 'higher',
    },
    comparator: 'eq',
    value: 100,
    sourceText: 'Hoàn thành 100% chỉ tiêu giao quân.',
    ...linear,
    figures: { by: 'area', quarters: [100, null, null] },
  },
  {
    newIndicator: {
      name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
      group: 'xay_dung_dang_chinh_quyen',
      measureUnit: '%',
      kind: 'rate',
      numeratorLabel: 'Số hồ sơ giải quyết đúng hạn',
      denominatorLabel: 'Số hồ sơ đã giải quyết',
      direction: 'higher',
      decimals: 1,
    },
    comparator: 'gte',
    value: 98,
    sourceText: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98% trở lên.',
    ...linear,
    figures: {
      by: 'agency',
      code: 'TT-PVHCC',
      quarters: [
        [1512, 1538],
        [1644, 1671],
        [1590, 1627],
      ],
    },
  },
  {
    newIndicator: {
      name: 'Số vụ tai nạn giao thông',
      group: 'quoc_phong_an_ninh',
      measureUnit: 'vụ',
      kind: 'area_only',
      direction: 'lower',
    },
    comparator: 'decrease',
    value: 5,
    changeMode: 'relative',
    baselineYear: 2025,
    baselineValue: 20,
    sourceText: 'Số vụ tai nạn giao thông giảm ít nhất 5% so với năm 2025.',
    ...linear,
    figures: { by: 'area', quarters: [6, 5, 4], lastYear: [6, 6, 4, 4] },
  },
  {
    newIndicator: {
      name: 'Giữ vững ổn định chính trị, trật tự an toàn xã hội',
      group: 'quoc_phong_an_ninh',
      measureUnit: null,
      kind: 'qualitative',
      direction: 'higher',
    },
    comparator: 'achieve',
    value: null,
    sourceText: 'Giữ vững ổn định chính trị, trật tự an toàn xã hội.',
    ...linear,
    figures: { by: 'area', quarters: [true, true, true] },
  },
  {
    newIndicator: {
      name: 'Giữ vững chuẩn xã nông thôn mới nâng cao',
      group: 'kinh_te',
      measureUnit: null,
      kind: 'qualitative',
      direction: 'higher',
    },
    comparator: 'achieve',
    value: null,
    sourceText: 'Giữ vững chuẩn xã nông thôn mới nâng cao.',
    ...linear,
    figures: { by: 'area', quarters: [true, true, true] },
  },
];
