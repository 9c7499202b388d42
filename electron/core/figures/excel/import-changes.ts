import type { FigureMeasure, ImportChange, ImportFilePreview, ImportPreview } from '@shared/contract/figures';
import { quarterEndDate, quarterLabel, type Figure } from '@shared/domain/figure';
import { checkFigureEntry, type FigureEntry } from '@shared/domain/figure-checks';
import type { Indicator } from '@shared/domain/indicator';
import { isUnitActiveOn, type Unit } from '@shared/domain/unit';
import { excelPlace, importMessages } from '@shared/i18n/vi-excel';
import type { CoreContext } from '@core/context';
import { figureCheckContexts, indicatorsOfYear } from '../service';
import { figureText } from './figure-text';
import { importDigest } from './import-digest';
import { resolveImportPeriod, type ImportPeriod } from './import-period';
import type { ImportFileReading } from './read-import-file';
import type { TemplateSheetReading } from './read-template-sheet';
import { columnsOfKind, entryFromRow } from './row-entry';
import type { ImportedColumn } from '@core/excel-kit/template-layout';

export interface PlannedImport {
  preview: ImportPreview;
  period: ImportPeriod | null;
  /** Every filled row of the accepted files, changed or not: `saveFigures` counts the unchanged ones itself. */
  entries: FigureEntry[];
}

export const measureOf = (f: Omit<FigureEntry, 'indicatorId' | 'unitId'>): FigureMeasure => ({
  value: f.value,
  numerator: f.numerator,
  denominator: f.denominator,
  achieved: f.achieved,
  status: f.status,
  note: f.note,
});

export const sameMeasure = (a: FigureMeasure, b: FigureMeasure) =>
  a.value === b.value &&
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  a.achieved === b.achieved &&
  a.status === b.status &&
  a.note === b.note;

const key = (indicatorId: number, unitId: number | null) => `${indicatorId}:${unitId}`;

/** What the database holds that the import is checked against, read once. */
function importState(ctx: CoreContext, period: ImportPeriod) {
  const byKey = (figures: Figure[]) => new Map(figures.map((f) => [key(f.indicatorId, f.unitId), f]));
  return {
    period,
    label: quarterLabel(period.year, period.quarter),
    end: quarterEndDate(period.year, period.quarter),
    indicators: new Map(ctx.repos.indicators.all().map((i) => [i.id, i])),
    ofYear: new Set(indicatorsOfYear(ctx, period.year).map((i) => i.id)),
    units: new Map(ctx.repos.units.all().map((u) => [u.code, u])),
    current: byKey(ctx.repos.figures.byQuarter(period.year, period.quarter)),
    checkContext: figureCheckContexts(ctx, period.year, period.quarter),
    isLocked: (unitId: number) => ctx.repos.locks.isLocked(period.year, period.quarter, unitId),
    /** Units already imported in this batch, and where, so a unit sent twice is refused the second time. */
    seenUnits: new Map<number, string>(),
  };
}
type ImportState = ReturnType<typeof importState>;

/** The unit a sheet's marker names, or the refusal: another quarter, an unknown code, an inactive or repeated unit. */
function sheetUnit(
  state: ImportState,
  sheet: TemplateSheetReading,
  at: { file: string; sheet: string },
): Unit | string {
  const place = excelPlace(at);
  const { marker } = sheet;
  if (marker.year !== state.period.year || marker.quarter !== state.period.quarter) {
    return importMessages.wrongPeriod(place, quarterLabel(marker.year, marker.quarter), state.label);
  }
  const unit = state.units.get(marker.unitCode);
  if (!unit) return importMessages.unknownUnit(place, marker.unitCode);
  if (!isUnitActiveOn(unit, state.end)) return importMessages.unitNotActive(place, unit.name, state.label);
  const first = state.seenUnits.get(unit.id);
  if (first !== undefined) return importMessages.duplicateUnit(place, unit.name, first);
  state.seenUnits.set(unit.id, place);
  return unit;
}

/**
 * The indicator a row's hidden id names, or the refusal. Never matched by name. The place is only worded for a
 * refusal: 10.000 rows of a province import mostly have none.
 */
function rowIndicator(state: ImportState, id: number | string, place: () => string): Indicator | string {
  const indicator = typeof id === 'number' ? state.indicators.get(id) : undefined;
  if (!indicator) return importMessages.unknownIndicator(place(), String(id));
  if (!state.ofYear.has(indicator.id))
    return importMessages.indicatorNotInPlan(place(), indicator.name, state.period.year);
  if (indicator.areaOnly) return importMessages.areaOnly(place(), indicator.name);
  return indicator;
}

