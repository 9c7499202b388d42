import { quarterEndDate, quarterLabel, type Figure } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Target } from '@shared/domain/plan';
import { indicatorGroupLabels, indicatorGroups, type IndicatorGroup } from '@shared/domain/target-form';
import { compareUnits, isUnitActiveOn, type Unit } from '@shared/domain/unit';
import { AppError } from '@shared/errors';
import { unitMessages } from '@shared/i18n/vi-errors';
import { exportMessages, templateLabels } from '@shared/i18n/vi-excel';
import type { CoreContext } from '@core/context';
import { indicatorsOfYear, unitsActiveAt } from '../service';
import { getCouncilProfile } from '@core/settings/service';
import { describeTarget } from './target-text';

type Quarter = 1 | 2 | 3 | 4;

export interface TemplateIndicatorRow {
  indicator: Indicator;
  /** "≥ 44.811" for the unit's own allocation, "≥ 320.080 (toàn huyện)" when only the area has a target. */
  planText: string;
  lastYear: Figure | undefined;
  /** This quarter's figure already in the database: prefilled so a resent file does not clear it. */
  current: Figure | undefined;
}

export interface UnitTemplate {
  unit: Unit;
  year: number;
  quarter: Quarter;
  issuingBody: string;
  groups: Array<{ group: IndicatorGroup; label: string; rows: TemplateIndicatorRow[] }>;
}

/** The units asked for (every unit active at the quarter's end when null), each checked to exist and be active. */
function unitsToExport(ctx: CoreContext, year: number, quarter: Quarter, unitIds: number[] | null): Unit[] {
  const end = quarterEndDate(year, quarter);
  const period = quarterLabel(year, quarter);
  if (unitIds === null) {
    const units = unitsActiveAt(ctx, end);
    if (units.length === 0) throw new AppError('NOT_FOUND', exportMessages.noUnits(period));
    return units;
  }
  const units = [...new Set(unitIds)].map((id) => {
    const unit = ctx.repos.units.byId(id);
    if (!unit) throw new AppError('NOT_FOUND', unitMessages.notFound(id));
    if (!isUnitActiveOn(unit, end))
      throw new AppError('INVALID_INPUT', exportMessages.unitNotActive(unit.name, period));
    return unit;
  });
  // The council's own order (towns and communes first, then agencies), whatever order they were picked in.
  return units.sort(compareUnits);
}

/**
 * What each unit's sheet shows: the year's indicators that units report (area-only ones are entered by the
 * secretary for the whole area), grouped by field in plan order, with the unit's plan, last year's same quarter and
 * the figure already held for this quarter.
 */
export function unitTemplates(
  ctx: CoreContext,
  year: number,
  quarter: Quarter,
  unitIds: number[] | null,
): UnitTemplate[] {
  const indicators = indicatorsOfYear(ctx, year).filter((i) => !i.areaOnly);
  if (indicators.length === 0) throw new AppError('NOT_FOUND', exportMessages.noIndicators(year));
  const units = unitsToExport(ctx, year, quarter, unitIds);
  const profile = getCouncilProfile(ctx);
  const area = templateLabels.wholeArea[profile.level] ?? '';
  const key = (indicatorId: number, unitId: number | null) => `${indicatorId}:${unitId}`;
  // The first target in plan order wins when two plans of the year target the same indicator.
  const targets = new Map<string, Target>();
  for (const target of ctx.repos.targets.byYear(year)) {
    const k = key(target.indicatorId, target.unitId);
    if (!targets.has(k)) targets.set(k, target);
  }
  const current = new Map(ctx.repos.figures.byQuarter(year, quarter).map((f) => [key(f.indicatorId, f.unitId), f]));
  const lastYear = new Map(
    ctx.repos.figures.byQuarter(year - 1, quarter).map((f) => [key(f.indicatorId, f.unitId), f]),
  );

  const planText = (indicator: Indicator, unitId: number): string => {
    const own = targets.get(key(indicator.id, unitId));
    if (own) return describeTarget(own);
    const whole = targets.get(key(indicator.id, null));
    if (!whole) return '';
    const text = describeTarget(whole);
    return text === '' ? '' : `${text} ${templateLabels.areaTarget(area)}`;
  };

  return units.map((unit) => ({
    unit,
    year,
    quarter,
    issuingBody: profile.issuingBody,
    groups: indicatorGroups
      .map((group) => ({
        group,
        label: indicatorGroupLabels[group],
        rows: indicators
          .filter((indicator) => indicator.group === group)
          .map((indicator) => ({
            indicator,
            planText: planText(indicator, unit.id),
            lastYear: lastYear.get(key(indicator.id, unit.id)),
            current: current.get(key(indicator.id, unit.id)),
          })),
      }))
      .filter((g) => g.rows.length > 0),
  }));
}
