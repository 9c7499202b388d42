import type { FigureEntry } from '@shared/domain/figure-checks';
import type { FigureStatus } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import type { Unit } from '@shared/domain/unit';

/**
 * Plausible demo figures for 2022 and the first half of 2023, generated deterministically so tests, screenshots
 * and the demo report stay the same from run to run. Shapes follow the Mekong delta: rice is booked at harvest
 * (Đông Xuân mostly in Q1, the rest in Q2; Hè Thu in Q3; Thu Đông in Q4), herds and areas are levels, rates are
 * numerator and denominator at the end of each quarter, new-rural standards are met by some communes.
 */

/** mulberry32: a tiny seeded generator; Math.random would make every demo different. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of a year's flow booked in each quarter. */
const seasonalShares: Record<string, readonly [number, number, number, number]> = {
  'Sản lượng lúa': [0.44, 0.12, 0.29, 0.15],
  'Diện tích màu và cây công nghiệp ngắn ngày': [0.3, 0.25, 0.2, 0.25],
  'Tổng sản lượng khai thác và nuôi thuỷ sản': [0.2, 0.25, 0.3, 0.25],
  'Sản lượng tôm nước lợ': [0.15, 0.3, 0.35, 0.2],
};
const evenShares = [0.24, 0.25, 0.25, 0.26] as const;

/** Communes that meet the new-rural standard (and the advanced one) in the demo. */
const newRuralCommunes = new Set(['XA-LH', 'XA-HP', 'XA-MH', 'XA-MT', 'XA-MP', 'XA-TH']);
const advancedCommunes = new Set(['XA-LH']);

export interface DemoQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  status: FigureStatus;
}

export const demoQuarters: readonly DemoQuarter[] = [
  { year: 2022, quarter: 1, status: 'chinh_thuc' },
  { year: 2022, quarter: 2, status: 'chinh_thuc' },
  { year: 2022, quarter: 3, status: 'chinh_thuc' },
  { year: 2022, quarter: 4, status: 'chinh_thuc' },
  { year: 2023, quarter: 1, status: 'chinh_thuc' },
  { year: 2023, quarter: 2, status: 'uoc' },
];

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * The entries of one demo quarter. `areaTargets` are the plan's whole-area targets; each territorial unit gets its
 * allocation when it has one, else an even share. 2022 runs about 5% below 2023's plan.
 */
export function demoFigureEntries(
  quarter: DemoQuarter,
  indicators: readonly Indicator[],
  areaTargets: ReadonlyMap<number, Target>,
  allocations: ReadonlyMap<string, Target>,
  units: readonly Unit[],
): FigureEntry[] {
  const communes = units.filter((u) => u.kind === 'xa' || u.kind === 'thi_tran');
  const entries: FigureEntry[] = [];
  const yearFactor = quarter.year === 2022 ? 0.95 : 1;
  indicators.forEach((indicator, i) => {
    const target = areaTargets.get(indicator.id);
    communes.forEach((unit, j) => {
      const random = seeded(quarter.year * 10007 + i * 131 + j * 17);
      const noise = 0.94 + random() * 0.14; // this unit's performance, stable across its quarters
      const jitter = 0.97 + seeded(quarter.year * 31 + quarter.quarter * 7 + i * 13 + j)() * 0.06;
      const annual = allocations.get(`${indicator.id}:${unit.id}`)?.value ?? (target?.value ?? 0) / communes.length;
      const base = { indicatorId: indicator.id, unitId: unit.id, status: quarter.status, note: null };
      const none = { value: null, numerator: null, denominator: null, achieved: null };
      switch (indicator.kind) {
        case 'flow': {
          const shares = seasonalShares[indicator.name] ?? evenShares;
          const value = annual * shares[quarter.quarter - 1]! * noise * jitter * yearFactor;
          entries.push({ ...base, ...none, value: round(value, indicator.decimals) });
          break;
        }
        case 'stock':
          entries.push({ ...base, ...none, value: round(annual * noise * jitter * yearFactor, indicator.decimals) });
          break;
        case 'intensity': {
          // Value harvested and area harvested in the quarter: the ratio is the yield per hectare of that harvest.
          const area = round(
            (600 + random() * 900) * (seasonalShares['Sản lượng lúa']![quarter.quarter - 1]! + 0.1),
            1,
          );
          const perHa = (target?.value ?? 150) * noise * jitter * yearFactor;
          entries.push({ ...base, ...none, numerator: round(area * perHa, 1), denominator: area });
          break;
        }
        case 'rate': {
          const measured = Math.round(800 + random() * 2200);
          const rate = ((target?.value ?? 9) / 100) * (0.85 + random() * 0.25) * (quarter.year === 2022 ? 1.06 : 1);
          entries.push({ ...base, ...none, numerator: Math.round(measured * rate), denominator: measured });
          break;
        }
        case 'unit_count': {
          const advanced = indicator.name.includes('nâng cao') || indicator.name.includes('17 tiêu chí');
          const met = advanced ? advancedCommunes.has(unit.code) : newRuralCommunes.has(unit.code);
          entries.push({ ...base, ...none, achieved: quarter.year === 2022 && advanced ? false : met });
          break;
        }
        default:
          break;
      }
    });
    if (indicator.kind === 'qualitative') {
      entries.push({
        indicatorId: indicator.id,
        unitId: null,
        value: null,
        numerator: null,
        denominator: null,
        achieved: true,
        status: quarter.status,
        note: 'Thu ngân sách đạt tiến độ dự toán (dữ liệu mẫu)',
      });
    }
  });
  return entries;
}
