import type { ChannelParsedInput } from '@shared/contract';
import { parseRoundKey, roundKey, type RoundPeriod, type ScoreLayer } from '@shared/domain/cluster';
import type { CriterionScores, RoundView, ScoreCell, UnitScoreCard } from '@shared/domain/cluster-round';
import type { PlanEvaluation } from '@shared/evaluation/evaluate-plan';
import { isMetOrAhead } from '@shared/evaluation/status';
import { AppError } from '@shared/errors';
import { clusterMessages, computedWords } from '@shared/i18n/vi-clusters';
import { computeCriterionPoints, type ComputedPoints } from '@shared/scoring/computed';
import { defaultTieRule, leafFlags, tableMaxima, type CriterionRow } from '@shared/scoring/criteria';
import { layerTotals, pointsProblem } from '@shared/scoring/points';
import { rankUnits } from '@shared/scoring/ranking';
import type { ScoreRound, StoredScore } from './repository';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { criterionViews, requireCluster } from '../clusters/service';
import { evaluateYear } from '../dashboard/summary';

export function requireRound(ctx: CoreContext, id: number): ScoreRound {
  const round = ctx.repos.clusterScores.roundById(id);
  if (!round) throw new AppError('NOT_FOUND', clusterMessages.roundNotFound(id));
  return round;
}

/** The round of a cluster and period, created (with the default tie rule) on first use. */
export function openRound(ctx: CoreContext, clusterId: number, period: RoundPeriod): RoundView {
  const id = ctx.db.transaction(() => {
    requireCluster(ctx, clusterId);
    const existing = ctx.repos.clusterScores.roundFor(clusterId, period);
    if (existing) return existing.id;
    const created = ctx.repos.clusterScores.insertRound(clusterId, period, defaultTieRule, isoNow(ctx));
    audit(ctx, 'score_round', created.id, null, created);
    return created.id;
  })();
  return roundView(ctx, id);
}

/** Targets of a unit's own allocations that the evaluation marks "vượt", and those met or exceeded. */
function targetCounts(evaluation: PlanEvaluation, unitId: number) {
  let exceeded = 0;
  let met = 0;
  for (const target of evaluation.targets) {
    const status = target.units.find((u) => u.unitId === unitId)?.status ?? null;
    if (status === 'vuot') exceeded += 1;
    if (status !== null && isMetOrAhead(status)) met += 1;
  }
  return { exceeded, met };
}

function computedFor(
  evaluation: PlanEvaluation,
  criterion: CriterionRow,
  indicatorName: string,
  unitId: number,
): ComputedPoints | null {
  if (criterion.link === null) return null;
  const target = evaluation.targets.find((t) => t.indicatorId === criterion.link!.indicatorId);
  if (!target) return { points: null, explanation: computedWords.noIndicatorInPlan(indicatorName) };
  const row = target.units.find((u) => u.unitId === unitId);
  return computeCriterionPoints(criterion.link, criterion.maxPoints, indicatorName, row);
}

/**
 * A round as the screens, documents and CLI show it: every member's three layers beside the computed points
 * (prefilled from the year's one evaluation, so they follow the figures until someone types a score), the totals,
 * and the ranking by final score with the round's tie rule.
 */
export function roundView(ctx: CoreContext, roundId: number): RoundView {
  const round = requireRound(ctx, roundId);
  const cluster = requireCluster(ctx, round.clusterId);
  const rows = ctx.repos.clusters.criteria(cluster.id);
  const criteria = criterionViews(ctx, rows);
  const leaves = leafFlags(rows);
  const evaluation = evaluateYear(ctx, cluster.year, round.period);
  const stored = new Map<string, StoredScore>();
  for (const s of ctx.repos.clusterScores.scores(roundId)) {
    stored.set(`${s.unitId}:${s.criterionId}:${s.layer}`, s);
  }

  const cards = cluster.members.map((member) => {
    const scores: CriterionScores[] = criteria
      .filter((_, i) => leaves[i])
      .map((criterion) => {
        const computed = computedFor(evaluation, criterion, criterion.indicatorName ?? '', member.unitId);
        const cell = (layer: ScoreLayer): ScoreCell => {
          const s = stored.get(`${member.unitId}:${criterion.id}:${layer}`);
          const own = s?.points ?? null;
          const fromComputation = own === null && computed !== null && computed.points !== null;
          return { points: fromComputation ? computed.points : own, comment: s?.comment ?? null, fromComputation };
        };
        const layers = { tu_cham: cell('tu_cham'), cum_cham: cell('cum_cham'), hoi_dong: cell('hoi_dong') };
        const final = layers.hoi_dong.points ?? layers.cum_cham.points ?? layers.tu_cham.points;
        return { criterionId: criterion.id, computed, layers, final };
      });
    const layerPoints = (pick: (c: CriterionScores) => number | null) =>
      layerTotals(rows, new Map(scores.map((c) => [c.criterionId, pick(c)])));
    const counts = targetCounts(evaluation, member.unitId);
    return {
      unitId: member.unitId,
      code: member.code,
      name: member.name,
      criteria: scores,
      totals: {
        tu_cham: layerPoints((c) => c.layers.tu_cham.points),
        cum_cham: layerPoints((c) => c.layers.cum_cham.points),
        hoi_dong: layerPoints((c) => c.layers.hoi_dong.points),
      },
      final: layerPoints((c) => c.final),
      targetsExceeded: counts.exceeded,
      targetsMet: counts.met,
    };
  });

  const ranked = rankUnits(
    cards.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      finalTotal: c.final.scored === 0 ? null : c.final.total,
      finalContent: c.final.content,
      targetsExceeded: c.targetsExceeded,
      targetsMet: c.targetsMet,
    })),
    round.tieRule,
  );
  const byUnit = new Map(cards.map((c) => [c.unitId, c]));
  const units: UnitScoreCard[] = ranked.map((r) => ({
    ...byUnit.get(r.unitId)!,
    rank: r.rank,
    tieBrokenBy: r.tieBrokenBy,
  }));
  const names = new Map(cluster.members.map((m) => [m.unitId, m.name]));
  return {
    id: round.id,
    key: roundKey(cluster.year, round.period),
    period: round.period,
    cluster,
    criteria,
    maxima: tableMaxima(rows),
    units,
    tieRule: round.tieRule,
    nominations: round.nominations.map((n) => ({
      ...n,
      unitName: names.get(n.unitId) ?? clusterMessages.unitMissing(n.unitId),
    })),
    minutes: round.minutes,
    documents: round.documents,
  };
}