function planSheet(
  state: ImportState,
  file: ImportFilePreview,
  sheet: TemplateSheetReading,
  entries: FigureEntry[],
): void {
  const at = { file: file.fileName, sheet: sheet.sheetName };
  const unit = sheetUnit(state, sheet, at);
  if (typeof unit === 'string') {
    file.refusals.push(unit);
    return;
  }
  file.units.push({ sheetName: sheet.sheetName, unitId: unit.id, unitCode: unit.code, unitName: unit.name });
  const rowOf = new Map<number, number>();
  let firstChange: string | undefined;
  for (const row of sheet.rows) {
    const place = (column: ImportedColumn) => excelPlace({ ...at, row: row.row, column: sheet.letters[column] });
    const indicator = rowIndicator(state, row.indicatorId, () => place('indicatorId'));
    if (typeof indicator === 'string') {
      file.refusals.push(indicator);
      continue;
    }
    const earlier = rowOf.get(indicator.id);
    if (earlier !== undefined) {
      file.refusals.push(importMessages.duplicateIndicator(place('indicatorId'), indicator.name, earlier));
      continue;
    }
    rowOf.set(indicator.id, row.row);
    const { entry, refusals } = entryFromRow(row, indicator, unit.id, place);
    file.refusals.push(...refusals);
    if (refusals.length > 0) continue;
    if (entry === null) {
      file.blank++;
      continue;
    }
    entries.push(entry);
    const before = state.current.get(key(indicator.id, unit.id));
    const after = measureOf(entry);
    if (before && sameMeasure(measureOf(before), after)) {
      file.unchanged++;
      continue;
    }
    const inputPlace = () => place(columnsOfKind(indicator.kind)[0]!);
    firstChange ??= inputPlace();
    const issues = checkFigureEntry(entry, indicator, state.checkContext(entry));
    const errors = issues.filter((i) => i.severity === 'error').map((i) => i.message);
    file.refusals.push(...errors.map((message) => importMessages.entryProblem(inputPlace(), message)));
    file.changes.push(describeChange(sheet, row.row, unit, indicator, before, after, errors, issues));
  }
  if (firstChange !== undefined && state.isLocked(unit.id)) {
    file.refusals.push(importMessages.locked(firstChange, unit.name, state.label));
  }
}

function describeChange(
  sheet: TemplateSheetReading,
  row: number,
  unit: Unit,
  indicator: Indicator,
  before: Figure | undefined,
  after: FigureMeasure,
  errors: string[],
  issues: ReturnType<typeof checkFigureEntry>,
): ImportChange {
  const beforeMeasure = before ? measureOf(before) : null;
  return {
    sheetName: sheet.sheetName,
    row,
    unitId: unit.id,
    unitCode: unit.code,
    unitName: unit.name,
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    kind: indicator.kind,
    measureUnit: indicator.measureUnit,
    before: beforeMeasure,
    after,
    beforeText: figureText(beforeMeasure, indicator),
    afterText: figureText(after, indicator),
    errors,
    warnings: issues.filter((i) => i.severity === 'warning').map((i) => i.message),
  };
}

/**
 * Checks the files read against the database and lists what importing them would do, writing nothing. A file is
 * accepted only if nothing in it is refused; the entries of accepted files are what apply passes to `saveFigures`.
 */
export function planImport(
  ctx: CoreContext,
  readings: ImportFileReading[],
  pick: Partial<ImportPeriod>,
): PlannedImport {
  const period = resolveImportPeriod(readings, pick);
  const state = period === null ? null : importState(ctx, period);
  const entries: FigureEntry[] = [];
  const files = readings.map((reading) => {
    const file: ImportFilePreview = {
      fileName: reading.fileName,
      accepted: false,
      units: [],
      changes: [],
      unchanged: 0,
      blank: 0,
      refusals: [...reading.refusals],
      notices: [...reading.notices],
    };
    const fileEntries: FigureEntry[] = [];
    if (state !== null) for (const sheet of reading.sheets) planSheet(state, file, sheet, fileEntries);
    file.accepted = file.refusals.length === 0 && file.units.length > 0;
    if (file.accepted) entries.push(...fileEntries);
    return file;
  });
  const accepted = files.filter((f) => f.accepted);
  const preview: ImportPreview = {
    year: period?.year ?? null,
    quarter: period?.quarter ?? null,
    files,
    totals: {
      changes: accepted.reduce((sum, f) => sum + f.changes.length, 0),
      unchanged: accepted.reduce((sum, f) => sum + f.unchanged, 0),
      blank: accepted.reduce((sum, f) => sum + f.blank, 0),
      acceptedFiles: accepted.length,
      refusedFiles: files.length - accepted.length,
    },
    digest: importDigest(period?.year ?? null, period?.quarter ?? null, files),
  };
  return { preview, period, entries };
}
