import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { Indicator } from '@shared/domain/indicator';
import { openTestCore } from './temp-core';

/**
 * A commune's own database, as a commune secretary would set it up: its council profile, its villages, and the
 * upper level's plan imported (the same plan, number and targets as in the province's database).
 */
export async function openCommuneCore(
  upper: CoreContext,
  upperPlanId: number,
  options: { issuer: string; villages: string[]; file?: string },
): Promise<CoreContext> {
  const commune = await openTestCore(options.file === undefined ? {} : { file: options.file });
  await invoke(commune, 'app:setup', { mode: 'empty' });
  await invoke(commune, 'settings:saveCouncil', {
    level: 'xa',
    parentBody: 'UBND HUYỆN MỸ TÚ',
    issuingBody: `ỦY BAN NHÂN DÂN ${options.issuer.toUpperCase()}`,
    issuerName: `Ủy ban nhân dân ${options.issuer}`,
    issuingBodyCode: 'UBND',
    place: options.issuer,
    signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn A',
  });
  for (const name of options.villages) await invoke(commune, 'units:create', { name, kind: 'thon' });
  const detail = await invoke(upper, 'plans:get', { id: upperPlanId });
  const indicators = new Map(detail.indicators.map((i) => [i.id, i]));
  const fields = (i: Indicator) => ({
    name: i.name,
    group: i.group,
    measureUnit: i.measureUnit,
    kind: i.kind,
    areaOnly: i.areaOnly,
    numeratorLabel: i.numeratorLabel,
    denominatorLabel: i.denominatorLabel,
    rateScale: i.rateScale,
    direction: i.direction,
    decimals: i.decimals,
  });
  const { plan } = detail;
  await invoke(commune, 'plans:import', {
    header: {
      number: plan.number,
      issuedOn: plan.issuedOn,
      place: plan.place,
      issuer: plan.issuer,
      title: plan.title,
      theme: plan.theme,
      year: plan.year,
      phases: plan.phases,
      legalBases: plan.legalBases,
      signer: plan.signer,
    },
    sourceText: null,
    targets: detail.targets
      .filter((t) => t.unitId === null)
      .map((t) => ({
        comparator: t.comparator,
        value: t.value,
        max: t.max,
        changeMode: t.changeMode,
        baselineYear: t.baselineYear,
        baselineValue: t.baselineValue,
        sourceText: t.sourceText,
        phasingMode: t.phasingMode,
        milestones: t.milestones,
        note: t.note,
        newIndicator: fields(indicators.get(t.indicatorId)!),
      })),
  });
  return commune;
}

/** The commune confirms its sender code and the app's proposed links, as the Gửi báo cáo screen does. */
export async function confirmProposedLinks(commune: CoreContext, senderCode: string): Promise<void> {
  await invoke(commune, 'packages:saveSettings', {
    senderCode,
    upperCouncilName: 'Hội đồng Thi đua – Khen thưởng huyện Mỹ Tú',
    calendar: { window: 'nd09', dueDays: 2 },
  });
  const plans = await invoke(commune, 'plans:list', {});
  const proposal = await invoke(commune, 'packages:links', { upperPlanId: plans[0]!.id });
  await invoke(commune, 'packages:saveLinks', {
    upperPlanId: plans[0]!.id,
    links: proposal.rows
      .filter((r) => r.proposedIndicatorId !== null)
      .map((r) => ({ upperIndicatorId: r.upperIndicatorId, ownIndicatorId: r.proposedIndicatorId! })),
  });
}

export function indicatorNamed(ctx: CoreContext, name: string): Indicator {
  const found = ctx.repos.indicators.all().find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}
