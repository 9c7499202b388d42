import type { ChannelParsedInput } from '@shared/contract';
import type { BoardRow, LinkProposal, PackageBoard, PackageSettings } from '@shared/contract/packages';
import { quarterEndDate } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import { defaultReportingCalendar, reportingPeriod, senderState } from '@shared/domain/reporting-calendar';
import { AppError } from '@shared/errors';
import { packageMessages as m } from '@shared/i18n/vi-packages';
import { proposeEarlierIndicator } from '@shared/plan-text/earlier-indicator';
import { isoNow, localToday, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { unitsActiveAt } from '../figures/service';
import { describeTarget } from '../figures/excel/target-text';
import { contentSchema } from './package-format';

const settingsKey = 'packages.settings';

const emptySettings: PackageSettings = {
  senderCode: '',
  upperCouncilName: '',
  upperPlanId: null,
  links: [],
  calendar: defaultReportingCalendar,
};

export function getPackageSettings(ctx: CoreContext): PackageSettings {
  return { ...emptySettings, ...ctx.repos.settings.get<Partial<PackageSettings>>(settingsKey) };
}

function writeSettings(ctx: CoreContext, next: PackageSettings): PackageSettings {
  return ctx.db.transaction(() => {
    const before = ctx.repos.settings.get<PackageSettings>(settingsKey) ?? null;
    ctx.repos.settings.set(settingsKey, next, isoNow(ctx));
    audit(ctx, 'setting', settingsKey, before, next);
    return getPackageSettings(ctx);
  })();
}

export function savePackageSettings(
  ctx: CoreContext,
  input: ChannelParsedInput<'packages:saveSettings'>,
): PackageSettings {
  return writeSettings(ctx, { ...getPackageSettings(ctx), ...input });
}

const planLabel = (plan: { number: string | null; title: string; year: number }) =>
  `${plan.number ? `${plan.number} – ` : ''}${plan.title} (${plan.year})`;

/**
 * The upper plan's targets with the commune's own indicator for each: the confirmed link, or a proposal by name
 * among the commune's indicators of the same kind (the secretary confirms; nothing is linked silently).
 */
export function linkProposal(ctx: CoreContext, upperPlanId?: number): LinkProposal {
  const settings = getPackageSettings(ctx);
  const planId = upperPlanId ?? settings.upperPlanId;
  const plans = ctx.repos.plans.all().map((p) => ({ id: p.id, label: planLabel(p) }));
  if (planId === null) return { upperPlanId: null, plans, rows: [] };
  const plan = ctx.repos.plans.byId(planId);
  if (!plan) throw new AppError('NOT_FOUND', m.planNotFound(planId));
  const indicators = ctx.repos.indicators.all();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const linked = new Map(
    planId === settings.upperPlanId ? settings.links.map((l) => [l.upperIndicatorId, l.ownIndicatorId]) : [],
  );
  const seen = new Set<number>();
  const rows: LinkProposal['rows'] = [];
  for (const target of ctx.repos.targets.byPlan(planId)) {
    if (target.unitId !== null || seen.has(target.indicatorId)) continue;
    seen.add(target.indicatorId);
    const upper = byId.get(target.indicatorId)!;
    const candidates = indicators
      .filter((i) => i.kind === upper.kind)
      .map((i) => ({ id: i.id, name: i.name, measureUnit: i.measureUnit }));
    rows.push({
      upperIndicatorId: upper.id,
      upperName: upper.name,
      measureUnit: upper.measureUnit,
      kind: upper.kind,
      targetText: describeTarget(target),
      linkedIndicatorId: linked.get(upper.id) ?? null,
      proposedIndicatorId: proposeEarlierIndicator(upper.name, candidates)?.id ?? null,
      candidates,
    });
  }
  return { upperPlanId: planId, plans, rows };
}

/** Confirms the links once; each must pair an upper target of the chosen plan with an indicator of the same kind. */
export function saveLinks(ctx: CoreContext, input: ChannelParsedInput<'packages:saveLinks'>): PackageSettings {
  const proposal = linkProposal(ctx, input.upperPlanId);
  const rows = new Map(proposal.rows.map((r) => [r.upperIndicatorId, r]));
  for (const link of input.links) {
    const row = rows.get(link.upperIndicatorId);
    if (!row) throw new AppError('INVALID_INPUT', m.linkNotInPlan(link.upperIndicatorId));
    const own = ctx.repos.indicators.byId(link.ownIndicatorId);
    if (!own) throw new AppError('NOT_FOUND', m.linkNotInPlan(link.ownIndicatorId));
    if (own.kind !== row.kind) throw new AppError('INVALID_INPUT', m.linkKindDiffers(row.upperName, own.name));
  }
  return writeSettings(ctx, { ...getPackageSettings(ctx), upperPlanId: input.upperPlanId, links: input.links });
}

/**
 * The province's status board for a quarter: each commune-level unit active at the quarter's end, its latest package
 * (sent when, received when, how many figures and how many still estimates) and whether it is on time, late,
 * overdue or not yet due under the reporting calendar.
 */
export function packageBoard(ctx: CoreContext, year: number, quarter: Quarter): PackageBoard {
  const window = reportingPeriod(year, quarter, getPackageSettings(ctx).calendar);
  const receipts = ctx.repos.packageReceipts.byPeriod(year, quarter);
  const today = localToday(ctx);
  const end = quarterEndDate(year, quarter);
  const rows: BoardRow[] = unitsActiveAt(ctx, end)
    .filter(
      (u) =>
        u.kind === 'xa' ||
        u.kind === 'phuong' ||
        u.kind === 'thi_tran' ||
        receipts.some((r) => r.senderUnitId === u.id),
    )
    .map((unit) => {
      const own = receipts.filter((r) => r.senderUnitId === unit.id);
      const latest = own.at(-1);
      const proposals = latest ? contentSchema.shape.proposals.parse(JSON.parse(latest.content).proposals).length : 0;
      return {
        unitId: unit.id,
        unitCode: unit.code,
        unitName: unit.name,
        state: senderState(latest ? latest.createdAt.slice(0, 10) : null, window.dueOn, today),
        sentAt: latest?.createdAt ?? null,
        receivedAt: latest?.receivedAt ?? null,
        fileName: latest?.fileName ?? null,
        figures: latest?.figureCount ?? 0,
        estimated: latest?.estimatedCount ?? 0,
        packages: own.length,
        proposals,
      };
    });
  return { year, quarter, ...window, rows };
}
