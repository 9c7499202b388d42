import type { ChannelParsedInput } from '@shared/contract';
import { rotateLeadership, roundKey, type Cluster } from '@shared/domain/cluster';
import type { ClustersOfYear, CriterionView, ScoringTable } from '@shared/domain/cluster-round';
import { AppError } from '@shared/errors';
import { clusterMessages } from '@shared/i18n/vi-clusters';
import {
  leafFlags,
  tableMaxima,
  validateCriteria,
  type CriterionDraft,
  type CriterionRow,
} from '@shared/scoring/criteria';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { requireUnit } from '../units/service';

export function requireCluster(ctx: CoreContext, id: number): Cluster {
  const cluster = ctx.repos.clusters.byId(id);
  if (!cluster) throw new AppError('NOT_FOUND', clusterMessages.notFound(id));
  return cluster;
}

export function scoringTable(ctx: CoreContext, clusterId: number): ScoringTable {
  requireCluster(ctx, clusterId);
  const rows = ctx.repos.clusters.criteria(clusterId);
  return {
    clusterId,
    rows: criterionViews(ctx, rows),
    maxima: tableMaxima(rows),
    hasScores: ctx.repos.clusterScores.scoredCriteria(clusterId).size > 0,
  };
}

export function criterionViews(ctx: CoreContext, rows: readonly CriterionRow[]): CriterionView[] {
  const leaves = leafFlags(rows);
  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.id, i.name]));
  return rows.map((row, i) => ({
    ...row,
    leaf: leaves[i]!,
    indicatorName: row.link ? (indicators.get(row.link.indicatorId) ?? null) : null,
  }));
}

export function listClusters(ctx: CoreContext, year: number): ClustersOfYear {
  const years = new Set(ctx.repos.clusters.years());
  years.add(year);
  return {
    year,
    years: [...years].sort((a, b) => b - a),
    clusters: ctx.repos.clusters.byYear(year).map((cluster) => {
      const rows = ctx.repos.clusters.criteria(cluster.id);
      return {
        ...cluster,
        criteriaCount: rows.length,
        maxima: tableMaxima(rows),
        rounds: ctx.repos.clusterScores
          .roundsOf(cluster.id)
          .map((r) => ({ id: r.id, period: r.period, key: roundKey(cluster.year, r.period) })),
      };
    }),
  };
}

/** A unit sits in at most one cụm and one khối a year. */
function checkMembers(ctx: CoreContext, input: ChannelParsedInput<'clusters:save'>): void {
  const seen = new Set<number>();
  const others = ctx.repos.clusters.byYear(input.year).filter((c) => c.id !== input.id && c.kind === input.kind);
  for (const unitId of input.memberIds) {
    const unit = requireUnit(ctx, unitId);
    if (seen.has(unitId)) throw new AppError('INVALID_INPUT', clusterMessages.duplicateMember(unit.name));
    seen.add(unitId);
    const other = others.find((c) => c.members.some((m) => m.unitId === unitId));
    if (other) throw new AppError('CONFLICT', clusterMessages.memberElsewhere(unit.name, other.name, input.year));
  }
  if (input.leaderUnitId !== null && !seen.has(input.leaderUnitId)) {
    throw new AppError('INVALID_INPUT', clusterMessages.leaderNotMember);
  }
  if (input.deputyUnitId !== null && !seen.has(input.deputyUnitId)) {
    throw new AppError('INVALID_INPUT', clusterMessages.deputyNotMember);
  }
  if (input.leaderUnitId !== null && input.leaderUnitId === input.deputyUnitId) {
    throw new AppError('INVALID_INPUT', clusterMessages.leaderIsDeputy);
  }
}

