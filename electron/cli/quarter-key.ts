import { AppError } from '@shared/errors';
import { periodMessages } from '@shared/i18n/vi-excel';

const quarterKeyPattern = /^(\d{4})-Q([1-4])$/;

/**
 * Reads a quarter as typed on the command line; spaces and a lower-case q are accepted.
 * @example parseQuarterKey('2023-Q2') → { year: 2023, quarter: 2 }
 */
export function parseQuarterKey(text: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const match = quarterKeyPattern.exec(text.trim().toUpperCase());
  const year = Number(match?.[1]);
  if (!match || year < 1990 || year > 2200) throw new AppError('INVALID_INPUT', periodMessages.invalidQuarterKey(text));
  return { year, quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}
