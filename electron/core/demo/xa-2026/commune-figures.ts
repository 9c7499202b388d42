import type { FigureEntry } from '@shared/domain/figure-checks';
import type { FigureStatus } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import type { FigureRecipe, HamletRecipe } from './commune-targets';
import { demoHamlets } from './commune-units';

/**
 * The commune's figures for 2025 (the same period last year) and Q1–Q3 2026, deterministic so tests and
 * screenshots do not move. Whole-commune totals follow research §3.2 (the Đông Xuân crop in Q1, Hè Thu in Q3; the
 * poverty rate from the 2025 review, then the mid-year estimate); each hamlet's share follows its households, with
 * a stable per-hamlet spread. Q1 and Q2 2026 are official, Q3 an estimate (ước).
 */
export interface CommuneQuarter {
  year: number;
  quarter: Quarter;
  status: FigureStatus;
}

export const communeQuarters: readonly CommuneQuarter[] = [
  { year: 2025, quarter: 1, status: 'chinh_thuc' },
  { year: 2025, quarter: 2, status: 'chinh_thuc' },
  { year: 2025, quarter: 3, status: 'chinh_thuc' },
  { year: 2025, quarter: 4, status: 'chinh_thuc' },
  { year: 2026, quarter: 1, status: 'chinh_thuc' },
  { year: 2026, quarter: 2, status: 'chinh_thuc' },
  { year: 2026, quarter: 3, status: 'uoc' },
];

/** Whole-commune totals per recipe: 2025 Q1–Q4, then 2026 Q1–Q3 (null: not measured that quarter). */
const totals: Readonly<
  Record<Exclude<HamletRecipe, 'culture-hamlet' | 'security-hamlet'>, readonly (number | null)[]>
> = {
  rice: [40_150, 10_620, 37_680, 13_370, 41_300, 10_900, 38_600],
  // Hectares harvested; the yield is the rice of the quarter over them.
  'rice-yield': [6_330, 1_700, 6_050, 2_110, 6_410, 1_720, 6_180],
  aquaculture: [340, 355, 360, 368, 352, 371, 376],
  pigs: [8_300, 8_480, 8_540, 8_650, 8_420, 8_760, 8_910],
  // Poor households: only the yearly review (Q4 2025) and the 2026 reports.
  poverty: [null, null, null, 172, 172, 154, 154],
  'near-poverty': [null, null, null, 325, 320, 305, 298],
  insurance: [34_300, 34_400, 34_600, 34_750, 34_720, 34_870, 35_010],
  'clean-water': [null, null, null, 7_330, 7_450, 7_560, 7_680],
};

/** Hamlets of the former town grow little rice and keep no fish ponds; the rural ones carry most of both. */
const farmWeight = (cluster: number) => (cluster === 3 ? 0.45 : 1);

/** mulberry32: a tiny seeded generator, so every demo is the same. */
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

/**
 * Splits a total over weights into whole numbers (or tenths) that add up exactly, the rounding remainder going to
 * the largest parts first.
 * @example splitTotal(10, [1, 1, 2], 0) → [3, 2, 5]
 */
export function splitTotal(total: number, weights: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (units * w) / sum);
  const parts = exact.map(Math.floor);
  let left = units - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts.map((p) => p / scale);
}

/** Each hamlet's weight for a recipe: its households (or people), its farm share, a stable spread of ±6 %. */
function weights(recipe: HamletRecipe): number[] {
  return demoHamlets.map((h, i) => {
    const spread = 0.94 + seeded(1000 + i * 37 + recipe.length * 7)() * 0.12;
    switch (recipe) {
      case 'rice':
      case 'rice-yield':
        return h.households * farmWeight(h.cluster) * spread;
      case 'aquaculture':
        return h.cluster === 3 ? 0 : h.households * spread;
      case 'pigs':
        return h.households * farmWeight(h.cluster) * spread;
      case 'near-poverty':
        return h.households * spread;
      default:
        return h.households;
    }
  });
}

/** Hamlets that are not "Ấp văn hóa" in 2025–2026, and the one that lost "an toàn về an ninh, trật tự" in Q2 2026. */
const notCultureHamlets = new Set(['AP-RR', 'AP-SX', 'AP-BT']);
const insecureFrom2026Q2 = new Set(['AP-RR']);

/** The hamlet merged into Ấp Mỹ Thuận on 1/10/2025 reported its own figures until then. */
const mergedHamlet = { code: 'AP-MTB', into: 'AP-MT', share: 0.4 };

