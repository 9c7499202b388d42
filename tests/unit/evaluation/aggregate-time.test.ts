import { describe, expect, it } from 'vitest';
import { aggregateOverQuarters } from '@shared/evaluation/aggregate-time';
import { indexFigures } from '@shared/evaluation/figure-index';
import { figure, indicator, quarterly } from './builders';

const rice = indicator({ id: 1, kind: 'flow' });
const herd = indicator({ id: 2, kind: 'stock' });
const povertyRate = indicator({ id: 3, kind: 'rate', direction: 'lower' });
const yieldPerHa = indicator({ id: 4, kind: 'intensity', rateScale: 1 });
const newRural = indicator({ id: 5, kind: 'unit_count' });
const industry = indicator({ id: 6, kind: 'flow', areaOnly: true });
const stability = indicator({ id: 7, kind: 'qualitative' });

describe('over quarters, by kind', () => {
  it('rice year to date is the sum of the quarters', () => {
    const index = indexFigures(quarterly(1, 11, 2023, [40000, 136000, 96000, 48000]));
    const h1 = aggregateOverQuarters(rice, index, 2023, [1, 2], null);
    expect(h1.value).toBe(176000);
    expect(h1.completeness).toBe('complete');
    expect(aggregateOverQuarters(rice, index, 2023, [1, 2, 3, 4], null).value).toBe(320000);
  });

  it('a herd size over four quarters is the latest count, not the sum', () => {
    const index = indexFigures([
      ...quarterly(2, 11, 2023, [15000, 15200, 15500, 15800]),
      ...quarterly(2, 12, 2023, [12000, 12300, 12500, 12800]),
    ]);
    const year = aggregateOverQuarters(herd, index, 2023, [1, 2, 3, 4], null);
    // 15.800 + 12.800 head at the end of Q4; adding the four quarters would give 111.100.
    expect(year.value).toBe(28600);
    expect(year.value).not.toBe(111100);
    expect(year.latestQuarter).toBe(4);
    expect(aggregateOverQuarters(herd, index, 2023, [1, 2], null).value).toBe(27500);
  });

  it('the poverty rate to date is the latest quarter’s Σ poor ÷ Σ households', () => {
    const index = indexFigures([
      figure(3, 11, 2023, 1, { numerator: 40, denominator: 1000 }),
      figure(3, 12, 2023, 1, { numerator: 60, denominator: 3000 }),
      figure(3, 11, 2023, 2, { numerator: 35, denominator: 1000 }),
      figure(3, 12, 2023, 2, { numerator: 55, denominator: 3000 }),
    ]);
    const h1 = aggregateOverQuarters(povertyRate, index, 2023, [1, 2], null);
    // (35 + 55) ÷ (1.000 + 3.000) = 2,25%; Q1 was 100 ÷ 4.000 = 2,5%, and the rates are never averaged.
    expect(h1.value).toBeCloseTo(2.25, 9);
    expect(h1.numerator).toBe(90);
    expect(h1.denominator).toBe(4000);
  });

  it('yield is Σ output ÷ Σ harvested area over the quarters and communes, not a mean of yields', () => {
    const index = indexFigures([
      figure(4, 11, 2023, 1, { numerator: 600, denominator: 10 }), // 60 tạ/ha
      figure(4, 12, 2023, 1, { numerator: 2000, denominator: 50 }), // 40 tạ/ha
      figure(4, 11, 2023, 2, { numerator: 700, denominator: 10 }), // 70 tạ/ha
    ]);
    const h1 = aggregateOverQuarters(yieldPerHa, index, 2023, [1, 2], null);
    // 3.300 tạ ÷ 70 ha = 47,142857 tạ/ha; the mean of the three yields would be 56,67.
    expect(h1.value).toBeCloseTo(47.142857, 5);
    expect(h1.numerator).toBe(3300);
    expect(h1.denominator).toBe(70);
  });

  it('communes meeting the standard are counted at the latest quarter with data', () => {
    const index = indexFigures([
      figure(5, 11, 2023, 1, { achieved: true }),
      figure(5, 12, 2023, 1, { achieved: false }),
      figure(5, 13, 2023, 1, { achieved: false }),
      figure(5, 11, 2023, 2, { achieved: true }),
      figure(5, 12, 2023, 2, { achieved: true }),
      figure(5, 13, 2023, 2, { achieved: false }),
    ]);
    expect(aggregateOverQuarters(newRural, index, 2023, [1], null).value).toBe(1);
    const nineMonths = aggregateOverQuarters(newRural, index, 2023, [1, 2, 3], null);
    expect(nineMonths.value).toBe(2);
    expect(nineMonths.latestQuarter).toBe(2);
    expect(nineMonths.completeness).toBe('partial');
  });

  it('an area-only amount adds up over quarters from the whole-area entries', () => {
    const index = indexFigures(quarterly(6, null, 2023, [180.25, 195.5]));
    expect(aggregateOverQuarters(industry, index, 2023, [1, 2], null).value).toBe(375.75);
  });

  it('a qualitative indicator takes the whole area’s latest judgement', () => {
    const index = indexFigures([
      figure(7, null, 2023, 1, { achieved: false }),
      figure(7, null, 2023, 2, { achieved: true }),
    ]);
    const h1 = aggregateOverQuarters(stability, index, 2023, [1, 2], null);
    expect(h1.achieved).toBe(true);
    expect(h1.value).toBeNull();
  });
});

