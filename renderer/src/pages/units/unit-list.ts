import type { Unit } from '@shared/domain/unit';
import { foldVietnamese } from '@shared/domain/vietnamese-text';

/**
 * Accent-insensitive search: every word typed must appear in the unit's name or code, so "long hung", "Long Hưng"
 * and "hung long" all find "Xã Long Hưng", while "long hung" does not find "Xã Thuận Hưng".
 */
export function filterUnits<U extends Pick<Unit, 'name' | 'code'>>(units: readonly U[], query: string): U[] {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...units];
  return units.filter((unit) => {
    const haystack = `${foldVietnamese(unit.name)} ${foldVietnamese(unit.code)}`;
    return words.every((word) => haystack.includes(word));
  });
}

const nameCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order for the name column (Đ after D, tones after the bare letter). */
export function compareUnitNames(a: Pick<Unit, 'name'>, b: Pick<Unit, 'name'>): number {
  return nameCollator.compare(a.name, b.name);
}

/** Units that can still be retired or merged: those with no end date yet. */
export function openUnits<U extends Pick<Unit, 'validTo'>>(units: readonly U[]): U[] {
  return units.filter((unit) => unit.validTo === null);
}
