/**
 * Which backups to keep. Pure, so the rules are tested with a fixed clock. Copies are rotated per database identity:
 * the current database's by the rules below; every earlier database's (a file that was replaced by a new empty one,
 * copies named before identities) by the same rules as of its own newest copy, so copies of a new database can never
 * push the last copies of an earlier one out, and an earlier database keeps what it had when it stopped.
 * - today (the PC's local date): the newest `keepToday`;
 * - each of the `dailyDays` days before today: the newest of that day;
 * - before that: the newest of each month, for the `monthlyMonths` most recent such months;
 * - never removed: protected copies (before a migration, the undo point of the last restore) and copies dated after
 *   `now` (the PC's clock was wrong at some point; a copy whose age is unknown is not thrown away).
 * The newest copy of a day or month is kept because it holds the most complete figures of that period.
 */

export interface RotationPolicy {
  keepToday: number;
  dailyDays: number;
  monthlyMonths: number;
}

export const defaultRotationPolicy: RotationPolicy = { keepToday: 5, dailyDays: 30, monthlyMonths: 24 };

export interface RotationItem {
  takenAt: Date;
  protected: boolean;
  /** The identity (tag) of the database copied; null when unknown. Absent: rotated with the current database. */
  identity?: string | null;
}

export interface RotationPlan<T> {
  keep: T[];
  remove: T[];
}

const dayNumber = (d: Date) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
const monthKey = (d: Date) => d.getFullYear() * 12 + d.getMonth();

export function planRotation<T extends RotationItem>(
  items: readonly T[],
  now: Date,
  policy: RotationPolicy = defaultRotationPolicy,
  currentIdentity?: string | null,
): RotationPlan<T> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.identity === undefined ? (currentIdentity ?? null) : item.identity;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const keep = new Set<T>();
  for (const [identity, group] of groups) {
    const current = currentIdentity === undefined || identity === currentIdentity;
    const newest = Math.max(...group.map((item) => item.takenAt.getTime()));
    const anchor = current ? now : new Date(Math.min(newest, now.getTime()));
    for (const item of planOneDatabase(group, anchor, policy)) keep.add(item);
  }
  const newestFirst = [...items].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  return {
    keep: newestFirst.filter((item) => keep.has(item)),
    remove: newestFirst.filter((item) => !keep.has(item)),
  };
}

/** The copies of one database to keep. */
function planOneDatabase<T extends RotationItem>(items: readonly T[], now: Date, policy: RotationPolicy): Set<T> {
  const newestFirst = [...items].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const today = dayNumber(now);
  const keep = new Set<T>();
  let keptToday = 0;
  const keptDays = new Set<number>();
  const keptMonths = new Set<number>();

  for (const item of newestFirst) {
    const age = today - dayNumber(item.takenAt);
    if (item.protected || item.takenAt.getTime() > now.getTime() || age < 0) {
      keep.add(item);
    } else if (age === 0) {
      if (keptToday < policy.keepToday) {
        keptToday++;
        keep.add(item);
      }
    } else if (age <= policy.dailyDays) {
      const day = dayNumber(item.takenAt);
      if (!keptDays.has(day)) {
        keptDays.add(day);
        keep.add(item);
      }
    } else {
      const month = monthKey(item.takenAt);
      if (!keptMonths.has(month) && keptMonths.size < policy.monthlyMonths) {
        keptMonths.add(month);
        keep.add(item);
      }
    }
  }
  return keep;
}
