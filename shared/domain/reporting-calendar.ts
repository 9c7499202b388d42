import type { Quarter } from './period';

/**
 * When a quarter's report is due from the councils below (issue 21). Two ways of cutting the quarter:
 * - `nd09`: NĐ 09/2019/NĐ-CP Art. 12: a quarterly report's figures run from the 15th of the month before the quarter
 *   to the 14th of the quarter's last month (Q2: 15/3 – 14/6);
 * - `calendar`: the calendar quarter (Q2: 1/4 – 30/6).
 * The report is due `dueDays` days after the cut-off. Both are provincial choices, kept as a setting.
 */
export const reportingWindows = ['nd09', 'calendar'] as const;
export type ReportingWindow = (typeof reportingWindows)[number];

export interface ReportingCalendar {
  window: ReportingWindow;
  /** Days after the last day of the window by which the package must be sent. */
  dueDays: number;
}

export const defaultReportingCalendar: ReportingCalendar = { window: 'nd09', dueDays: 2 };

export interface ReportingPeriod {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  dueOn: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

/**
 * The window and due date of a quarter.
 * @example reportingPeriod(2026, 2, { window: 'nd09', dueDays: 2 }) → { from: '2026-03-15', to: '2026-06-14', dueOn: '2026-06-16' }
 * @example reportingPeriod(2026, 1, { window: 'nd09', dueDays: 2 }).from === '2025-12-15'
 */
export function reportingPeriod(year: number, quarter: Quarter, calendar: ReportingCalendar): ReportingPeriod {
  const firstMonth = (quarter - 1) * 3;
  const from = calendar.window === 'nd09' ? utc(year, firstMonth - 1, 15) : utc(year, firstMonth, 1);
  const to = calendar.window === 'nd09' ? utc(year, firstMonth + 2, 14) : utc(year, firstMonth + 3, 0);
  const due = utc(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate() + calendar.dueDays);
  return { from: iso(from), to: iso(to), dueOn: iso(due) };
}

/** Where a council below stands for a quarter on the status board. */
export const senderStates = ['on_time', 'late', 'overdue', 'not_yet_due'] as const;
export type SenderState = (typeof senderStates)[number];

/**
 * on_time / late: a package was sent (by its own date) on or before / after the due date; overdue: nothing sent and
 * the due date has passed; not_yet_due: nothing sent yet, still in time.
 * @example senderState('2026-06-17', '2026-06-16', '2026-07-01') === 'late'
 * @example senderState(null, '2026-06-16', '2026-07-01') === 'overdue'
 */
export function senderState(sentOn: string | null, dueOn: string, today: string): SenderState {
  if (sentOn !== null) return sentOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'overdue' : 'not_yet_due';
}
