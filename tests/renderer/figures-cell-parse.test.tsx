import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { formatNumber } from '@renderer/format/number-format';
import {
  formatCellText,
  parseAchievedText,
  parseCellText,
  parseNumberText,
  parseRatioText,
} from '@renderer/pages/figures/cell-parse';
import { defaultPeriod, periodFromPath } from '@renderer/pages/figures/figures-route';
import { planFigureText } from '@renderer/pages/figures/plan-figure';
import { formatTimestamp } from '@renderer/format/date-time';

const value = (text: string) => {
  const parsed = parseNumberText(text);
  return parsed.ok ? parsed.value : 'error';
};

describe('what a number cell accepts', () => {
  it('reads Vietnamese numbers: dots group thousands, the comma is the decimal mark', () => {
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('320.080')).toBe(320080);
    expect(value('6.830.000.000')).toBe(6830000000);
    expect(value('0,75')).toBe(0.75);
    expect(value(' 95 % ')).toBe(95);
    expect(value('−12')).toBe(-12);
    expect(value('1 234,5')).toBe(1234.5);
  });

  it('reads "1.234" as one thousand two hundred and thirty-four, never as 1,234', () => {
    expect(value('1.234')).toBe(1234);
    expect(value('12.345.678')).toBe(12345678);
  });

  it('also reads the plain form an English-locale Excel copies, where it cannot be a Vietnamese number', () => {
    expect(value('1234.5')).toBe(1234.5);
    expect(value('0.75')).toBe(0.75);
    expect(value('12.3456')).toBe(12.3456);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('12,345,678.25')).toBe(12345678.25);
  });

  it('treats a blank cell as no figure', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses text and malformed numbers, with a Vietnamese message naming what was typed', () => {
    expect(value('1.2.3,4,5')).toBe('error');
    expect(value('abc')).toBe('error');
    expect(value('12 tấn')).toBe('error');
    expect(value('1,2,3')).toBe('error');
    const parsed = parseNumberText('abc');
    expect(parsed.ok ? '' : parsed.message).toContain('"abc" không phải là số');
  });
});

describe('two-number and Đạt/Chưa đạt cells', () => {
  it('reads "tử số / mẫu số", keeping a missing part missing', () => {
    expect(parseRatioText('45 / 1.230')).toEqual({ ok: true, value: { numerator: 45, denominator: 1230 } });
    expect(parseRatioText('45;1230')).toEqual({ ok: true, value: { numerator: 45, denominator: 1230 } });
    expect(parseRatioText('45')).toEqual({ ok: true, value: { numerator: 45, denominator: null } });
    expect(parseRatioText('1/2/3').ok).toBe(false);
    expect(parseRatioText('x / 3').ok).toBe(false);
  });

  it('reads Đạt / Chưa đạt with or without diacritics, and the marks clerks use', () => {
    for (const yes of ['Đạt', 'đạt', 'dat', 'x', '1', 'Có'])
      expect(parseAchievedText(yes)).toEqual({ ok: true, value: true });
    for (const no of ['Chưa đạt', 'chua dat', 'Không đạt', '0', 'k']) {
      expect(parseAchievedText(no)).toEqual({ ok: true, value: false });
    }
    expect(parseAchievedText('')).toEqual({ ok: true, value: null });
    expect(parseAchievedText('có lẽ').ok).toBe(false);
  });

  it('reads a rate as a percentage, with its denominator, or as numerator and denominator (issue 13)', () => {
    const rate = (text: string) => parseCellText('rate', text);
    const measure = (value: number | null, numerator: number | null, denominator: number | null) => ({
      ok: true,
      value: { value, numerator, denominator, achieved: null },
    });
    expect(rate('4,5%')).toEqual(measure(4.5, null, null));
    expect(rate('4,5')).toEqual(measure(4.5, null, null));
    expect(rate('4,5% / 200')).toEqual(measure(4.5, null, 200));
    expect(rate('9 / 200')).toEqual(measure(null, 9, 200));
    expect(rate('4,5% = 9 / 200')).toEqual(measure(4.5, 9, 200));
    expect(rate('')).toEqual(measure(null, null, null));
    expect(rate('1/2/3').ok).toBe(false);
    for (const text of ['4,5%', '4,5% / 200', '9 / 200', '4,5% = 9 / 200']) {
      const parsed = rate(text);
      expect(parsed.ok && formatCellText('rate', parsed.value)).toBe(text);
    }
  });

  it('writes a measure back as the secretary types it, so editing round-trips', () => {
    const rate = parseCellText('rate', '45 / 1.230');
    expect(rate.ok && formatCellText('rate', rate.value)).toBe('45 / 1.230');
    const flow = parseCellText('flow', '12345,5');
    expect(flow.ok && formatCellText('flow', flow.value)).toBe('12.345,5');
    const met = parseCellText('unit_count', 'dat');
    expect(met.ok && formatCellText('unit_count', met.value)).toBe('Đạt');
  });
});

describe('around the grid', () => {
  it('opens on the quarter being reported, in the latest plan year up to then', () => {
    expect(defaultPeriod([2022, 2023], new Date(2023, 6, 5))).toEqual({ year: 2023, quarter: 2 });
    expect(defaultPeriod([2022, 2023], new Date(2023, 6, 20))).toEqual({ year: 2023, quarter: 3 });
    expect(defaultPeriod([2023], new Date(2025, 7, 1))).toEqual({ year: 2023, quarter: 4 });
    expect(defaultPeriod([2030], new Date(2025, 7, 1))).toEqual({ year: 2030, quarter: 1 });
    expect(defaultPeriod([], new Date(2025, 7, 1))).toEqual({ year: 2025, quarter: 3 });
  });

  it('keeps the quarter in the route', () => {
    expect(periodFromPath('/nhap-so-lieu/2023-Q3')).toEqual({ year: 2023, quarter: 3 });
    expect(periodFromPath('/nhap-so-lieu')).toBeNull();
    expect(periodFromPath('/nhap-so-lieu/2023-Q5')).toBeNull();
  });

  it('prints the plan column as a report does', () => {
    const target = { value: 320080, max: null, changeMode: null } as const;
    expect(planFigureText({ ...target, comparator: 'gte' })).toBe('320.080');
    expect(planFigureText({ ...target, comparator: 'lte', value: 9.4 })).toBe('≤ 9,4');
    expect(planFigureText({ ...target, comparator: 'between', value: 90, max: 95 })).toBe('90 – 95');
    expect(planFigureText({ ...target, comparator: 'decrease', value: 0.5, changeMode: 'points' })).toBe(
      'giảm 0,5 điểm %',
    );
    expect(planFigureText({ ...target, comparator: 'increase', value: 10, changeMode: 'relative' })).toBe('tăng 10%');
    expect(planFigureText({ ...target, comparator: 'achieve', value: null })).toBe('Đạt');
  });

  it('shows audit times as dd/mm/yyyy hh:mm on the local clock', () => {
    const local = new Date(2023, 6, 5, 9, 7).toISOString();
    expect(formatTimestamp(local)).toBe('05/07/2023 09:07');
  });
});

describe("the grid's cached number formatter", () => {
  it('prints exactly what formatVietnameseNumber prints, for any finite number and precision', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (value, decimals) => formatNumber(value, decimals) === formatVietnameseNumber(value, decimals),
      ),
    );
    expect(formatNumber(-0.001, 0)).toBe('0');
    expect(() => formatNumber(Number.NaN)).toThrow();
  });
});
