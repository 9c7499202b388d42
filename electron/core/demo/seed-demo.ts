import type { DemoName } from '@shared/contract/app';
import { plansChannels } from '@shared/contract/plans';
import { defaultImportHeader, defaultImportRows } from '@shared/domain/plan-import-rows';
import { isoNow, type CoreContext } from '../context';
import { seedDemoAwards } from './demo-awards';
import { demoCouncil, demoUnits } from './demo-district';
import { seedDemoClusters } from './demo-clusters';
import {
  correctDemoRows,
  demoAllocationShares,
  demoMovements,
  demoPlanHeader,
  demoPlanPhases,
  splitByShares,
} from './demo-plan';
import { demoPlanText } from './demo-plan-text';
import { demoFigureEntries, demoQuarters } from './demo-figures';
import { seedDemoReport } from './demo-report';
import { saveFigures } from '../figures/service';
import { audit } from '../audit/audit-helpers';
import { importPlan, proposePlanImport } from '../plans/plan-import';
import { getPlanDetail, updatePlan } from '../plans/service';
import { saveCouncilProfile } from '../settings/service';
import { saveAllocations } from '../targets/service';
import { createUnit } from '../units/service';
import { seedCommuneDemo } from './xa-2026/seed-commune';

/** Seeds one demo in one transaction: the 2026 commune (offered first) or the 2023 district. */
export function seedDemoData(ctx: CoreContext, name: DemoName): void {
  ctx.db.transaction(() => (name === 'xa-2026' ? seedCommuneDemo(ctx) : seedDistrictDemo(ctx)))();
}

/**
 * Seeds the demo district through the same services the secretary uses, so demo data obeys every rule:
 * the council, its units, the 2023 plan read from its real text, and unit allocations of two targets.
 */
function seedDistrictDemo(ctx: CoreContext): void {
  ctx.db.transaction(() => {
    saveCouncilProfile(ctx, demoCouncil);
    const unitIdByCode = new Map<string, number>();
    for (const unit of demoUnits) {
      const created = createUnit(ctx, { ...unit, parentId: null, validFrom: null, note: 'Dữ liệu mẫu', demo: true });
      unitIdByCode.set(created.code, created.id);
    }
    const movementIds = demoMovements.map((m) => {
      const created = ctx.repos.movements.insert({ ...m, description: 'Dữ liệu mẫu', demo: true }, isoNow(ctx));
      audit(ctx, 'movement', created.id, null, created);
      return created.id;
    });

    const proposal = proposePlanImport(ctx, demoPlanText);
    const header = { ...defaultImportHeader(proposal, 2023), ...demoPlanHeader, phases: demoPlanPhases };
    // Validated by the same schema as the secretary's own import, which also fills the defaults.
    const payload = plansChannels['plans:import'].input.parse({
      header,
      sourceText: demoPlanText,
      targets: correctDemoRows(defaultImportRows(proposal)),
      movementIds,
    });
    const imported = importPlan(ctx, payload, true);
    const { plan, targets, indicators } = getPlanDetail(ctx, imported.id);
    updatePlan(ctx, { ...plan, status: 'ban_hanh', movementIds });

    for (const [indicatorName, shares] of Object.entries(demoAllocationShares)) {
      const indicator = indicators.find((i) => i.name === indicatorName)!;
      const area = targets.find((t) => t.indicatorId === indicator.id && t.unitId === null)!;
      const parts = splitByShares(area.value!, shares);
      saveAllocations(ctx, {
        planId: plan.id,
        indicatorId: indicator.id,
        allocations: Object.entries(parts).map(([code, value]) => ({
          unitId: unitIdByCode.get(code)!,
          value,
          max: null,
        })),
        reason: 'Dữ liệu mẫu',
      });
    }

    const allTargets = ctx.repos.targets.byPlan(plan.id);
    const areaTargets = new Map(allTargets.filter((t) => t.unitId === null).map((t) => [t.indicatorId, t]));
    const allocations = new Map(
      allTargets.filter((t) => t.unitId !== null).map((t) => [`${t.indicatorId}:${t.unitId}`, t]),
    );
    const units = ctx.repos.units.all();
    for (const quarter of demoQuarters) {
      const entries = demoFigureEntries(quarter, indicators, areaTargets, allocations, units);
      saveFigures(ctx, { year: quarter.year, quarter: quarter.quarter, entries, reason: 'Dữ liệu mẫu' });
    }
    seedDemoClusters(ctx);

    // A ready Q2/2023 report, left as a draft for the secretary to edit, print and issue (after the figures it reads).
    seedDemoReport(ctx);
    seedDemoAwards(ctx);
  })();
}
