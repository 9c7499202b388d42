import { describe, expect, it } from 'vitest';
import {
  formatPeriodKey,
  isYearEnd,
  parsePeriodKey,
  periodEndDate,
  periodLabel,
  periodQuarters,
  quarterToDate,
  quartersToDate,
  reportPeriods,
  samePeriodLastYear,
} from '@shared/domain/period';
import { AppError } from '@shared/errors';

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('period keys', () => {
  it.each([
    ['2023-Q1', { year: 2023, period: 'Q1' }],
    ['2023-Q4', { year: 2023, period: 'Q4' }],
    ['2023-H1', { year: 2023, period: 'H1' }],
    ['2023-9M', { year: 2023, period: '9M' }],
    ['2023-Y', { year: 2023, period: 'Y' }],
  ])('reads "%s"', (text, key) => {
    expect(parsePeriodKey(text)).toEqual(key);
    expect(formatPeriodKey(parsePeriodKey(text))).toBe(text);
  });

  it('accepts spaces around and lower case, as typed on the command line', () => {
    expect(parsePeriodKey(' 2024-q2 ')).toEqual({ year: 2024, period: 'Q2' });
    expect(parsePeriodKey('2024-9m')).toEqual({ year: 2024, period: '9M' });
  });

  it.each(['', '2023', '2023-Q5', '2023-Q0', '2023-H2', '2023-6M', '23-Q1', '2023Q1', '2023-Q1x', '0999-Y', '١٢٣٤-Q1'])(
    'refuses "%s" with INVALID_INPUT and a Vietnamese message',
    (text) => {
      const error = errorOf(() => parsePeriodKey(text));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain('Kỳ báo cáo');
      expect(error.message).toContain('2023-H1');
    },
  );

  it('quotes only a short, printable excerpt of garbage in its message', () => {
    const error = errorOf(() => parsePeriodKey(`${'x'.repeat(500)}\u0000\n`));
    expect(error.message.length).toBeLessThan(250);
    expect(error.message).not.toContain('\u0000');
  });

  it('formats every period of a year back to a key it reads again', () => {
    for (const period of reportPeriods) {
      expect(parsePeriodKey(formatPeriodKey({ year: 2025, period }))).toEqual({ year: 2025, period });
    }
  });
});

describe('what a period covers', () => {
  it('its own value: Q2 is quarter 2 alone; H1, 9M and Y run from January', () => {
    expect(periodQuarters('Q2')).toEqual([2]);
    expect(periodQuarters('H1')).toEqual([1, 2]);
    expect(periodQuarters('9M')).toEqual([1, 2, 3]);
    expect(periodQuarters('Y')).toEqual([1, 2, 3, 4]);
  });

  it('its last quarter and the year to date', () => {
    expect(quarterToDate('Q2')).toBe(2);
    expect(quarterToDate('H1')).toBe(2);
    expect(quarterToDate('Q3')).toBe(3);
    expect(quarterToDate('9M')).toBe(3);
    expect(quarterToDate('Q4')).toBe(4);
    expect(quarterToDate('Y')).toBe(4);
    expect(quartersToDate('Q3')).toEqual([1, 2, 3]);
    expect(quartersToDate('Q1')).toEqual([1]);
  });

  it('the same period last year', () => {
    expect(samePeriodLastYear({ year: 2023, period: 'H1' })).toEqual({ year: 2022, period: 'H1' });
  });

  it('its last day', () => {
    expect(periodEndDate(2023, 'Q1')).toBe('2023-03-31');
    expect(periodEndDate(2023, 'H1')).toBe('2023-06-30');
    expect(periodEndDate(2023, '9M')).toBe('2023-09-30');
    expect(periodEndDate(2023, 'Y')).toBe('2023-12-31');
  });

  it('year end is the Q4 and the annual report', () => {
    expect(reportPeriods.filter(isYearEnd)).toEqual(['Q4', 'Y']);
  });
});

describe('Vietnamese labels', () => {
  it.each([
    ['Q1', 'Quý I năm 2023'],
    ['Q2', 'Quý II năm 2023'],
    ['Q3', 'Quý III năm 2023'],
    ['Q4', 'Quý IV năm 2023'],
    ['H1', '6 tháng đầu năm 2023'],
    ['9M', '9 tháng năm 2023'],
    ['Y', 'năm 2023'],
  ] as const)('%s is "%s"', (period, label) => {
    expect(periodLabel(period, 2023)).toBe(label);
  });
});