describe('missing quarters are missing, not zero', () => {
  it('a flow year to date with Q2 missing is partial, and sums only what was reported', () => {
    const index = indexFigures(quarterly(1, 11, 2023, [40000, null, 96000]));
    const nineMonths = aggregateOverQuarters(rice, index, 2023, [1, 2, 3], null);
    expect(nineMonths.value).toBe(136000);
    expect(nineMonths.completeness).toBe('partial');
    expect(nineMonths.quartersWithData).toEqual([1, 3]);
  });

  it('a unit that reported Q1 but not Q2 makes the half-year total partial', () => {
    const index = indexFigures([...quarterly(1, 11, 2023, [100, 200]), ...quarterly(1, 12, 2023, [50])]);
    const h1 = aggregateOverQuarters(rice, index, 2023, [1, 2], null);
    expect(h1.value).toBe(350);
    expect(h1.completeness).toBe('partial');
  });

  it('a herd with Q2 missing falls back to the Q1 count and says it is partial', () => {
    const index = indexFigures(quarterly(2, 11, 2023, [27000]));
    const h1 = aggregateOverQuarters(herd, index, 2023, [1, 2], null);
    expect(h1.value).toBe(27000);
    expect(h1.latestQuarter).toBe(1);
    expect(h1.completeness).toBe('partial');
  });

  it('nothing reported is no value at all', () => {
    const none = aggregateOverQuarters(rice, indexFigures([]), 2023, [1, 2], null);
    expect(none).toMatchObject({ value: null, completeness: 'none', estimated: false, quartersWithData: [] });
  });
});

describe('estimates', () => {
  it('one estimated quarter in a flow marks the year to date estimated', () => {
    const index = indexFigures([...quarterly(1, 11, 2023, [40000]), ...quarterly(1, 11, 2023, [null, 136000], 'uoc')]);
    expect(aggregateOverQuarters(rice, index, 2023, [1, 2], null).estimated).toBe(true);
    expect(aggregateOverQuarters(rice, index, 2023, [1], null).estimated).toBe(false);
  });

  it('an old estimate that no longer feeds a level does not mark it', () => {
    const index = indexFigures([...quarterly(2, 11, 2023, [27000], 'uoc'), ...quarterly(2, 11, 2023, [null, 27500])]);
    const h1 = aggregateOverQuarters(herd, index, 2023, [1, 2], null);
    expect(h1.value).toBe(27500);
    expect(h1.estimated).toBe(false);
  });
});
