import type { UnitKind } from './unit';

/** Cụm = territorial units of a similar kind; khối = agencies of a similar function (domain §1). */
export const clusterKinds = ['cum', 'khoi'] as const;
export type ClusterKind = (typeof clusterKinds)[number];

export interface ClusterMember {
  unitId: number;
  code: string;
  name: string;
  kind: UnitKind;
}

/** A cluster of one year, with its members in the order the leadership rotates through them. */
export interface Cluster {
  id: number;
  year: number;
  name: string;
  kind: ClusterKind;
  members: ClusterMember[];
  /** Cụm trưởng and cụm phó: member units, or null while not chosen. */
  leaderUnitId: number | null;
  deputyUnitId: number | null;
  note: string | null;
  demo: boolean;
}

/** Scoring rounds: the mid-year review (sơ kết 6 tháng) and the year-end review (tổng kết năm). */
export const roundPeriods = ['H1', 'Y'] as const;
export type RoundPeriod = (typeof roundPeriods)[number];

/** The three layers of scores, side by side: the unit's own, the cluster leader's verification, the council's. */
export const scoreLayers = ['tu_cham', 'cum_cham', 'hoi_dong'] as const;
export type ScoreLayer = (typeof scoreLayers)[number];

/** The round key as the secretary and the CLI write it. @example roundKey(2023, 'Y') === '2023-Y' */
export function roundKey(year: number, period: RoundPeriod): string {
  return `${year}-${period}`;
}

/** @example parseRoundKey('2023-H1') → { year: 2023, period: 'H1' }; parseRoundKey('2023-Q1') → null */
export function parseRoundKey(text: string): { year: number; period: RoundPeriod } | null {
  const m = /^(\d{4})-(H1|Y)$/.exec(text.trim().toUpperCase());
  return m ? { year: Number(m[1]), period: m[2] as RoundPeriod } : null;
}

/**
 * The leader after a rotation: the member after the current leader in the members' order (wrapping round), or the
 * first member when there is no leader yet; the deputy is the member after the new leader.
 * @example rotateLeadership([1, 2, 3], 3) → { leaderUnitId: 1, deputyUnitId: 2 }
 */
export function rotateLeadership(
  memberIds: readonly number[],
  currentLeader: number | null,
): { leaderUnitId: number | null; deputyUnitId: number | null } {
  if (memberIds.length === 0) return { leaderUnitId: null, deputyUnitId: null };
  const at = currentLeader === null ? -1 : memberIds.indexOf(currentLeader);
  const leaderIndex = (at + 1) % memberIds.length;
  const deputy = memberIds.length > 1 ? memberIds[(leaderIndex + 1) % memberIds.length]! : null;
  return { leaderUnitId: memberIds[leaderIndex]!, deputyUnitId: deputy };
}
