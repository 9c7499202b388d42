import { createHash } from 'node:crypto';
import type { PackageFilePreview, PackagePreview } from '@shared/contract/packages';
import { quarterEndDate, quarterKey, quarterLabel, type Figure } from '@shared/domain/figure';
import { checkFigureEntry, type FigureEntry } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import { isUnitActiveOn, type Unit } from '@shared/domain/unit';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { packageMessages as m } from '@shared/i18n/vi-packages';
import { aggregationKindLabels } from '@shared/i18n/vi-indicator';
import type { CoreContext } from '../context';
import { figureCheckContexts } from '../figures/service';
import { figureText } from '../figures/excel/figure-text';
import { measureOf, sameMeasure } from '../figures/excel/import-changes';
import type { PackageContent, PackageManifest } from './package-format';
import type { PackageReading } from './read-package';

/** A package as read from its file, or the refusal of the file itself (not a package, damaged, tampered). */
export type PackageFileReading = { fileName: string } & ({ reading: PackageReading } | { refusal: string });

/** What applying one accepted package writes. */
export interface PackageWrite {
  fileName: string;
  unit: Unit;
  year: number;
  quarter: Quarter;
  manifest: PackageManifest;
  content: PackageContent;
  standing: 'new' | 'newer' | 'same';
  /** Every figure of the package, changed or not (`saveFigures` counts the unchanged itself). */
  entries: FigureEntry[];
  estimated: number;
}

export interface PlannedPackages {
  preview: PackagePreview;
  writes: PackageWrite[];
}

const nameKey = (name: string, unit: string | null) =>
  `${foldVietnamese(name).replace(/\s+/g, ' ').trim()}|${unit ?? ''}`;

/** What the database holds for one quarter, read once however many packages report on it. */
function quarterState(ctx: CoreContext, year: number, quarter: Quarter) {
  const key = (f: { indicatorId: number; unitId: number | null }) => `${f.indicatorId}:${f.unitId}`;
  return {
    label: quarterLabel(year, quarter),
    end: quarterEndDate(year, quarter),
    current: new Map(ctx.repos.figures.byQuarter(year, quarter).map((f): [string, Figure] => [key(f), f])),
    key,
    checkContext: figureCheckContexts(ctx, year, quarter),
    receipts: ctx.repos.packageReceipts.byPeriod(year, quarter),
  };
}
type QuarterState = ReturnType<typeof quarterState>;

/** The upper plan a package reports on, by its number (and date when two plans share a number), indexed by name. */
function planIndicators(ctx: CoreContext, plan: PackageContent['upperPlan']): Map<string, Indicator> | null {
  const candidates = ctx.repos.plans.all().filter((p) => p.number === plan.number && p.year === plan.year);
  const chosen = candidates.find((p) => p.issuedOn === plan.issuedOn) ?? candidates[0];
  if (!chosen) return null;
  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.id, i]));
  const byName = new Map<string, Indicator>();
  for (const target of ctx.repos.targets.byPlan(chosen.id)) {
    const indicator = indicators.get(target.indicatorId)!;
    byName.set(nameKey(indicator.name, indicator.measureUnit), indicator);
  }
  return byName;
}

interface Planner {
  ctx: CoreContext;
  quarters: Map<string, QuarterState>;
  plans: Map<string, Map<string, Indicator> | null>;
  /** Sender and quarter already taken in this batch, by file name. */
  batch: Map<string, string>;
}

function stateOf(planner: Planner, year: number, quarter: Quarter): QuarterState {
  const k = quarterKey(year, quarter);
  let state = planner.quarters.get(k);
  if (!state) planner.quarters.set(k, (state = quarterState(planner.ctx, year, quarter)));
  return state;
}

