import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { dumpDatabase, indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';

describe('figures', () => {
  it('saves a batch, reports a second identical save as unchanged, and audits each change', async () => {
    const ctx = await openDemoCore();
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const lh = unitByCode(ctx, 'XA-LH');
    const hp = unitByCode(ctx, 'XA-HP');
    const entries = [
      { indicatorId: rice.id, unitId: lh.id, value: 21000.5 },
      { indicatorId: rice.id, unitId: hp.id, value: 19000, status: 'chinh_thuc' as const },
    ];
    expect(await invoke(ctx, 'figures:save', { year: 2023, quarter: 3, entries })).toMatchObject({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await invoke(ctx, 'figures:save', { year: 2023, quarter: 3, entries })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    const listed = await invoke(ctx, 'figures:list', { year: 2023, quarter: 3 });
    expect(listed.map((f) => [f.unitCode, f.value, f.status, f.period])).toEqual([
      ['XA-LH', 21000.5, 'uoc', '2023-Q3'],
      ['XA-HP', 19000, 'chinh_thuc', '2023-Q3'],
    ]);
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 3,
      entries: [{ indicatorId: rice.id, unitId: lh.id, value: 21500 }],
      reason: 'Xã báo lại số liệu',
    });
    const history = await invoke(ctx, 'figures:history', {
      indicatorId: rice.id,
      unitId: lh.id,
      year: 2023,
      quarter: 3,
    });
    expect(history.map((h) => [h.action, (h.after as { value: number }).value, h.reason])).toEqual([
      ['insert', 21000.5, null],
      ['update', 21500, 'Xã báo lại số liệu'],
    ]);
    const page = await invoke(ctx, 'audit:search', { unitId: lh.id, period: '2023-Q3', entity: 'figure' });
    expect(page.total).toBe(2);
  });

  // Issue 13: a rate above 100% is a plausibility warning, never a refusal (it used to refuse the whole batch), and a
  // rate may be typed as a percentage; a contradictory entry is still refused, naming unit, indicator and quarter.
  it('saves a rate above 100% with a warning, and refuses a rate that disagrees with its parts, writing nothing', async () => {
    const ctx = await openDemoCore();
    const rate = indicatorByName(ctx, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng');
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const mt = unitByCode(ctx, 'XA-MT');
    const above = await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 3,
      entries: [{ indicatorId: rate.id, unitId: mt.id, numerator: 120, denominator: 100 }],
    });
    expect(above.inserted).toBe(1);
    // Also far above the demo's Q2 and last year's Q3: each plausibility check says so, none refuses.
    expect(above.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Xã Mỹ Tú – Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (Quý III/2023): Tỷ lệ 120,0% lớn hơn 100%: kiểm tra lại tỷ lệ, tử số, mẫu số.',
        'Xã Mỹ Tú – Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (Quý III/2023): Gấp 11,6 lần quý trước (10,3); kiểm tra lại.',
      ]),
    );
    const before = dumpDatabase(ctx);
    await expect(
      invoke(ctx, 'figures:save', {
        year: 2023,
        quarter: 2,
        entries: [
          { indicatorId: rice.id, unitId: mt.id, value: 5000 },
          { indicatorId: rate.id, unitId: mt.id, value: 4.5, numerator: 12, denominator: 100 },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message:
        'Xã Mỹ Tú – Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (Quý II/2023): Tỷ lệ 4,5% không khớp với tử số và mẫu số (12 / 100 = 12,0%).',
    });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('refuses negative herd sizes and a numerator without its denominator; takes a rate typed as "4,5%"', async () => {
    const ctx = await openDemoCore();
    const herd = indicatorByName(ctx, 'Tổng đàn gia súc');
    const rate = indicatorByName(ctx, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng');
    const mt = unitByCode(ctx, 'XA-MT');
    await expect(
      invoke(ctx, 'figures:save', {
        year: 2023,
        quarter: 2,
        entries: [{ indicatorId: herd.id, unitId: mt.id, value: -5 }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('Số liệu không được âm.') });
    await expect(
      invoke(ctx, 'figures:save', {
        year: 2023,
        quarter: 2,
        entries: [{ indicatorId: rate.id, unitId: mt.id, numerator: 5 }],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('hoặc cả Số trẻ dưới 5 tuổi suy dinh dưỡng') });
    const typed = await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: rate.id, unitId: mt.id, value: 4.5 }],
    });
    expect(typed.inserted + typed.updated).toBe(1);
  });

  it('warns, without blocking, about a figure 50% away from the same quarter last year', async () => {
    const ctx = await openDemoCore();
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const lh = unitByCode(ctx, 'XA-LH');
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 3,
      entries: [{ indicatorId: rice.id, unitId: lh.id, value: 20000 }],
    });
    const result = await invoke(ctx, 'figures:save', {
      year: 2024,
      quarter: 3,
      entries: [{ indicatorId: rice.id, unitId: lh.id, value: 9000 }],
    });
    expect(result.inserted).toBe(1);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Xã Long Hưng – Sản lượng lúa (Quý III/2024): Thấp hơn 55% so với cùng kỳ năm trước (20.000).',
    ]);
  });

  it('a locked quarter refuses edits through the handlers until reopened with a logged reason', async () => {
    const ctx = await openDemoCore();
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const lh = unitByCode(ctx, 'XA-LH');
    const hp = unitByCode(ctx, 'XA-HP');
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 1,
      entries: [{ indicatorId: rice.id, unitId: lh.id, value: 1 }],
    });
    const locks = await invoke(ctx, 'locks:lock', { year: 2023, quarter: 1, unitIds: [lh.id] });
    expect(locks.map((l) => l.unitId)).toEqual([lh.id]);
    const before = dumpDatabase(ctx);
    await expect(
      invoke(ctx, 'figures:save', {
        year: 2023,
        quarter: 1,
        entries: [
          { indicatorId: rice.id, unitId: hp.id, value: 2 },
          { indicatorId: rice.id, unitId: lh.id, value: 3 },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringMatching(/^Xã Long Hưng: số liệu Quý I\/2023 đã chốt/),
    });
    expect(dumpDatabase(ctx)).toEqual(before);
    // Clearing a locked cell is a change too.
    await expect(
      invoke(ctx, 'figures:save', { year: 2023, quarter: 1, entries: [{ indicatorId: rice.id, unitId: lh.id }] }),
    ).rejects.toMatchObject({ code: 'LOCKED' });

    await expect(
      invoke(ctx, 'locks:unlock', { year: 2023, quarter: 1, unitIds: [lh.id], reason: '' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await invoke(ctx, 'locks:unlock', { year: 2023, quarter: 1, unitIds: [lh.id], reason: 'Xã điều chỉnh số liệu' });
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 1,
      entries: [{ indicatorId: rice.id, unitId: lh.id, value: 3 }],
    });
    const lockLog = await invoke(ctx, 'audit:search', { entity: 'period_lock' });
    expect(lockLog.rows.map((r) => [r.action, r.reason])).toEqual([
      ['delete', 'Xã điều chỉnh số liệu'],
      ['insert', null],
    ]);
  });

  it('locking a whole quarter covers every active unit and the whole-area figures', async () => {
    const ctx = await openDemoCore();
    const locks = await invoke(ctx, 'locks:lock', { year: 2023, quarter: 2, unitIds: null });
    expect(locks).toHaveLength(ctx.repos.units.all().length + 1);
    expect(locks.filter((l) => l.unitId === null)).toHaveLength(1);
  });

  it('the grid holds the year plan indicators in plan order, active units and the comparison quarters', async () => {
    const ctx = await openDemoCore();
    const grid = await invoke(ctx, 'figures:grid', { year: 2023, quarter: 2 });
    expect(grid.indicators[0]!.name).toBe(
      'Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản',
    );
    expect(grid.indicators).toHaveLength(17);
    expect(grid.units.map((u) => u.code)).toContain('TT-HHN');
    expect(grid.targets.filter((t) => t.unitId !== null)).toHaveLength(18);
  });
});
