import { createHash } from 'node:crypto';
import type { ChannelParsedInput } from '@shared/contract';
import type {
  ScoreImportApplyResult,
  ScoreImportChange,
  ScoreImportFilePreview,
  ScoreImportPreview,
  SelfScore,
} from '@shared/contract/scores';
import type { ExcelFile } from '@shared/contract/excel';
import type { Cluster } from '@shared/domain/cluster';
import { roundKey } from '@shared/domain/cluster';
import type { RoundView } from '@shared/domain/cluster-round';
import { AppError } from '@shared/errors';
import { selfScoreMessages } from '@shared/i18n/vi-cluster-excel';
import { excelPlace, importMessages } from '@shared/i18n/vi-excel';
import { leafFlags } from '@shared/scoring/criteria';
import { pointsProblem } from '@shared/scoring/points';
import type { CoreContext } from '../context';
import { roundView, saveScores } from './service';
import { readEachIsolated } from '../isolation/isolated-read';
import type { SelfScoreFileReading, SelfScoreSheetReading } from './cluster-read-sheet';

const pointsFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function scoreText(score: SelfScore | null): string {
  if (score === null || (score.points === null && score.comment === null)) return selfScoreMessages.empty;
  const points = score.points === null ? selfScoreMessages.empty : pointsFormat.format(score.points);
  return score.comment === null ? points : `${points}${selfScoreMessages.commentSuffix(score.comment)}`;
}

interface Target {
  round: RoundView;
  cluster: Cluster;
}

interface Planner {
  ctx: CoreContext;
  target: Target | null;
  units: Map<number, string>;
}

/** The round a sheet's marker names, checked against the database; a refusal when it does not hold. */
function roundOf(planner: Planner, sheet: SelfScoreSheetReading, place: string): Target | string {
  const { ctx } = planner;
  const stored = ctx.repos.clusterScores.roundById(sheet.marker.roundId);
  const cluster = stored ? ctx.repos.clusters.byId(stored.clusterId) : undefined;
  if (
    !stored ||
    !cluster ||
    cluster.id !== sheet.marker.clusterId ||
    roundKey(cluster.year, stored.period) !== sheet.marker.roundKey
  ) {
    return selfScoreMessages.unknownRound(place);
  }
  if (planner.target === null) planner.target = { round: roundView(ctx, stored.id), cluster };
  else if (planner.target.round.id !== stored.id) {
    return selfScoreMessages.otherRound(
      place,
      `${sheet.marker.roundKey} (${cluster.name})`,
      `${planner.target.round.key} (${planner.target.cluster.name})`,
    );
  }
  return planner.target;
}

function planSheet(planner: Planner, fileName: string, sheet: SelfScoreSheetReading, preview: ScoreImportFilePreview) {
  const place = excelPlace({ file: fileName, sheet: sheet.sheetName });
  const target = roundOf(planner, sheet, place);
  if (typeof target === 'string') return preview.refusals.push(target);
  const { round, cluster } = target;
  const member = cluster.members.find((m) => m.code === sheet.marker.unitCode);
  if (!member) return preview.refusals.push(selfScoreMessages.unknownUnit(place, sheet.marker.unitCode, cluster.name));
  const first = planner.units.get(member.unitId);
  if (first !== undefined) return preview.refusals.push(selfScoreMessages.duplicateUnit(place, member.name, first));
  planner.units.set(member.unitId, place);
  preview.units.push({
    sheetName: sheet.sheetName,
    unitId: member.unitId,
    unitCode: member.code,
    unitName: member.name,
  });

  const leaves = leafFlags(round.criteria);
  const criteria = new Map(round.criteria.map((c, i) => [c.id, { row: c, leaf: leaves[i]! }]));
  const card = round.units.find((u) => u.unitId === member.unitId)!;
  const seen = new Map<number, number>();
  for (const line of sheet.rows) {
    const rowPlace = excelPlace({ file: fileName, sheet: sheet.sheetName, row: line.row });
    const found = typeof line.criterionId === 'number' ? criteria.get(line.criterionId) : undefined;
    if (!found) {
      preview.refusals.push(selfScoreMessages.unknownCriterion(rowPlace, String(line.criterionId)));
      continue;
    }
    const criterion = found.row;
    if (!found.leaf) {
      preview.refusals.push(selfScoreMessages.groupCriterion(rowPlace, criterion.code));
      continue;
    }
    const firstRow = seen.get(criterion.id);
    if (firstRow !== undefined) {
      preview.refusals.push(selfScoreMessages.duplicateCriterion(rowPlace, criterion.code, firstRow));
      continue;
    }
    seen.set(criterion.id, line.row);
    const computed = card.criteria.find((c) => c.criterionId === criterion.id)?.computed ?? null;
    let points = line.points;
    // A computed criterion with a result was exported locked: its score follows the figures.
    if (computed !== null && computed.points !== null && points !== null) {
      if (points !== computed.points) preview.notices.push(selfScoreMessages.computedIgnored(rowPlace, criterion.code));
      points = null;
    }
    if (points !== null) {
      const problem = pointsProblem(member.name, criterion, points);
      if (problem) {
        preview.refusals.push(selfScoreMessages.pointsProblem(line.pointsPlace, problem));
        continue;
      }
    }
    if (points === null && line.comment === null) {
      preview.blank++;
      continue;
    }
    const stored = planner.ctx.repos.clusterScores.score(round.id, member.unitId, criterion.id, 'tu_cham');
    const before: SelfScore | null = stored ? { points: stored.points, comment: stored.comment } : null;
    const after: SelfScore = {
      points: points ?? before?.points ?? null,
      comment: line.comment ?? before?.comment ?? null,
    };
    if (before !== null && before.points === after.points && before.comment === after.comment) {
      preview.unchanged++;
      continue;
    }
    const change: ScoreImportChange = {
      sheetName: sheet.sheetName,
      row: line.row,
      unitId: member.unitId,
      unitCode: member.code,
      unitName: member.name,
      criterionId: criterion.id,
      criterionCode: criterion.code,
      criterionTitle: criterion.title,
      before,
      after,
      beforeText: scoreText(before),
      afterText: scoreText(after),
    };
    preview.changes.push(change);
  }
}

