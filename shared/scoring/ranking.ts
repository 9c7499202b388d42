import type { TieBreak } from './criteria';

export interface RankingEntry {
  unitId: number;
  name: string;
  /** The final score; null while nothing is scored (ranked after every scored unit). */
  finalTotal: number | null;
  finalContent: number;
  /** From the evaluation: the unit's own targets with status "vượt", and those met or exceeded. */
  targetsExceeded: number;
  targetsMet: number;
}

export interface RankedEntry extends RankingEntry {
  rank: number;
  /** The rule that separated this unit from the one above it when their final scores were equal. */
  tieBrokenBy: TieBreak | 'ten' | null;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function tieValue(entry: RankingEntry, rule: TieBreak): number {
  switch (rule) {
    case 'nhieu_chi_tieu_vuot':
      return entry.targetsExceeded;
    case 'nhieu_chi_tieu_dat':
      return entry.targetsMet;
    case 'diem_noi_dung_cao':
      return entry.finalContent;
  }
}

/**
 * Ranks a cluster's units by final score, highest first. Equal scores are separated by the tie rules in order
 * (each one "more is better"), then by the unit's name in Vietnamese alphabetical order, so ranks are always 1…n.
 * @example rankUnits([{ name: 'Xã B', finalTotal: 900, targetsExceeded: 3 }, { name: 'Xã A', finalTotal: 900, targetsExceeded: 2 }], ['nhieu_chi_tieu_vuot'])[0].name === 'Xã B'
 */
export function rankUnits(entries: readonly RankingEntry[], tieRule: readonly TieBreak[]): RankedEntry[] {
  const score = (e: RankingEntry) => (e.finalTotal === null ? Number.NEGATIVE_INFINITY : e.finalTotal);
  const compare = (a: RankingEntry, b: RankingEntry): { order: number; by: TieBreak | 'ten' | null } => {
    if (score(a) !== score(b)) return { order: score(b) - score(a), by: null };
    for (const rule of tieRule) {
      const diff = tieValue(b, rule) - tieValue(a, rule);
      if (diff !== 0) return { order: diff, by: rule };
    }
    return { order: collator.compare(a.name, b.name) || a.unitId - b.unitId, by: 'ten' };
  };
  const sorted = [...entries].sort((a, b) => compare(a, b).order);
  return sorted.map((entry, i) => ({
    ...entry,
    rank: i + 1,
    tieBrokenBy: i > 0 && entry.finalTotal !== null ? compare(sorted[i - 1]!, entry).by : null,
  }));
}
