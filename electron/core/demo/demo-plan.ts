import type { ImportTargetRow } from '@shared/domain/plan-import-rows';
import type { MovementKind } from '@shared/domain/plan';
import type { AggregationKind } from '@shared/domain/indicator';

/** The demo plan has no number in its source text; the demo gives it one so reports can cite it. */
export const demoPlanHeader = { number: '05/KH-UBND', issuedOn: '2023-01-30', place: 'Mỹ Tú' } as const;

export const demoPlanPhases = [
  { name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' },
  { name: 'Đợt II', start: '2023-07-01', end: '2023-12-31' },
];

export const demoMovements: ReadonlyArray<{
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear: number | null;
  launchedBy: string;
}> = [
  {
    name: 'Phong trào thi đua yêu nước năm 2023',
    kind: 'thuong_xuyen',
    startYear: 2023,
    endYear: 2023,
    launchedBy: 'UBND huyện Mỹ Tú',
  },
  {
    name: 'Vì người nghèo – Không để ai bị bỏ lại phía sau',
    kind: 'chuyen_de',
    startYear: 2021,
    endYear: 2025,
    launchedBy: 'Chủ tịch UBND tỉnh Sóc Trăng',
  },
  {
    name: 'Sóc Trăng chung sức xây dựng nông thôn mới',
    kind: 'chuyen_de',
    startYear: 2021,
    endYear: 2025,
    launchedBy: 'Chủ tịch UBND tỉnh Sóc Trăng',
  },
  {
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    kind: 'thuong_xuyen',
    startYear: 2019,
    endYear: null,
    launchedBy: 'Thủ tướng Chính phủ',
  },
];

interface IndicatorCorrection {
  kind?: AggregationKind;
  measureUnit?: string | null;
  numeratorLabel?: string;
  denominatorLabel?: string;
  rateScale?: number;
  decimals?: number;
}

/**
 * What a secretary would correct on the review screen for this plan: the yield is an intensity (Σ value ÷ Σ area),
 * the planted area accumulates over crops, the garbled "789,53 đồng" is tỷ đồng, rates carry their two counts.
 */
export const demoCorrections: Readonly<Record<string, IndicatorCorrection>> = {
  'Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản': {
    kind: 'intensity',
    measureUnit: 'triệu đồng/ha',
    numeratorLabel: 'Giá trị sản lượng thu hoạch (triệu đồng)',
    denominatorLabel: 'Diện tích đất nông, lâm, thủy sản (ha)',
    rateScale: 1,
    decimals: 1,
  },
  'Diện tích màu và cây công nghiệp ngắn ngày': { kind: 'flow' },
  'Giá trị sản xuất công nghiệp': { measureUnit: 'tỷ đồng', decimals: 2 },
  'Tổng thu ngân sách Nhà nước': { kind: 'qualitative' },
  'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng': {
    numeratorLabel: 'Số trẻ dưới 5 tuổi suy dinh dưỡng',
    denominatorLabel: 'Số trẻ dưới 5 tuổi được cân đo',
    decimals: 1,
  },
};

/** Applies the corrections to the importer's proposed rows. */
export function correctDemoRows(rows: ImportTargetRow[]): ImportTargetRow[] {
  return rows.map((row) => {
    if (row.newIndicator === undefined) return { ...row, note: null };
    const correction = demoCorrections[row.newIndicator.name] ?? {};
    return { ...row, note: null, newIndicator: { ...row.newIndicator, ...correction } };
  });
}

/** Each commune's share of the district's rice output and new jobs, by code (shares sum to 1). */
export const demoAllocationShares: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'Sản lượng lúa': {
    'TT-HHN': 0.04,
    'XA-LH': 0.14,
    'XA-HP': 0.13,
    'XA-MH': 0.11,
    'XA-MT': 0.12,
    'XA-MP': 0.13,
    'XA-MTH': 0.1,
    'XA-PM': 0.11,
    'XA-TH': 0.12,
  },
  'Giải quyết việc làm mới': {
    'TT-HHN': 0.16,
    'XA-LH': 0.11,
    'XA-HP': 0.1,
    'XA-MH': 0.1,
    'XA-MT': 0.11,
    'XA-MP': 0.1,
    'XA-MTH': 0.1,
    'XA-PM': 0.11,
    'XA-TH': 0.11,
  },
};

/**
 * Splits a whole-area value by shares, rounding each part and giving the rounding remainder to the largest share,
 * so the allocations add up exactly to the plan's figure.
 * @example splitByShares(100, {a: 0.5, b: 0.5}) → {a: 50, b: 50}
 */
export function splitByShares(total: number, shares: Readonly<Record<string, number>>): Record<string, number> {
  const entries = Object.entries(shares);
  const parts = Object.fromEntries(entries.map(([code, share]) => [code, Math.round(total * share)]));
  const largest = entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  parts[largest] = parts[largest]! + total - Object.values(parts).reduce((a, b) => a + b, 0);
  return parts;
}
