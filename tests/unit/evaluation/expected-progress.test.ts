import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '@shared/evaluation/evaluate-target';
import { expectedShare, expectedValue, isFlowLike, seasonalProfile } from '@shared/evaluation/expected-progress';
import { indexFigures } from '@shared/evaluation/figure-index';
import { indicator, quarterly, target } from './builders';

const rice = indicator({ id: 1, kind: 'flow', measureUnit: 'tấn' });
// Mỹ Tú 2022, booked at harvest: Đông Xuân lands in Q1–Q2, Hè Thu in Q3, Thu Đông in Q4.
const rice2022 = quarterly(1, 11, 2022, [40000, 136000, 96000, 48000]);
const riceTarget = target({ indicatorId: 1, comparator: 'gte', value: 320080 });

describe('seasonal profile', () => {
  it('is the cumulative share of last year’s rice by the end of each quarter', () => {
    // 40.000 / 320.000, 176.000 / 320.000, 272.000 / 320.000, 1.
    expect(seasonalProfile([40000, 136000, 96000, 48000])).toEqual([0.125, 0.55, 0.85, 1]);
  });

  it('needs all four quarters and a positive year', () => {
    expect(seasonalProfile([40000, null, 96000, 48000])).toBeNull();
    expect(seasonalProfile([0, 0, 0, 0])).toBeNull();
  });
});

describe('expected progress of a flow', () => {
  it('rice expected by the end of Q2 follows last year’s seasons: 55% of the plan, not 50%', () => {
    const result = evaluateTarget(riceTarget, rice, { index: indexFigures(rice2022), year: 2023, period: 'H1' });
    expect(result.phasing).toBe('seasonal');
    expect(result.expectedShare).toBe(0.55);
    // 0,55 × 320.080 = 176.044 tấn; a linear split would expect 160.040.
    expect(result.expected).toBeCloseTo(176044, 6);
  });

  it('is linear (q/4) when last year was not fully reported', () => {
    const partial = quarterly(1, 11, 2022, [40000, 136000, 96000]);
    const result = evaluateTarget(riceTarget, rice, { index: indexFigures(partial), year: 2023, period: 'H1' });
    expect(result.phasing).toBe('linear');
    expect(result.expected).toBe(160040);
  });

  it('is linear when the secretary chose linear, even with last year’s seasons at hand', () => {
    const linear = { ...riceTarget, phasingMode: 'linear' as const };
    const result = evaluateTarget(linear, rice, { index: indexFigures(rice2022), year: 2023, period: '9M' });
    expect(result.phasing).toBe('linear');
    // 3/4 × 320.080 = 240.060.
    expect(result.expected).toBe(240060);
  });

  it('follows the plan’s explicit milestones when it has them', () => {
    const explicit = target({
      indicatorId: 1,
      comparator: 'gte',
      value: 320080,
      phasingMode: 'explicit',
      milestones: [0.1, 0.6, 0.8, 1],
    });
    const result = evaluateTarget(explicit, rice, { index: indexFigures(rice2022), year: 2023, period: 'H1' });
    expect(result.phasing).toBe('explicit');
    // 0,6 × 320.080 = 192.048.
    expect(result.expected).toBeCloseTo(192048, 6);
  });

  it('falls back to the seasons when explicit phasing has no milestones yet', () => {
    const share = expectedShare({ phasingMode: 'explicit', milestones: null }, 3, {
      profile: [0.125, 0.55, 0.85, 1],
      estimated: false,
    });
    expect(share).toEqual({ share: 0.85, basis: 'seasonal', estimated: false });
  });

  it('a unit without its own last year follows the whole area’s seasons', () => {
    const areaLastYear = [...rice2022, ...quarterly(1, 12, 2022, [10000, 34000, 24000, 12000])];
    const allocation = { ...riceTarget, id: 99, unitId: 13, value: 40000 };
    const result = evaluateTarget(allocation, rice, { index: indexFigures(areaLastYear), year: 2023, period: 'H1' });
    // Whole area 2022: (50.000 + 170.000) ÷ 400.000 = 0,55.
    expect(result.phasing).toBe('seasonal');
    expect(result.expected).toBeCloseTo(22000, 6);
  });
});

describe('expected value of a level', () => {
  it('is the target itself for stock, rate and unit_count: a level reported at any quarter is compared with KH năm', () => {
    expect(isFlowLike('stock')).toBe(false);
    expect(isFlowLike('rate')).toBe(false);
    expect(isFlowLike('unit_count')).toBe(false);
    expect(expectedValue('stock', 28560, 0.5)).toBe(28560);
    expect(expectedValue('unit_count', 7, 0.25)).toBe(7);
    expect(expectedValue('flow', 320080, 0.25)).toBe(80020);
  });
});
