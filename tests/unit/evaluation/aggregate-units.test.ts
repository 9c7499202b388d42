import { describe, expect, it } from 'vitest';
import { totalAtQuarter } from '@shared/evaluation/aggregate-units';
import { indexFigures, quarterFigures } from '@shared/evaluation/figure-index';
import { figure, indicator } from './builders';

const povertyRate = indicator({ id: 1, kind: 'rate', direction: 'lower' });
const rice = indicator({ id: 2, kind: 'flow' });
const newRural = indicator({ id: 3, kind: 'unit_count' });
const industry = indicator({ id: 4, kind: 'flow', areaOnly: true });

describe('whole area from units, one quarter', () => {
  it('district poverty rate is Σ poor ÷ Σ households, not the mean of commune rates', () => {
    // Three communes of very different size: 30/1.000 = 3%, 40/200 = 20%, 100/5.000 = 2%.
    const index = indexFigures([
      figure(1, 11, 2023, 4, { numerator: 30, denominator: 1000 }),
      figure(1, 12, 2023, 4, { numerator: 40, denominator: 200 }),
      figure(1, 13, 2023, 4, { numerator: 100, denominator: 5000 }),
    ]);
    const total = totalAtQuarter(povertyRate, quarterFigures(index, 1, 2023, 4), null)!;
    // Σ 170 poor ÷ Σ 6.200 households = 2,7419…%; the mean of the three rates would be (3 + 20 + 2) / 3 = 8,33%.
    expect(total.numerator).toBe(170);
    expect(total.denominator).toBe(6200);
    expect(total.value).toBeCloseTo(2.7419, 4);
    expect(total.value).not.toBeCloseTo(8.3333, 1);
  });

  it('a commune that gave only one of the two counts is left out of both sums', () => {
    const index = indexFigures([
      figure(1, 11, 2023, 4, { numerator: 30, denominator: 1000 }),
      figure(1, 12, 2023, 4, { numerator: 40, denominator: null }),
    ]);
    const total = totalAtQuarter(povertyRate, quarterFigures(index, 1, 2023, 4), null)!;
    expect(total.value).toBeCloseTo(3, 9);
    expect(total.reporters).toEqual([11]);
  });

  it('a rate over zero households is no figure, not an infinite rate', () => {
    const index = indexFigures([figure(1, 11, 2023, 4, { numerator: 0, denominator: 0 })]);
    expect(totalAtQuarter(povertyRate, quarterFigures(index, 1, 2023, 4), null)).toBeNull();
  });

  it('rice for the district is the sum of the communes', () => {
    const index = indexFigures([
      figure(2, 11, 2023, 2, { value: 45000 }),
      figure(2, 12, 2023, 2, { value: 38500, status: 'uoc' }),
    ]);
    const total = totalAtQuarter(rice, quarterFigures(index, 2, 2023, 2), null)!;
    expect(total.value).toBe(83500);
    expect(total.estimated).toBe(true);
  });

  it('a whole-area entry is used only when no unit reported, so a total is never counted twice', () => {
    const areaOnly = indexFigures([figure(2, null, 2023, 1, { value: 90000 })]);
    expect(totalAtQuarter(rice, quarterFigures(areaOnly, 2, 2023, 1), null)?.value).toBe(90000);
    const both = indexFigures([
      figure(2, null, 2023, 1, { value: 90000 }),
      figure(2, 11, 2023, 1, { value: 50000 }),
      figure(2, 12, 2023, 1, { value: 38000 }),
    ]);
    // The units' 88.000 stands; the district's own 90.000 is not added to it.
    expect(totalAtQuarter(rice, quarterFigures(both, 2, 2023, 1), null)?.value).toBe(88000);
    expect(totalAtQuarter(rice, quarterFigures(both, 2, 2023, 1), null)?.reporters).toEqual([11, 12]);
  });

  it('communes meeting the new-rural standard are counted among those that answered', () => {
    const index = indexFigures([
      figure(3, 11, 2023, 4, { achieved: true }),
      figure(3, 12, 2023, 4, { achieved: false }),
      figure(3, 13, 2023, 4, { achieved: true }),
      figure(3, 14, 2023, 4, { achieved: null }),
    ]);
    const slice = quarterFigures(index, 3, 2023, 4);
    expect(totalAtQuarter(newRural, slice, null)?.value).toBe(2);
    expect(totalAtQuarter(newRural, slice, 11)?.value).toBe(1);
    expect(totalAtQuarter(newRural, slice, 12)?.value).toBe(0);
    expect(totalAtQuarter(newRural, slice, 14)).toBeNull();
  });

  it('an area-only indicator reads the whole-area entry and ignores stray unit entries', () => {
    const index = indexFigures([figure(4, null, 2023, 1, { value: 190.5 }), figure(4, 11, 2023, 1, { value: 7 })]);
    expect(totalAtQuarter(industry, quarterFigures(index, 4, 2023, 1), null)?.value).toBe(190.5);
    const unitsOnly = indexFigures([figure(4, 11, 2023, 1, { value: 7 })]);
    expect(totalAtQuarter(industry, quarterFigures(unitsOnly, 4, 2023, 1), null)).toBeNull();
  });

  it('one unit reads only its own figure', () => {
    const index = indexFigures([
      figure(1, 11, 2023, 4, { numerator: 30, denominator: 1000 }),
      figure(1, 12, 2023, 4, { numerator: 40, denominator: 200 }),
    ]);
    expect(totalAtQuarter(povertyRate, quarterFigures(index, 1, 2023, 4), 12)?.value).toBeCloseTo(20, 9);
    expect(totalAtQuarter(povertyRate, quarterFigures(index, 1, 2023, 4), 99)).toBeNull();
  });
});

describe('figure index', () => {
  it('keeps the official figure when an estimate for the same quarter arrives after it', () => {
    const index = indexFigures([
      figure(2, 11, 2023, 1, { value: 100, status: 'chinh_thuc' }),
      figure(2, 11, 2023, 1, { value: 90, status: 'uoc' }),
    ]);
    expect(quarterFigures(index, 2, 2023, 1)?.units.get(11)?.value).toBe(100);
  });

  it('lets the official figure replace an earlier estimate', () => {
    const index = indexFigures([
      figure(2, 11, 2023, 1, { value: 90, status: 'uoc' }),
      figure(2, 11, 2023, 1, { value: 100, status: 'chinh_thuc' }),
    ]);
    expect(quarterFigures(index, 2, 2023, 1)?.units.get(11)?.value).toBe(100);
  });

  it('keeps years apart: Q4 of 2022 is not Q4 of 2023', () => {
    const index = indexFigures([figure(2, 11, 2022, 4, { value: 1 }), figure(2, 11, 2023, 4, { value: 2 })]);
    expect(quarterFigures(index, 2, 2022, 4)?.units.get(11)?.value).toBe(1);
    expect(quarterFigures(index, 2, 2023, 4)?.units.get(11)?.value).toBe(2);
    expect(quarterFigures(index, 2, 2023, 3)).toBeUndefined();
  });
});
