import type { Figure } from '@shared/domain/figure';
import { quarterLabel } from '@shared/domain/figure';
import type { Indicator } from '@shared/domain/indicator';
import type { Quarter } from '@shared/domain/period';
import { totalAtQuarter, type QuarterTotal } from '@shared/evaluation/aggregate-units';
import { indexFigures, quarterFigures } from '@shared/evaluation/figure-index';
import { AppError } from '@shared/errors';
import { packageMessages as m } from '@shared/i18n/vi-packages';
import type { CoreContext } from '../context';
import { getCouncilProfile } from '../settings/service';
import { describeTarget } from '../figures/excel/target-text';
import type { PackageContent } from './package-format';
import { getPackageSettings } from './service';

type PackageFigure = PackageContent['figures'][number];

export interface BuiltPackage {
  content: PackageContent;
  missing: string[];
  /** The same targets and figures, for the human-readable workbook in the template layout. */
  rows: Array<{ indicator: Indicator; planText: string; current: Figure | undefined }>;
}

/**
 * The commune's whole-area figure as the upper level stores it for the commune, from the commune's own figures by
 * the indicator's kind (`totalAtQuarter`: Σ of villages for a flow, Σ numerators ÷ Σ denominators for a rate, …).
 * Rates and intensities travel as numerator and denominator so the province can add communes up again.
 */
function measureOf(indicator: Indicator, total: QuarterTotal, area: Figure | null): Omit<PackageFigure, 'target'> {
  const status = total.estimated || area?.status === 'uoc' ? 'uoc' : 'chinh_thuc';
  const base = {
    value: null,
    numerator: null,
    denominator: null,
    achieved: null,
    status,
    note: area?.note ?? null,
  } as const;
  switch (indicator.kind) {
    case 'rate':
      return total.numerator !== null && total.denominator !== null
        ? { ...base, numerator: total.numerator, denominator: total.denominator }
        : { ...base, value: total.value, denominator: total.denominator };
    case 'intensity':
      return { ...base, numerator: total.numerator, denominator: total.denominator };
    case 'qualitative':
    case 'unit_count':
      return { ...base, achieved: total.achieved };
    default:
      return { ...base, value: total.value };
  }
}

const usable = (f: Omit<PackageFigure, 'target'>) => f.value !== null || f.numerator !== null || f.achieved !== null;

/**
 * What the commune sends for a quarter: its identity, the upper plan's targets it reports on (through the links the
 * secretary confirmed), one figure per target computed from its own figures, and the award proposals it sends up.
 * Targets without a usable figure are listed in `missing`, not invented.
 */
export function buildPackageContent(ctx: CoreContext, year: number, quarter: Quarter): BuiltPackage {
  const settings = getPackageSettings(ctx);
  if (settings.senderCode.trim() === '') throw new AppError('INVALID_INPUT', m.noSenderCode);
  if (settings.upperPlanId === null) throw new AppError('INVALID_INPUT', m.noUpperPlan);
  if (settings.links.length === 0) throw new AppError('INVALID_INPUT', m.noLinks);
  const plan = ctx.repos.plans.byId(settings.upperPlanId);
  if (!plan) throw new AppError('NOT_FOUND', m.planNotFound(settings.upperPlanId));
  if (!plan.number) throw new AppError('INVALID_INPUT', m.upperPlanWithoutNumber(plan.title));
  const profile = getCouncilProfile(ctx);
  const indicators = new Map(ctx.repos.indicators.all().map((i) => [i.id, i]));
  const index = indexFigures(ctx.repos.figures.byQuarter(year, quarter));
  const own = new Map(settings.links.map((l) => [l.upperIndicatorId, l.ownIndicatorId]));
  const label = quarterLabel(year, quarter);

  const targets: PackageContent['targets'] = [];
  const figures: PackageContent['figures'] = [];
  const missing: string[] = [];
  const rows: BuiltPackage['rows'] = [];
  const seen = new Set<number>();
  for (const target of ctx.repos.targets.byPlan(plan.id)) {
    const ownId = own.get(target.indicatorId);
    if (target.unitId !== null || ownId === undefined || seen.has(target.indicatorId)) continue;
    seen.add(target.indicatorId);
    const upper = indicators.get(target.indicatorId)!;
    const mine = indicators.get(ownId)!;
    const key = targets.length + 1;
    targets.push({
      key,
      indicatorName: upper.name,
      measureUnit: upper.measureUnit,
      kind: upper.kind,
      targetText: describeTarget(target),
    });
    const quarterOf = quarterFigures(index, mine.id, year, quarter);
    const total = totalAtQuarter(mine, quarterOf, null);
    const measure = total === null ? null : measureOf(upper, total, quarterOf?.area ?? null);
    const planText = describeTarget(target);
    if (measure === null || !usable(measure)) {
      missing.push(total?.notAggregable ? m.cannotCombine(upper.name) : m.missingFigure(upper.name, label));
      rows.push({ indicator: upper, planText, current: undefined });
      continue;
    }
    figures.push({ target: key, ...measure });
    rows.push({
      indicator: upper,
      planText,
      current: { ...measure, indicatorId: upper.id, unitId: null, year, quarter },
    });
  }

  const proposals: PackageContent['proposals'] = [];
  for (const proposal of ctx.repos.proposals.all(year)) {
    for (const entry of ctx.repos.proposals.entries(proposal.id)) {
      if (entry.status !== 'de_nghi_cap_tren') continue;
      const recipient = entry.personId === null ? entry.name : `${entry.name} (${entry.unitName})`;
      proposals.push({ title: proposal.titleName, recipient, summary: entry.achievements });
    }
  }

  return {
    content: {
      sender: {
        name: profile.issuerName || profile.issuingBody || settings.senderCode,
        level: profile.level,
        code: settings.senderCode,
      },
      receiver: { name: settings.upperCouncilName },
      period: { year, quarter },
      upperPlan: { number: plan.number, issuedOn: plan.issuedOn, title: plan.title, year: plan.year },
      targets,
      figures,
      proposals,
    },
    missing,
    rows,
  };
}