export function saveCluster(ctx: CoreContext, input: ChannelParsedInput<'clusters:save'>, demo = false): Cluster {
  return ctx.db.transaction(() => {
    checkMembers(ctx, input);
    const sameName = ctx.repos.clusters
      .byYear(input.year)
      .find((c) => c.id !== input.id && c.name.toLocaleLowerCase('vi') === input.name.toLocaleLowerCase('vi'));
    if (sameName) throw new AppError('CONFLICT', clusterMessages.nameTaken(input.name, input.year));
    const fields = {
      name: input.name,
      kind: input.kind,
      leaderUnitId: input.leaderUnitId,
      deputyUnitId: input.deputyUnitId,
      note: input.note,
    };
    if (input.id === undefined) {
      const created = ctx.repos.clusters.insert({ ...fields, year: input.year, demo }, input.memberIds, isoNow(ctx));
      audit(ctx, 'cluster', created.id, null, created, input.reason);
      return created;
    }
    const before = requireCluster(ctx, input.id);
    if (before.year !== input.year) throw new AppError('NOT_FOUND', clusterMessages.notFound(input.id));
    const after = ctx.repos.clusters.update(input.id, fields, input.memberIds, isoNow(ctx));
    audit(ctx, 'cluster', input.id, before, after, input.reason);
    return after;
  })();
}

export function deleteCluster(ctx: CoreContext, id: number): { deleted: number } {
  return ctx.db.transaction(() => {
    const before = requireCluster(ctx, id);
    if (ctx.repos.clusterScores.roundsOf(id).length > 0) {
      throw new AppError('CONFLICT', clusterMessages.hasRounds(before.name));
    }
    const criteria = ctx.repos.clusters.criteria(id);
    ctx.repos.clusters.delete(id);
    audit(ctx, 'cluster', id, { ...before, criteria }, null);
    return { deleted: id };
  })();
}

export function rotateLeader(ctx: CoreContext, id: number, chosen?: number): Cluster {
  return ctx.db.transaction(() => {
    const before = requireCluster(ctx, id);
    const memberIds = before.members.map((m) => m.unitId);
    if (chosen !== undefined && !memberIds.includes(chosen)) {
      throw new AppError('INVALID_INPUT', clusterMessages.leaderNotMember);
    }
    // A chosen leader is "the member after its predecessor", so the deputy follows it in the same order.
    const previous =
      chosen === undefined
        ? before.leaderUnitId
        : memberIds[(memberIds.indexOf(chosen) - 1 + memberIds.length) % memberIds.length]!;
    const next = rotateLeadership(memberIds, previous);
    const after = ctx.repos.clusters.setLeaders(id, next.leaderUnitId, next.deputyUnitId, isoNow(ctx));
    audit(ctx, 'cluster', id, before, after, 'Luân phiên cụm trưởng');
    return after;
  })();
}

function writeCriteria(ctx: CoreContext, clusterId: number, rows: readonly CriterionDraft[]): void {
  rows.forEach((row, position) => ctx.repos.clusters.saveCriterion(clusterId, position, row));
}

function checkIndicators(ctx: CoreContext, rows: readonly CriterionDraft[]): void {
  const known = new Set(ctx.repos.indicators.all().map((i) => i.id));
  for (const row of rows) {
    if (row.link && !known.has(row.link.indicatorId)) {
      throw new AppError('INVALID_INPUT', clusterMessages.unknownIndicator(row.code));
    }
  }
}

/**
 * Replaces a cluster's table. Rows keep their ids (and so their scores) when edited; once scores exist, rows can
 * only be edited, not added or removed, so no score is ever orphaned or silently dropped.
 */
