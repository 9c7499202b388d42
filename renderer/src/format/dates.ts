/**
 * Dates travel as ISO `yyyy-mm-dd` strings (what the core stores) and are shown as `dd/mm/yyyy`.
 * Parsing by hand rather than through `Date` keeps a calendar date from shifting across time zones.
 */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** @example parseIsoDate('2023-03-31') → { year: 2023, month: 3, day: 31 } */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = isoDatePattern.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** @example formatIsoDate('2023-03-31') === '31/03/2023' */
export function formatIsoDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** The PC's local calendar date as ISO: the secretary's "today", not UTC's. */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
