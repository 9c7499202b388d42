import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '@core/backups/names';
import { defaultRotationPolicy, planRotation, type RotationItem } from '@core/backups/rotation';

// Local-time constructors, so the rules ("today", "one per day") read the same in every time zone.
const now = new Date(2023, 3, 5, 9, 0, 0); // 5 April 2023, 09:00
const at = (month: number, day: number, hour = 12, minute = 0, year = 2023) =>
  new Date(year, month - 1, day, hour, minute);
const item = (takenAt: Date, isProtected = false): RotationItem & { name: string } => ({
  takenAt,
  protected: isProtected,
  name: takenAt.toString(),
});
const kept = (items: RotationItem[]) => planRotation(items, now).keep.map((i) => i.takenAt.getTime());

describe('backup rotation rules (fixed clock: 5 April 2023 09:00)', () => {
  it('keeps the last 5 copies of today and removes older ones of today', () => {
    const today = [1, 2, 3, 4, 5, 6, 7].map((h) => item(at(4, 5, h)));
    const plan = planRotation(today, now);
    expect(plan.keep.map((i) => i.takenAt.getHours())).toEqual([7, 6, 5, 4, 3]);
    expect(plan.remove.map((i) => i.takenAt.getHours())).toEqual([2, 1]);
  });

  it('keeps the newest copy of each earlier day for 30 days', () => {
    const items = [item(at(4, 4, 8)), item(at(4, 4, 17)), item(at(4, 4, 12)), item(at(3, 6, 10)), item(at(3, 6, 18))];
    expect(kept(items)).toEqual([at(4, 4, 17).getTime(), at(3, 6, 18).getTime()]);
  });

  it('day 30 is still daily; day 31 falls into the monthly rule', () => {
    // 6 March is 30 days before 5 April; 5 March is 31 days before.
    const items = [item(at(3, 6, 9)), item(at(3, 6, 10)), item(at(3, 5, 9)), item(at(3, 4, 9)), item(at(3, 1, 9))];
    const plan = planRotation(items, now);
    expect(plan.keep.map((i) => i.takenAt.getTime())).toEqual([at(3, 6, 10).getTime(), at(3, 5, 9).getTime()]);
    expect(plan.remove).toHaveLength(3);
  });

  it('keeps one copy per month before that, for 24 months, the newest of each month', () => {
    const months = Array.from({ length: 30 }, (_, i) => [item(at(2 - i, 10)), item(at(2 - i, 20))]).flat();
    const plan = planRotation(months, now);
    expect(plan.keep).toHaveLength(defaultRotationPolicy.monthlyMonths);
    expect(plan.keep.every((i) => i.takenAt.getDate() === 20)).toBe(true);
    expect(plan.keep[0]!.takenAt).toEqual(at(2, 20));
    expect(plan.keep.at(-1)!.takenAt).toEqual(at(2 - 23, 20));
  });

  it('never removes protected copies or copies dated in the future (a wrong PC clock)', () => {
    const old = item(at(1, 1, 9, 0, 2015), true);
    const future = item(at(6, 1));
    const laterToday = item(at(4, 5, 23));
    const plan = planRotation([old, future, laterToday, ...[1, 2, 3, 4, 5, 6].map((h) => item(at(4, 5, h)))], now);
    expect(plan.keep).toEqual(expect.arrayContaining([old, future, laterToday]));
    expect(plan.remove.every((i) => !i.protected)).toBe(true);
  });

  it('holds for any set of copies: a partition, never the newest, idempotent, bounded', () => {
    const copies = fc.array(
      fc.record({
        takenAt: fc.date({ min: new Date(2018, 0, 1), max: new Date(2023, 3, 5, 9, 0), noInvalidDate: true }),
        protected: fc.boolean(),
      }),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(copies, (items) => {
        const plan = planRotation(items, now);
        expect(plan.keep.length + plan.remove.length).toBe(items.length);
        expect(new Set([...plan.keep, ...plan.remove]).size).toBe(items.length);
        expect(plan.remove.some((i) => i.protected)).toBe(false);
        if (items.length > 0) {
          const newest = Math.max(...items.map((i) => i.takenAt.getTime()));
          expect(plan.keep.some((i) => i.takenAt.getTime() === newest)).toBe(true);
        }
        expect(planRotation(plan.keep, now).remove).toEqual([]);
        const unprotected = plan.keep.filter((i) => !i.protected).length;
        const { keepToday, dailyDays, monthlyMonths } = defaultRotationPolicy;
        expect(unprotected).toBeLessThanOrEqual(keepToday + dailyDays + monthlyMonths);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rotation by database identity (issue 16, finding 2)', () => {
  const of = (identity: string | null, takenAt: Date) => ({ ...item(takenAt), identity });

  it('copies of a new database never push out the last copies of an earlier one', () => {
    const earlier = [8, 9, 10, 11].map((h) => of('aaaaaaaa', at(4, 5, h)));
    const current = [12, 13, 14, 15, 16, 17, 18].map((h) => of('bbbbbbbb', at(4, 5, h)));
    const plan = planRotation([...earlier, ...current], at(4, 5, 19), defaultRotationPolicy, 'bbbbbbbb');
    expect(plan.keep.filter((i) => i.identity === 'aaaaaaaa')).toHaveLength(4);
    expect(plan.keep.filter((i) => i.identity === 'bbbbbbbb').map((i) => i.takenAt.getHours())).toEqual([
      18, 17, 16, 15, 14,
    ]);
  });

  it('an earlier database is rotated as of its own last copy, so it keeps what it had when it stopped', () => {
    const earlier = [
      ...[1, 2, 3, 4, 5, 6, 7].map((h) => of('aaaaaaaa', at(3, 1, h))),
      of('aaaaaaaa', at(2, 27)),
      of('aaaaaaaa', at(2, 26)),
    ];
    const plan = planRotation(earlier, now, defaultRotationPolicy, 'bbbbbbbb');
    // Its last day: the newest 5; its earlier days: one each. Months later, the same.
    expect(plan.keep).toHaveLength(7);
    expect(planRotation(earlier, at(12, 31), defaultRotationPolicy, 'bbbbbbbb').keep).toHaveLength(7);
    // Copies named before identities existed are their own earlier database.
    const legacy = [1, 2, 3, 4, 5, 6].map((h) => of(null, at(4, 5, h)));
    expect(planRotation(legacy, now, defaultRotationPolicy, 'bbbbbbbb').keep).toHaveLength(5);
  });
});

describe('backup file names', () => {
  it('carry the local time and the reason, and read back', () => {
    const name = backupFileName('thi-dua-desk', at(4, 5, 9, 7), 'manual');
    expect(name).toBe('thi-dua-desk.20230405-090700.manual.sqlite');
    expect(parseBackupFileName('thi-dua-desk', name)).toEqual({
      takenAt: at(4, 5, 9, 7),
      reason: 'manual',
      sequence: 1,
      identity: null,
    });
    // With the database's identity, whose first 8 hex digits name the copy.
    const identified = backupFileName(
      'thi-dua-desk',
      at(4, 5, 9, 7),
      'manual',
      2,
      '3F9A2C1B-0000-4000-8000-000000000000',
    );
    expect(identified).toBe('thi-dua-desk.20230405-090700-2.manual.3f9a2c1b.sqlite');
    expect(parseBackupFileName('thi-dua-desk', identified)).toEqual({
      takenAt: at(4, 5, 9, 7),
      reason: 'manual',
      sequence: 2,
      identity: '3f9a2c1b',
    });
    expect(parseBackupFileName('thi-dua-desk', backupFileName('thi-dua-desk', at(4, 5), 'quit', 3))).toMatchObject({
      reason: 'quit',
      sequence: 3,
    });
  });

  it('read the pre-migration copies written by openDatabase (UTC stamp)', () => {
    expect(parseBackupFileName('thi-dua-desk', 'thi-dua-desk.v3.20230405T020000.sqlite')).toEqual({
      takenAt: new Date('2023-04-05T02:00:00Z'),
      reason: 'before-migration',
      sequence: 1,
      identity: null,
    });
    expect(parseBackupFileName('thi-dua-desk', 'thi-dua-desk.v3.20230405T020000-2.sqlite')).toMatchObject({
      sequence: 2,
    });
  });

  it('ignore other files: half-written copies, other databases, unknown reasons', () => {
    for (const name of [
      'thi-dua-desk.20230405-090700.manual.sqlite.partial',
      'other.20230405-090700.manual.sqlite',
      'thi-dua-desk.20230405-090700.whenever.sqlite',
      'thi-dua-desk.sqlite',
      'thi-dua-desk.hong-20230405-090700.sqlite',
    ]) {
      expect(parseBackupFileName('thi-dua-desk', name)).toBeNull();
    }
  });
});
