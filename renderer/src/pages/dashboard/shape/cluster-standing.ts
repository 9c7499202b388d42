import type { ClusterKind, RoundPeriod } from '@shared/domain/cluster';
import type { ClusterOverview, RoundView } from '@shared/domain/cluster-round';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';

export interface ClusterMembership {
  clusterId: number;
  name: string;
  kind: ClusterKind;
  /** Cụm trưởng / cụm phó (khối trưởng / khối phó), or an ordinary member. */
  role: 'leader' | 'deputy' | null;
  /** The cluster's scoring rounds of the year: sơ kết first, then tổng kết. */
  rounds: Array<{ id: number; period: RoundPeriod }>;
}

/**
 * The cluster or block a unit belongs to in a year, from `clusters:list`; null when it belongs to none (a unit sits
 * in at most one cluster a year; the first found is taken otherwise).
 * @example clusterOf(clusters, 2) → { name: 'Cụm thi đua số 1', role: 'deputy', rounds: [{ id: 1, period: 'Y' }], … }
 */
export function clusterOf(clusters: readonly ClusterOverview[], unitId: number): ClusterMembership | null {
  const cluster = clusters.find((c) => c.members.some((m) => m.unitId === unitId));
  if (cluster === undefined) return null;
  const order: Record<RoundPeriod, number> = { H1: 0, Y: 1 };
  return {
    clusterId: cluster.id,
    name: cluster.name,
    kind: cluster.kind,
    role: cluster.leaderUnitId === unitId ? 'leader' : cluster.deputyUnitId === unitId ? 'deputy' : null,
    rounds: cluster.rounds
      .map((r) => ({ id: r.id, period: r.period }))
      .sort((a, b) => order[a.period] - order[b.period]),
  };
}

export type RoundStanding = { scored: true; rank: number; of: number; points: string } | { scored: false } | null;

/**
 * A unit's place in one scoring round: its rank among the cluster's units and its final points ("662,91"); not
 * scored while none of its criteria has points; null when the round does not list the unit.
 * @example roundStanding(round, 2) → { scored: true, rank: 5, of: 5, points: '662,91' }
 */
export function roundStanding(round: Pick<RoundView, 'units'>, unitId: number): RoundStanding {
  const card = round.units.find((u) => u.unitId === unitId);
  if (card === undefined) return null;
  if (card.final.scored === 0) return { scored: false };
  return {
    scored: true,
    rank: card.rank,
    of: round.units.length,
    points: formatVietnameseNumber(Math.round(card.final.total * 100) / 100),
  };
}
