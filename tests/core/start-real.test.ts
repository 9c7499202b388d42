import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import { openTestCore } from '../support/temp-core';

describe('app:startReal — "Bắt đầu dùng thật" leaves the demo for an empty database', () => {
  it('keeps a verified copy of the demo, opens an empty database marked as an empty start, and can be undone', async () => {
    const ctx = await openTestCore();
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    const demoUnits = ctx.repos.units.all().length;
    const demoPlans = ctx.repos.plans.all().length;
    expect(demoUnits).toBeGreaterThan(0);
    expect(demoPlans).toBeGreaterThan(0);

    const result = await invoke(ctx, 'app:startReal', {});
    expect(result.info).toMatchObject({ setupDone: true, demo: false });
    expect(ctx.repos.units.all()).toEqual([]);
    expect(ctx.repos.plans.all()).toEqual([]);
    // Reference data the migrations seed is there, as in any new database.
    expect(ctx.repos.awardTitles.all().length).toBeGreaterThan(0);
    expect(result.message).toContain(result.backupPath);
    expect(existsSync(`${ctx.databasePath}.trong.sqlite`)).toBe(false);

    // The copy is the demo, whole; it is listed under Sao lưu and "Hoàn tác" goes back to it.
    const copy = new Database(result.backupPath, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(demoUnits);
    copy.close();
    const overview = await invoke(ctx, 'backups:list', {});
    expect(overview.undo?.snapshot.path).toBe(result.backupPath);
    await invoke(ctx, 'backups:undoRestore', {});
    expect(ctx.repos.units.all()).toHaveLength(demoUnits);
  });

  it('is refused on real data, which is never replaced', async () => {
    const ctx = await openTestCore();
    await invoke(ctx, 'app:setup', { mode: 'empty' });
    await invoke(ctx, 'units:create', { name: 'Xã An Hòa', kind: 'xa' });
    const refused = await dispatch(ctx, 'app:startReal', {});
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Dữ liệu đang dùng không phải dữ liệu mẫu: không có gì để thay bằng dữ liệu trống.',
      },
    });
    expect(ctx.repos.units.all()).toHaveLength(1);
  });
});

describe('app:gettingStarted — the first steps of a new database', () => {
  it('ticks council details, units, plan, figures and report as each is done', async () => {
    const ctx = await openTestCore();
    await invoke(ctx, 'app:setup', { mode: 'empty' });
    expect(await invoke(ctx, 'app:gettingStarted', {})).toEqual({
      council: false,
      units: false,
      plan: false,
      figures: false,
      report: false,
    });
    await invoke(ctx, 'units:create', { name: 'Xã An Hòa', kind: 'xa' });
    await invoke(ctx, 'plans:import', {
      header: {
        number: null,
        issuedOn: null,
        place: null,
        issuer: null,
        title: 'Kế hoạch 2023',
        theme: null,
        year: 2023,
        phases: [],
        legalBases: [],
        signer: null,
      },
      sourceText: null,
      targets: [],
    });
    expect(await invoke(ctx, 'app:gettingStarted', {})).toEqual({
      council: false,
      units: true,
      plan: true,
      figures: false,
      report: false,
    });
  });

  it('finds every step done in the demo', async () => {
    const ctx = await openTestCore();
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    expect(Object.values(await invoke(ctx, 'app:gettingStarted', {}))).toEqual([true, true, true, true, true]);
  });
});
