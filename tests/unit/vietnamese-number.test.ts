import { describe, expect, it } from 'vitest';
import {
  formatVietnameseNumber,
  parseVietnameseNumber,
  tryParseVietnameseNumber,
} from '@shared/domain/vietnamese-number';
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

describe('parseVietnameseNumber', () => {
  it.each([
    ['320.080', 320080],
    ['789,53', 789.53],
    ['6.830.000.000', 6830000000],
    ['0,2', 0.2],
    ['95', 95],
    ['-1,5', -1.5],
    ['10.082,0', 10082],
    ['07', 7],
    ['1.234', 1234],
  ])('reads "%s" as %d: a dot groups thousands, a comma is the decimal mark', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it('tolerates spaces around the number and a trailing percent sign, keeping the figure in percent', () => {
    expect(parseVietnameseNumber('  95% ')).toBe(95);
    expect(parseVietnameseNumber(' 0,04 %')).toBe(0.04);
    expect(parseVietnameseNumber('\u00A098,5\u00A0')).toBe(98.5);
  });

  it('reads the minus sign U+2212 pasted from Word as a minus', () => {
    expect(parseVietnameseNumber('\u22122,5')).toBe(-2.5);
  });

  it.each([
    ['1.2.3,4,5'],
    [''],
    ['   '],
    ['abc'],
    ['1..2'],
    ['1,2,3'],
    ['12.34'],
    ['1.2345'],
    ['1234.567'],
    ['.5'],
    [',5'],
    ['5,'],
    ['5.'],
    ['1 000'],
    ['12a'],
    ['%'],
    ['--1'],
  ])('rejects the malformed "%s" with NUMBER_INVALID and a Vietnamese message quoting it', (text) => {
    const error = errorOf(() => parseVietnameseNumber(text));
    expect(error.code).toBe('NUMBER_INVALID');
    expect(error.message).toContain(`"${text}"`);
    expect(error.message).toContain('Không đọc được số');
  });

  it('rejects "12.34" instead of guessing: a dot group must have exactly three digits', () => {
    expect(tryParseVietnameseNumber('12.34')).toBeNull();
    expect(tryParseVietnameseNumber('12.340')).toBe(12340);
  });
});

describe('tryParseVietnameseNumber', () => {
  it('returns the number for valid text and null instead of throwing for malformed text', () => {
    expect(tryParseVietnameseNumber('6.830.000.000')).toBe(6830000000);
    expect(tryParseVietnameseNumber('1.2.3,4,5')).toBeNull();
    expect(tryParseVietnameseNumber('')).toBeNull();
  });
});

describe('formatVietnameseNumber', () => {
  it('writes thousands with dots and decimals with a comma', () => {
    expect(formatVietnameseNumber(320080)).toBe('320.080');
    expect(formatVietnameseNumber(789.53)).toBe('789,53');
    expect(formatVietnameseNumber(6830000000)).toBe('6.830.000.000');
    expect(formatVietnameseNumber(-1.5)).toBe('-1,5');
  });

  it('pads or rounds to the requested number of decimals', () => {
    expect(formatVietnameseNumber(95, 1)).toBe('95,0');
    expect(formatVietnameseNumber(2 / 3, 2)).toBe('0,67');
    expect(formatVietnameseNumber(1234.5, 0)).toBe('1.235');
  });

  it('hides floating-point noise when no decimals are requested', () => {
    expect(formatVietnameseNumber(0.1 + 0.2)).toBe('0,3');
  });

  it('never prints "-0" for a small negative rounded away', () => {
    expect(formatVietnameseNumber(-0.001, 0)).toBe('0');
  });

  it('round-trips through parseVietnameseNumber', () => {
    for (const value of [0, 0.04, 9.4, 153, 28560, 10082.5, 6830000000]) {
      expect(parseVietnameseNumber(formatVietnameseNumber(value))).toBe(value);
    }
  });

  it('refuses NaN and infinities with NUMBER_INVALID', () => {
    expect(errorOf(() => formatVietnameseNumber(Number.NaN)).code).toBe('NUMBER_INVALID');
    expect(errorOf(() => formatVietnameseNumber(Number.POSITIVE_INFINITY)).code).toBe('NUMBER_INVALID');
  });
});