export function selfScoreDigest(roundId: number | null, files: ScoreImportFilePreview[]): string {
  const accepted = files
    .filter((f) => f.accepted)
    .map((f) => ({ file: f.fileName, changes: f.changes.map((c) => [c.unitId, c.criterionId, c.before, c.after]) }));
  return createHash('sha256').update(JSON.stringify({ roundId, accepted })).digest('hex');
}

/** Every file's changes and refusals against the database as it is now; writes nothing. */
export function planSelfScoreImport(ctx: CoreContext, readings: SelfScoreFileReading[]): ScoreImportPreview {
  const planner: Planner = { ctx, target: null, units: new Map() };
  const files = readings.map((reading) => {
    const preview: ScoreImportFilePreview = {
      fileName: reading.fileName,
      accepted: false,
      units: [],
      changes: [],
      unchanged: 0,
      blank: 0,
      refusals: [...reading.refusals],
      notices: [...reading.notices],
    };
    for (const sheet of reading.sheets) planSheet(planner, reading.fileName, sheet, preview);
    preview.accepted = preview.refusals.length === 0 && preview.units.length > 0;
    return preview;
  });
  const accepted = files.filter((f) => f.accepted);
  const roundId = planner.target?.round.id ?? null;
  return {
    roundId,
    roundKey: planner.target?.round.key ?? null,
    clusterName: planner.target?.cluster.name ?? null,
    files,
    totals: {
      changes: accepted.reduce((s, f) => s + f.changes.length, 0),
      unchanged: accepted.reduce((s, f) => s + f.unchanged, 0),
      blank: accepted.reduce((s, f) => s + f.blank, 0),
      acceptedFiles: accepted.length,
      refusedFiles: files.length - accepted.length,
    },
    digest: selfScoreDigest(roundId, files),
  };
}

/** Each file read in the isolated reader, one at a time; what comes back is plain row data. */
function readAll(ctx: CoreContext, files: ExcelFile[]): Promise<SelfScoreFileReading[]> {
  return readEachIsolated(ctx.log, 'read-self-score-file', files, (file, message) => ({
    fileName: file.fileName,
    sheets: [],
    refusals: [message],
    notices: [],
  }));
}

/** Nhập phiếu tự chấm, step 1: every change, unchanged row and refusal, and the digest. */
export async function previewSelfScoreImport(
  ctx: CoreContext,
  input: ChannelParsedInput<'scores:previewImport'>,
): Promise<ScoreImportPreview> {
  return planSelfScoreImport(ctx, await readAll(ctx, input.files));
}

/**
 * Step 2: reads the files again and, in one transaction, recomputes the preview, refuses if its digest differs from
 * the one confirmed, then saves the accepted changes into the units' own layer (tự chấm) with `saveScores`, which
 * re-checks every score and audits each change.
 */
export async function applySelfScoreImport(
  ctx: CoreContext,
  input: ChannelParsedInput<'scores:applyImport'>,
): Promise<ScoreImportApplyResult> {
  const readings = await readAll(ctx, input.files);
  return ctx.db.transaction((): ScoreImportApplyResult => {
    const preview = planSelfScoreImport(ctx, readings);
    if (preview.digest !== input.digest) throw new AppError('CONFLICT', importMessages.changedSincePreview);
    const accepted = preview.files.filter((f) => f.accepted);
    if (preview.roundId === null || accepted.length === 0) {
      const refusals = preview.files.flatMap((f) => f.refusals);
      throw new AppError('INVALID_INPUT', importMessages.nothingToApply(refusals[0] ?? '', refusals.length - 1));
    }
    const reason = input.reason ?? selfScoreMessages.reason(accepted.map((f) => f.fileName).join(', '));
    const byUnit = new Map<number, ScoreImportChange[]>();
    for (const change of accepted.flatMap((f) => f.changes)) {
      byUnit.set(change.unitId, [...(byUnit.get(change.unitId) ?? []), change]);
    }
    for (const [unitId, changes] of byUnit) {
      saveScores(ctx, {
        roundId: preview.roundId,
        unitId,
        layer: 'tu_cham',
        entries: changes.map((c) => ({ criterionId: c.criterionId, points: c.after.points, comment: c.after.comment })),
        reason,
      });
    }
    return {
      roundId: preview.roundId,
      changed: preview.totals.changes,
      files: preview.files.map((f) => ({
        fileName: f.fileName,
        status: !f.accepted ? 'refused' : f.changes.length > 0 ? 'applied' : 'unchanged',
        changes: f.accepted ? f.changes.length : 0,
        refusals: f.refusals,
      })),
    };
  })();
}
