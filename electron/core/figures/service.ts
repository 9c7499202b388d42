import type { ChannelParsedInput } from '@shared/contract';
import type { AuditView } from '@shared/contract/audit';
import type { FigureGrid, FigureSaveResult, FigureView } from '@shared/contract/figures';
import { quarterEndDate, quarterKey, quarterLabel, type Figure } from '@shared/domain/figure';
import {
  checkFigureEntry,
  isEmptyEntry,
  type FigureCheckContext,
  type FigureEntry,
} from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import { compareUnits, isUnitActiveOn, type Unit } from '@shared/domain/unit';
import { AppError } from '@shared/errors';
import { figureMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';

type Quarter = 1 | 2 | 3 | 4;

/** The indicators the year's plans set targets for, in plan order. */
export function indicatorsOfYear(ctx: CoreContext, year: number): Indicator[] {
  const byId = new Map(ctx.repos.indicators.all().map((i) => [i.id, i]));
  const seen = new Set<number>();
  const result: Indicator[] = [];
  for (const target of ctx.repos.targets.byYear(year)) {
    if (seen.has(target.indicatorId)) continue;
    seen.add(target.indicatorId);
    const indicator = byId.get(target.indicatorId);
    if (indicator) result.push(indicator);
  }
  return result;
}

export function unitsActiveAt(ctx: CoreContext, isoDate: string): Unit[] {
  return ctx.repos.units
    .all()
    .filter((u) => isUnitActiveOn(u, isoDate))
    .sort(compareUnits);
}

export function figureGrid(ctx: CoreContext, year: number, quarter: Quarter): FigureGrid {
  const thisYear = ctx.repos.figures.byYear(year);
  return {
    year,
    quarter,
    indicators: indicatorsOfYear(ctx, year),
    targets: ctx.repos.targets.byYear(year),
    units: unitsActiveAt(ctx, quarterEndDate(year, quarter)),
    figures: thisYear.filter((f) => f.quarter === quarter),
    earlierQuarters: thisYear.filter((f) => f.quarter < quarter),
    lastYear: ctx.repos.figures.byQuarter(year - 1, quarter),
    locks: ctx.repos.locks.byYear(year).filter((l) => l.quarter === quarter),
  };
}

const sameFigure = (a: Figure, b: Figure) =>
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.achieved === b.achieved &&
  a.status === b.status &&
  (a.note ?? null) === (b.note ?? null);

export const figureEntityId = (f: Pick<Figure, 'indicatorId' | 'unitId' | 'year' | 'quarter'>) =>
  `${f.indicatorId}:${f.unitId ?? 'toan-dia-ban'}:${quarterKey(f.year, f.quarter)}`;

/**
 * What each entry of a quarter is checked against, read once for a batch: the same quarter last year, the quarter
 * before, and the scope's own target of the year (the first in plan order when two plans target the indicator).
 * The grid and the Excel preview give the same checks the same context.
 */
export function figureCheckContexts(
  ctx: CoreContext,
  year: number,
  quarter: Quarter,
): (entry: Pick<FigureEntry, 'indicatorId' | 'unitId'>) => FigureCheckContext {
  const key = (f: { indicatorId: number; unitId: number | null }) => `${f.indicatorId}:${f.unitId}`;
  const byKey = (figures: Figure[]) => new Map(figures.map((f) => [key(f), f]));
  const lastYear = byKey(ctx.repos.figures.byQuarter(year - 1, quarter));
  const previous = quarter > 1 ? byKey(ctx.repos.figures.byQuarter(year, quarter - 1)) : new Map<string, Figure>();
  const targets = new Map<string, Target>();
  for (const target of ctx.repos.targets.byYear(year)) if (!targets.has(key(target))) targets.set(key(target), target);
  return (entry) => ({
    lastYear: lastYear.get(key(entry)),
    previousQuarter: previous.get(key(entry)),
    annualTarget: targets.get(key(entry)),
  });
}

/**
 * Saves a batch of entered figures in one transaction: every entry is checked first (locked quarter, wrong fields,
 * impossible numbers) and any error refuses the whole batch, naming unit, indicator and quarter. Unchanged entries
 * are not rewritten; every real change is audited. Warnings are returned, not enforced.
 */
export function saveFigures(ctx: CoreContext, input: ChannelParsedInput<'figures:save'>): FigureSaveResult {
  return ctx.db.transaction(() => {
    const { year, quarter } = input;
    const period = quarterKey(year, quarter);
    const label = quarterLabel(year, quarter);
    const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.id, i]));
    const units = new Map(ctx.repos.units.all().map((u) => [u.id, u]));
    const checkContext = figureCheckContexts(ctx, year, quarter);
    const result: FigureSaveResult = { inserted: 0, updated: 0, deleted: 0, unchanged: 0, warnings: [] };
    const errors: string[] = [];
    const writes: Array<{ figure: Figure; before: Figure | undefined }> = [];

    for (const entry of input.entries) {
      const indicator = indicators.get(entry.indicatorId);
      if (!indicator) throw new AppError('NOT_FOUND', figureMessages.unknownIndicator(entry.indicatorId));
      const unitName = entry.unitId === null ? figureMessages.wholeArea : units.get(entry.unitId)?.name;
      if (unitName === undefined) throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị (mã số ${entry.unitId}).`);
      const figure: Figure = { ...entry, year, quarter };
      const before = ctx.repos.figures.one(entry.indicatorId, entry.unitId, year, quarter);
      if (before ? sameFigure(before, figure) : isEmptyEntry(figure)) {
        result.unchanged++;
        continue;
      }
      if (ctx.repos.locks.isLocked(year, quarter, entry.unitId)) {
        throw new AppError('LOCKED', figureMessages.locked(unitName, label));
      }
      for (const issue of checkFigureEntry(entry, indicator, checkContext(entry))) {
        const message = figureMessages.rowProblem(unitName, indicator.name, label, issue.message);
        if (issue.severity === 'error') errors.push(message);
        else result.warnings.push({ indicatorId: indicator.id, unitId: entry.unitId, message });
      }
      writes.push({ figure, before });
    }
    if (errors.length > 0) {
      const shown = errors.slice(0, 5).join('\n');
      throw new AppError(
        'INVALID_INPUT',
        errors.length > 5 ? `${shown}\n${figureMessages.more(errors.length - 5)}` : shown,
      );
    }

    const now = isoNow(ctx);
    for (const { figure, before } of writes) {
      const scope = { unitId: figure.unitId, indicatorId: figure.indicatorId, period };
      if (isEmptyEntry(figure)) {
        ctx.repos.figures.delete(figure.indicatorId, figure.unitId, year, quarter);
        result.deleted++;
        audit(ctx, 'figure', figureEntityId(figure), before, null, input.reason, scope);
      } else {
        ctx.repos.figures.upsert(figure, ctx.actor, now);
        if (before) result.updated++;
        else result.inserted++;
        audit(ctx, 'figure', figureEntityId(figure), before ?? null, figure, input.reason, scope);
      }
    }
    return result;
  })();
}

export function listFigures(ctx: CoreContext, year: number, quarter?: number): FigureView[] {
  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.id, i]));
  const units = new Map(ctx.repos.units.all().map((u) => [u.id, u]));
  return ctx.repos.figures
    .byYear(year)
    .filter((f) => quarter === undefined || f.quarter === quarter)
    .map((f) => {
      const indicator = indicators.get(f.indicatorId)!;
      const unit = f.unitId === null ? undefined : units.get(f.unitId);
      return {
        ...f,
        indicator: indicator.name,
        kind: indicator.kind,
        measureUnit: indicator.measureUnit,
        unitCode: unit?.code ?? null,
        unitName: unit?.name ?? null,
        period: quarterKey(f.year, f.quarter),
      };
    });
}

export function figureHistory(ctx: CoreContext, input: ChannelParsedInput<'figures:history'>): AuditView[] {
  return ctx.repos.audit.forEntity('figure', figureEntityId(input));
}