function plannedPackage(planner: Planner, fileName: string, { manifest, content }: PackageReading) {
  const { ctx } = planner;
  const { year, quarter } = content.period;
  const state = stateOf(planner, year, quarter);
  const preview: PackageFilePreview = {
    fileName,
    accepted: false,
    sender: { code: content.sender.code, name: content.sender.name, unitId: null },
    year,
    quarter,
    createdAt: manifest.createdAt,
    contentSha256: manifest.contentSha256,
    standing: null,
    changes: [],
    unchanged: 0,
    refusals: [],
    proposals: content.proposals,
  };
  const refuse = (message: string) => {
    preview.refusals.push(message);
    return { preview, write: null };
  };
  const unit = ctx.repos.units.byCode(content.sender.code);
  if (!unit) return refuse(m.unknownSender(fileName, content.sender.name, content.sender.code));
  preview.sender = { code: unit.code, name: unit.name, unitId: unit.id };
  if (!isUnitActiveOn(unit, state.end)) return refuse(m.senderNotActive(fileName, unit.name, state.label));
  const batchKey = `${unit.id}:${year}:${quarter}`;
  const other = planner.batch.get(batchKey);
  if (other !== undefined) return refuse(m.duplicateInBatch(fileName, unit.name, state.label, other));
  planner.batch.set(batchKey, fileName);

  const earlier = state.receipts.filter((r) => r.senderUnitId === unit.id);
  const latest = earlier.at(-1);
  const standing = latest === undefined ? 'new' : latest.contentSha256 === manifest.contentSha256 ? 'same' : 'newer';
  // A package already replaced by a later one, or built before it, never overwrites the later figures.
  const superseded = earlier.some((r) => r.contentSha256 === manifest.contentSha256);
  if (standing === 'newer' && (superseded || latest!.createdAt > manifest.createdAt)) {
    return refuse(
      m.olderThanImported(fileName, unit.name, state.label, formatVietnameseDate(latest!.createdAt.slice(0, 10))),
    );
  }
  preview.standing = standing;

  const planKey = `${content.upperPlan.number}|${content.upperPlan.year}|${content.upperPlan.issuedOn}`;
  if (!planner.plans.has(planKey)) planner.plans.set(planKey, planIndicators(ctx, content.upperPlan));
  const plan = planner.plans.get(planKey)!;
  if (plan === null) return refuse(m.unknownPlan(fileName, content.upperPlan.number, content.upperPlan.year));

  const byKey = new Map(content.targets.map((t) => [t.key, t]));
  const entries: FigureEntry[] = [];
  for (const figure of content.figures) {
    const target = byKey.get(figure.target)!;
    const problem = (text: string) =>
      preview.refusals.push(m.figureRefused(unit.name, target.indicatorName, state.label, text));
    const indicator = plan.get(nameKey(target.indicatorName, target.measureUnit));
    if (!indicator) {
      problem(m.notInPlan);
      continue;
    }
    if (indicator.kind !== target.kind) {
      problem(m.kindDiffers(aggregationKindLabels[target.kind], aggregationKindLabels[indicator.kind]));
      continue;
    }
    if (indicator.areaOnly) {
      problem(m.areaOnly);
      continue;
    }
    const { target: _key, ...measure } = figure;
    const entry: FigureEntry = { indicatorId: indicator.id, unitId: unit.id, ...measure };
    entries.push(entry);
    const before = state.current.get(state.key(entry));
    const after = measureOf(entry);
    if (before && sameMeasure(measureOf(before), after)) {
      preview.unchanged++;
      continue;
    }
    const issues = checkFigureEntry(entry, indicator, state.checkContext(entry));
    for (const issue of issues) if (issue.severity === 'error') problem(issue.message);
    preview.changes.push({
      indicatorId: indicator.id,
      indicatorName: indicator.name,
      kind: before ? 'changed' : 'new',
      beforeText: figureText(before ? measureOf(before) : null, indicator),
      afterText: figureText(after, indicator),
      warnings: issues.filter((i) => i.severity === 'warning').map((i) => i.message),
    });
  }
  if (preview.changes.length > 0 && ctx.repos.locks.isLocked(year, quarter, unit.id)) {
    preview.refusals.push(m.locked(unit.name, state.label));
  }
  preview.accepted = preview.refusals.length === 0;
  if (!preview.accepted) return { preview, write: null };
  const estimated = entries.filter((e) => e.status === 'uoc').length;
  const write: PackageWrite = { fileName, unit, year, quarter, manifest, content, standing, entries, estimated };
  return { preview, write };
}

/** A fingerprint of what applying would write, recomputed by apply inside its transaction. */
function packagesDigest(previews: PackageFilePreview[], ctx: CoreContext): string {
  const accepted = previews
    .filter((p) => p.accepted)
    .map((p) => [
      p.fileName,
      p.contentSha256,
      p.standing,
      p.changes.map((c) => [c.indicatorId, c.beforeText, c.afterText]),
    ]);
  const locks = previews
    .filter((p) => p.accepted)
    .map((p) => ctx.repos.locks.isLocked(p.year!, p.quarter!, p.sender!.unitId!));
  return createHash('sha256').update(JSON.stringify({ accepted, locks })).digest('hex');
}

/**
 * Checks every package read against the database and lists what applying them would do, writing nothing. A package
 * is accepted only if nothing in it is refused (all of a commune's quarter, or none of it).
 */
export function planPackages(ctx: CoreContext, files: PackageFileReading[]): PlannedPackages {
  const planner: Planner = { ctx, quarters: new Map(), plans: new Map(), batch: new Map() };
  const previews: PackageFilePreview[] = [];
  const writes: PackageWrite[] = [];
  for (const file of files) {
    if ('refusal' in file) {
      previews.push({
        fileName: file.fileName,
        accepted: false,
        sender: null,
        year: null,
        quarter: null,
        createdAt: null,
        contentSha256: null,
        standing: null,
        changes: [],
        unchanged: 0,
        refusals: [file.refusal],
        proposals: [],
      });
      continue;
    }
    const { preview, write } = plannedPackage(planner, file.fileName, file.reading);
    previews.push(preview);
    if (write) writes.push(write);
  }
  const accepted = previews.filter((p) => p.accepted);
  const count = (kind: 'new' | 'changed') =>
    accepted.reduce((sum, p) => sum + p.changes.filter((c) => c.kind === kind).length, 0);
  return {
    preview: {
      packages: previews,
      totals: {
        new: count('new'),
        changed: count('changed'),
        unchanged: accepted.reduce((sum, p) => sum + p.unchanged, 0),
        accepted: accepted.length,
        refused: previews.length - accepted.length,
      },
      digest: packagesDigest(previews, ctx),
    },
    writes,
  };
}
