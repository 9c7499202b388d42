import { describe, expect, it } from 'vitest';
import { reportingPeriod, senderState } from '@shared/domain/reporting-calendar';

describe('reporting calendar', () => {
  it('cuts a quarter as NĐ 09/2019 Art. 12 does: the 15th of the month before to the 14th of its last month', () => {
    const nd09 = { window: 'nd09' as const, dueDays: 2 };
    expect(reportingPeriod(2026, 1, nd09)).toEqual({ from: '2025-12-15', to: '2026-03-14', dueOn: '2026-03-16' });
    expect(reportingPeriod(2026, 2, nd09)).toEqual({ from: '2026-03-15', to: '2026-06-14', dueOn: '2026-06-16' });
    expect(reportingPeriod(2026, 4, { window: 'nd09', dueDays: 20 }).dueOn).toBe('2027-01-03');
  });

  it('or as the calendar quarter', () => {
    expect(reportingPeriod(2024, 1, { window: 'calendar', dueDays: 5 })).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      dueOn: '2024-04-05',
    });
  });

  it('calls a package sent after the due date late, and nothing sent after it overdue', () => {
    expect(senderState('2026-06-16', '2026-06-16', '2026-07-01')).toBe('on_time');
    expect(senderState('2026-06-17', '2026-06-16', '2026-07-01')).toBe('late');
    expect(senderState(null, '2026-06-16', '2026-06-17')).toBe('overdue');
    expect(senderState(null, '2026-06-16', '2026-06-16')).toBe('not_yet_due');
  });
});
