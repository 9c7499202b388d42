import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { evaluateYear, figuresForEvaluation } from '@core/dashboard/summary';
import { invoke } from '@core/dispatch/dispatch';
import { quarterToDate } from '@shared/domain/period';
import { evaluatePlan } from '@shared/evaluation/evaluate-plan';
import { indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';

/** The evaluation computed from the database without any cache: what the cached one must always equal. */
function uncached(ctx: CoreContext, year: number) {
  const targets = ctx.repos.targets.byYear(year);
  return evaluatePlan({
    year,
    period: 'H1',
    indicators: ctx.repos.indicators.all(),
    targets,
    units: ctx.repos.units.all(),
    figures: figuresForEvaluation(ctx, year, targets, quarterToDate('H1')),
  });
}

/** The demo's rice target (a flow: the year to date is the sum of every unit's quarters so far) and one commune. */
async function setUp() {
  const ctx = await openDemoCore();
  const rice = indicatorByName(ctx, 'Sản lượng lúa');
  const unit = unitByCode(ctx, 'XA-LH');
  const riceOf = () => evaluateYear(ctx, 2023, 'H1').targets.find((t) => t.indicatorId === rice.id)!;
  const figure = (year: number, quarter: number) => ctx.repos.figures.one(rice.id, unit.id, year, quarter)!.value!;
  const saveFigure = (year: number, quarter: 1 | 2 | 3 | 4, value: number) =>
    invoke(ctx, 'figures:save', {
      year,
      quarter,
      entries: [{ indicatorId: rice.id, unitId: unit.id, value }],
      reason: 'Xã báo lại số liệu',
    });
  return { ctx, rice, unit, riceOf, figure, saveFigure };
}

describe('the evaluated-year cache', () => {
  it('returns the same evaluation as computing it afresh, and keeps it while nothing it read changes', async () => {
    const { ctx, saveFigure, figure } = await setUp();
    const first = evaluateYear(ctx, 2023, 'H1');
    expect(first).toEqual(uncached(ctx, 2023));
    expect(evaluateYear(ctx, 2023, 'H1')).toBe(first);
    // 2020 is neither the year, nor the year before, nor a baseline year of the 2023 plan.
    await saveFigure(2020, 1, 1234);
    expect(evaluateYear(ctx, 2023, 'H1')).toBe(first);
    // Another period is another evaluation.
    expect(evaluateYear(ctx, 2023, 'Q1')).not.toBe(first);
    expect(figure(2020, 1)).toBe(1234);
  });

  it("is recomputed after a write to the year's figures: the year to date moves by exactly the change", async () => {
    const { riceOf, figure, saveFigure, unit } = await setUp();
    const before = riceOf();
    const q1 = figure(2023, 1);
    await saveFigure(2023, 1, q1 + 1000);
    const after = riceOf();
    expect(after.ytd).toBe(before.ytd! + 1000);
    const unitRow = (t: typeof before) => t.units.find((u) => u.unitId === unit.id)!;
    expect(unitRow(after).ytd).toBe(unitRow(before).ytd! + 1000);
  });

  it("is recomputed after a write to last year's figures: the same period last year moves by the change", async () => {
    const { riceOf, figure, saveFigure } = await setUp();
    const before = riceOf();
    await saveFigure(2022, 2, figure(2022, 2) + 500);
    expect(riceOf().samePeriodLastYear).toBe(before.samePeriodLastYear! + 500);
  });

  it('is recomputed after a change to a target, a plan, an indicator or a unit', async () => {
    const { ctx, rice, unit, riceOf } = await setUp();
    const target = ctx.repos.targets.byId(riceOf().targetId)!;
    riceOf();
    await invoke(ctx, 'targets:save', {
      id: target.id,
      planId: target.planId,
      indicatorId: target.indicatorId,
      unitId: null,
      comparator: target.comparator,
      value: 400_000,
      reason: 'Điều chỉnh kế hoạch',
    });
    expect(riceOf().target).toBe(400_000);
    expect(riceOf().annualLevel).toBe(400_000);

    const { group, measureUnit, kind, areaOnly, numeratorLabel, denominatorLabel, rateScale, direction } = rice;
    const fields = { group, measureUnit, kind, areaOnly, numeratorLabel, denominatorLabel, rateScale, direction };
    await invoke(ctx, 'indicators:save', {
      ...fields,
      decimals: rice.decimals,
      id: rice.id,
      name: 'Sản lượng lúa cả năm',
    });
    expect(riceOf().indicator).toBe('Sản lượng lúa cả năm');

    await invoke(ctx, 'units:rename', { id: unit.id, name: 'Xã Long Hưng mới' });
    expect(riceOf().units.find((u) => u.unitId === unit.id)!.name).toBe('Xã Long Hưng mới');

    expect(evaluateYear(ctx, 2023, 'H1').targets.length).toBeGreaterThan(0);
    await invoke(ctx, 'plans:delete', { id: target.planId, reason: 'Nhập nhầm kế hoạch' });
    // No plan, no target: nothing is left to evaluate.
    expect(evaluateYear(ctx, 2023, 'H1').targets).toEqual([]);
    expect(evaluateYear(ctx, 2023, 'H1')).toEqual(uncached(ctx, 2023));
  });

  it('sees a write made by another program on the same file', async () => {
    const { ctx, rice, unit, riceOf, figure } = await setUp();
    const before = riceOf();
    const other = new Database(ctx.databasePath);
    other
      .prepare(
        'UPDATE figures SET value = value + 250 WHERE indicator_id = ? AND unit_id = ? AND year = 2023 AND quarter = 2',
      )
      .run(rice.id, unit.id);
    other.close();
    expect(figure(2023, 2)).toBeGreaterThan(0);
    expect(riceOf().ytd).toBe(before.ytd! + 250);
  });

  it('forgets what a rolled-back write showed', async () => {
    const { ctx, rice, unit, riceOf, figure } = await setUp();
    const before = riceOf();
    const q1 = figure(2023, 1);
    expect(() =>
      ctx.db.transaction(() => {
        ctx.repos.figures.upsert(
          {
            indicatorId: rice.id,
            unitId: unit.id,
            year: 2023,
            quarter: 1,
            value: q1 + 700,
            numerator: null,
            denominator: null,
            achieved: null,
            status: 'uoc',
            note: null,
          },
          'kiem-thu',
          '2023-04-05T02:00:00.000Z',
        );
        // Inside the transaction the evaluation reads the write…
        expect(riceOf().ytd).toBe(before.ytd! + 700);
        throw new Error('huỷ');
      })(),
    ).toThrow('huỷ');
    // …and after the rollback it is the one from before again, not the one seen inside.
    expect(riceOf().ytd).toBe(before.ytd);
    expect(evaluateYear(ctx, 2023, 'H1')).toEqual(uncached(ctx, 2023));
  });

  it('hands out a frozen evaluation, so no caller can change what the next one reads', async () => {
    const { riceOf } = await setUp();
    const rice = riceOf();
    expect(() => {
      (rice as { ytd: number | null }).ytd = 0;
    }).toThrow(TypeError);
    expect(() => rice.units.pop()).toThrow(TypeError);
  });
});