/** The round of a cluster by its key ("2023-Y"), for the CLI. */
export function findRound(ctx: CoreContext, clusterId: number, key: string): RoundView {
  const cluster = requireCluster(ctx, clusterId);
  const parsed = parseRoundKey(key);
  if (!parsed) throw new AppError('INVALID_INPUT', clusterMessages.roundKeyInvalid(key));
  const round = parsed.year === cluster.year ? ctx.repos.clusterScores.roundFor(clusterId, parsed.period) : undefined;
  if (!round) throw new AppError('NOT_FOUND', clusterMessages.roundMissing(cluster.name, key));
  return roundView(ctx, round.id);
}

/**
 * Saves one layer of one unit's scores in one transaction, each change audited. A score outside its criterion's
 * range is refused with a message naming the unit and the criterion, and nothing of the save is kept.
 */
export function saveScores(ctx: CoreContext, input: ChannelParsedInput<'scores:save'>): RoundView {
  ctx.db.transaction(() => {
    const round = requireRound(ctx, input.roundId);
    const cluster = requireCluster(ctx, round.clusterId);
    const member = cluster.members.find((m) => m.unitId === input.unitId);
    if (!member) {
      const unit = ctx.repos.units.byId(input.unitId);
      throw new AppError('INVALID_INPUT', clusterMessages.notMember(unit?.name ?? String(input.unitId), cluster.name));
    }
    const rows = ctx.repos.clusters.criteria(cluster.id);
    const leaves = leafFlags(rows);
    const byId = new Map(rows.map((r, i) => [r.id, { row: r, leaf: leaves[i]! }]));
    const now = isoNow(ctx);
    for (const entry of input.entries) {
      const found = byId.get(entry.criterionId);
      if (!found) throw new AppError('INVALID_INPUT', clusterMessages.unknownCriterion(entry.criterionId));
      if (!found.leaf) throw new AppError('INVALID_INPUT', clusterMessages.groupNotScored(found.row.code));
      if (entry.points !== null) {
        const problem = pointsProblem(member.name, found.row, entry.points);
        if (problem) throw new AppError('INVALID_INPUT', problem);
      }
      const before = ctx.repos.clusterScores.score(round.id, member.unitId, entry.criterionId, input.layer) ?? null;
      const after: StoredScore = {
        unitId: member.unitId,
        criterionId: entry.criterionId,
        layer: input.layer,
        points: entry.points,
        comment: entry.comment,
      };
      if (before && before.points === after.points && before.comment === after.comment) continue;
      if (!before && after.points === null && after.comment === null) continue;
      ctx.repos.clusterScores.putScore(round.id, after, now);
      const empty = after.points === null && after.comment === null;
      audit(
        ctx,
        'score',
        `${round.id}:${member.unitId}:${entry.criterionId}:${input.layer}`,
        before,
        empty ? null : { ...after, roundId: round.id },
        input.reason,
        {
          unitId: member.unitId,
          indicatorId: found.row.link?.indicatorId ?? null,
          period: roundKey(cluster.year, round.period),
        },
      );
    }
  })();
  return roundView(ctx, input.roundId);
}

export function saveNomination(ctx: CoreContext, input: ChannelParsedInput<'scores:saveNomination'>): RoundView {
  ctx.db.transaction(() => {
    const before = requireRound(ctx, input.roundId);
    const cluster = requireCluster(ctx, before.clusterId);
    for (const n of input.nominations) {
      const member = cluster.members.find((m) => m.unitId === n.unitId);
      if (!member) {
        throw new AppError(
          'INVALID_INPUT',
          clusterMessages.nominee(ctx.repos.units.byId(n.unitId)?.name ?? String(n.unitId)),
        );
      }
      if (input.minutes.voters !== null && n.votes > input.minutes.voters) {
        throw new AppError(
          'INVALID_INPUT',
          clusterMessages.votesAboveVoters(member.name, n.votes, input.minutes.voters),
        );
      }
    }
    const tieRule = [...new Set(input.tieRule)];
    const after = ctx.repos.clusterScores.updateRound(
      before.id,
      { tieRule, nominations: input.nominations, minutes: input.minutes },
      isoNow(ctx),
    );
    audit(ctx, 'score_round', before.id, before, after);
  })();
  return roundView(ctx, input.roundId);
}

/** The fields of the round's printed documents, as the secretary sets them on the round's screen. */
export function saveRoundDocuments(ctx: CoreContext, input: ChannelParsedInput<'scores:saveDocuments'>): RoundView {
  ctx.db.transaction(() => {
    const before = requireRound(ctx, input.roundId);
    const { roundId, ...fields } = input;
    const after = ctx.repos.clusterScores.updateDocuments(roundId, fields, isoNow(ctx));
    audit(ctx, 'score_round', before.id, before, after);
  })();
  return roundView(ctx, input.roundId);
}
