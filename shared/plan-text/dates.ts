/** A date written in a plan, as a regex source: "18 tháng 01 năm 2023", "20/12/2022", "10-1-2024" or "30/6". */
export const datePatternSource = String.raw`(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)`;

/**
 * Builds an ISO date when day, month and year form a real calendar date.
 * @example isoDate(2023, 2, 29) === null
 */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as plans write it; a date without a year ("30/6") takes `defaultYear`.
 * @example parseVietnameseDate('ngày 18 tháng 01 năm 2023') === '2023-01-18'
 * @example parseVietnameseDate('10-1-2024') === '2024-01-10'
 * @example parseVietnameseDate('30/6', 2023) === '2023-06-30'
 */
export function parseVietnameseDate(text: string, defaultYear?: number | null): string | null {
  const head = text.slice(0, 200);
  const spelled = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/iu.exec(head);
  const numeric = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/u.exec(head);
  const match = spelled ?? numeric;
  if (!match) return null;
  const year = match[3] === undefined ? defaultYear : Number(match[3]);
  if (year === undefined || year === null) return null;
  return isoDate(year, Number(match[2]), Number(match[1]));
}