const quarterIndex = (q: CommuneQuarter) => (q.year === 2025 ? q.quarter - 1 : 3 + q.quarter);

/** Per-hamlet values of one recipe in one quarter, keyed by unit code (with the merged hamlet's share before 1/10/2025). */
function hamletValues(recipe: HamletRecipe, q: CommuneQuarter): Map<string, FigureEntryValue> {
  const out = new Map<string, FigureEntryValue>();
  if (recipe === 'culture-hamlet' || recipe === 'security-hamlet') {
    for (const h of demoHamlets) {
      const achieved =
        recipe === 'culture-hamlet'
          ? !notCultureHamlets.has(h.code)
          : !(insecureFrom2026Q2.has(h.code) && (q.year > 2026 || (q.year === 2026 && q.quarter >= 2)));
      out.set(h.code, { achieved });
    }
    return out;
  }
  const total = totals[recipe][quarterIndex(q)];
  if (total === null || total === undefined) return out;
  const decimals = recipe === 'aquaculture' || recipe === 'rice-yield' ? 1 : 0;
  const parts = splitTotal(total, weights(recipe), decimals);
  demoHamlets.forEach((h, i) => {
    const part = parts[i]!;
    switch (recipe) {
      case 'rice':
      case 'aquaculture':
      case 'pigs':
        out.set(h.code, { value: part });
        break;
      case 'rice-yield': {
        const rice = splitTotal(totals.rice[quarterIndex(q)]!, weights('rice'), 0)[i]!;
        out.set(h.code, { numerator: rice, denominator: part });
        break;
      }
      case 'insurance': {
        // The Q3 2026 counts are the research's; earlier quarters take the commune's shortfall evenly by people.
        const gap = 35_010 - total;
        const people = demoHamlets.reduce((s, x) => s + x.people, 0);
        const less = Math.round((gap * h.people) / people);
        out.set(h.code, { numerator: h.insuredQ3 - less, denominator: h.people });
        break;
      }
      default:
        out.set(h.code, { numerator: part, denominator: h.households });
    }
  });
  if (recipe === 'poverty') {
    // The 2025 review per hamlet is known; 2026's reductions are split by each hamlet's poor households.
    const reduction = 172 - total;
    const cuts = splitTotal(
      reduction,
      demoHamlets.map((h) => h.poor2025),
      0,
    );
    demoHamlets.forEach((h, i) => out.set(h.code, { numerator: h.poor2025 - cuts[i]!, denominator: h.households }));
  }
  // Before the merger the absorbed hamlet had its own fields, herd and ponds.
  if (q.year === 2025 && q.quarter <= 3 && (recipe === 'rice' || recipe === 'pigs' || recipe === 'aquaculture')) {
    const whole = out.get(mergedHamlet.into)!.value!;
    const theirs = Math.round(whole * mergedHamlet.share * 10) / 10;
    out.set(mergedHamlet.into, { value: Math.round((whole - theirs) * 10) / 10 });
    out.set(mergedHamlet.code, { value: theirs });
  }
  return out;
}

type FigureEntryValue = Partial<Pick<FigureEntry, 'value' | 'numerator' | 'denominator' | 'achieved'>>;

const none = { value: null, numerator: null, denominator: null, achieved: null };

/** The entries of one quarter for one indicator. */
export function communeFigureEntries(
  indicatorId: number,
  recipe: FigureRecipe,
  q: CommuneQuarter,
  unitIds: ReadonlyMap<string, number>,
): FigureEntry[] {
  const base = { indicatorId, status: q.status, note: null };
  switch (recipe.by) {
    case 'hamlet':
      return [...hamletValues(recipe.recipe, q)].map(([code, v]) => ({
        ...base,
        ...none,
        ...v,
        unitId: unitIds.get(code)!,
      }));
    case 'agency': {
      if (q.year !== 2026) return [];
      const pair = recipe.quarters[q.quarter - 1];
      if (!pair) return [];
      return [{ ...base, ...none, unitId: unitIds.get(recipe.code)!, numerator: pair[0], denominator: pair[1] }];
    }
    case 'area': {
      const value = q.year === 2026 ? recipe.quarters[q.quarter - 1] : recipe.lastYear?.[q.quarter - 1];
      if (value === null || value === undefined) return [];
      return [
        typeof value === 'boolean'
          ? { ...base, ...none, unitId: null, achieved: value, note: 'Hội đồng đánh giá (dữ liệu mẫu)' }
          : { ...base, ...none, unitId: null, value },
      ];
    }
  }
}