export function saveCriteria(ctx: CoreContext, input: ChannelParsedInput<'clusters:saveCriteria'>): ScoringTable {
  return ctx.db.transaction(() => {
    const cluster = requireCluster(ctx, input.clusterId);
    validateCriteria(input.rows);
    checkIndicators(ctx, input.rows);
    const before = ctx.repos.clusters.criteria(input.clusterId);
    const existing = new Set(before.map((r) => r.id));
    for (const row of input.rows) {
      if (row.id !== undefined && !existing.has(row.id)) {
        throw new AppError('INVALID_INPUT', clusterMessages.unknownCriterion(row.id));
      }
    }
    const kept = new Set(input.rows.flatMap((r) => (r.id === undefined ? [] : [r.id])));
    const scored = ctx.repos.clusterScores.scoredCriteria(input.clusterId);
    const removed = before.filter((r) => !kept.has(r.id));
    const leaves = leafFlags(input.rows);
    const beforeLeaves = leafFlags(before);
    const wasLeaf = new Map(before.map((r, i) => [r.id, beforeLeaves[i]]));
    const changesShape =
      removed.length > 0 || input.rows.some((r, i) => r.id === undefined || wasLeaf.get(r.id) !== leaves[i]);
    if (scored.size > 0 && changesShape)
      throw new AppError('CONFLICT', clusterMessages.criteriaHaveScores(cluster.name));
    for (const row of removed) ctx.repos.clusters.deleteCriterion(input.clusterId, row.id);
    writeCriteria(ctx, input.clusterId, input.rows);
    const after = ctx.repos.clusters.criteria(input.clusterId);
    audit(ctx, 'score_table', input.clusterId, before.length > 0 ? before : null, after, input.reason);
    return scoringTable(ctx, input.clusterId);
  })();
}

const asDrafts = (rows: readonly CriterionRow[]): CriterionDraft[] => rows.map(({ id: _id, ...row }) => row);

export function copyCriteria(ctx: CoreContext, fromClusterId: number, toClusterId: number): ScoringTable {
  if (fromClusterId === toClusterId) throw new AppError('INVALID_INPUT', clusterMessages.copySame);
  return ctx.db.transaction(() => {
    requireCluster(ctx, fromClusterId);
    const target = requireCluster(ctx, toClusterId);
    if (ctx.repos.clusterScores.scoredCriteria(toClusterId).size > 0) {
      throw new AppError('CONFLICT', clusterMessages.criteriaHaveScores(target.name));
    }
    const before = ctx.repos.clusters.criteria(toClusterId);
    for (const row of before) ctx.repos.clusters.deleteCriterion(toClusterId, row.id);
    writeCriteria(ctx, toClusterId, asDrafts(ctx.repos.clusters.criteria(fromClusterId)));
    const after = ctx.repos.clusters.criteria(toClusterId);
    audit(
      ctx,
      'score_table',
      toClusterId,
      before.length > 0 ? before : null,
      after,
      `Sao chép từ bảng điểm ${fromClusterId}`,
    );
    return scoringTable(ctx, toClusterId);
  })();
}

/** The new year starts with last year's clusters, members, leadership and tables; retired units are left out. */
export function copyClustersToYear(ctx: CoreContext, fromYear: number, toYear: number): Cluster[] {
  return ctx.db.transaction(() => {
    const source = ctx.repos.clusters.byYear(fromYear);
    if (source.length === 0) throw new AppError('NOT_FOUND', clusterMessages.nothingToCopy(fromYear));
    if (ctx.repos.clusters.byYear(toYear).length > 0) {
      throw new AppError('CONFLICT', clusterMessages.targetYearHasClusters(toYear));
    }
    const startOfYear = `${toYear}-01-01`;
    return source.map((cluster) => {
      const memberIds = cluster.members
        .map((m) => ctx.repos.units.byId(m.unitId))
        .filter((u) => u !== undefined && (u.validTo === null || u.validTo > startOfYear))
        .map((u) => u!.id);
      const keep = (id: number | null) => (id !== null && memberIds.includes(id) ? id : null);
      const created = ctx.repos.clusters.insert(
        {
          year: toYear,
          name: cluster.name,
          kind: cluster.kind,
          leaderUnitId: keep(cluster.leaderUnitId),
          deputyUnitId: keep(cluster.deputyUnitId),
          note: cluster.note,
          demo: cluster.demo,
        },
        memberIds,
        isoNow(ctx),
      );
      writeCriteria(ctx, created.id, asDrafts(ctx.repos.clusters.criteria(cluster.id)));
      audit(ctx, 'cluster', created.id, null, created, `Sao chép từ năm ${fromYear}`);
      return created;
    });
  })();
}
