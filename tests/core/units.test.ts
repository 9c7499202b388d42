import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { openTestCore } from '../support/temp-core';

describe('units', () => {
  it('lists communes and towns before departments, in Vietnamese alphabetical order (Đ after D)', async () => {
    const ctx = await openTestCore();
    for (const [name, kind] of [
      ['Phòng Nội vụ', 'phong_ban'],
      ['Xã Đại Hải', 'xa'],
      ['Xã Dương Hòa', 'xa'],
      ['Thị trấn An Lạc', 'thi_tran'],
      ['Xã Ân Phú', 'xa'],
    ] as const) {
      await invoke(ctx, 'units:create', { name, kind });
    }
    const names = (await invoke(ctx, 'units:list', {})).map((u) => u.name);
    expect(names).toEqual(['Thị trấn An Lạc', 'Xã Ân Phú', 'Xã Dương Hòa', 'Xã Đại Hải', 'Phòng Nội vụ']);
  });

  it('suggests a unique ASCII code from the name and refuses a code already in use', async () => {
    const ctx = await openTestCore();
    const first = await invoke(ctx, 'units:create', { name: 'Xã Long Hưng', kind: 'xa' });
    const second = await invoke(ctx, 'units:create', { name: 'Thị trấn Long Hưng', kind: 'thi_tran' });
    expect([first.code, second.code]).toEqual(['LONG-HUNG', 'LONG-HUNG-2']);
    await expect(invoke(ctx, 'units:create', { name: 'Xã Khác', kind: 'xa', code: 'long-hung' })).rejects.toMatchObject(
      { code: 'CONFLICT', message: 'Mã đơn vị "long-hung" đã được dùng cho đơn vị khác.' },
    );
  });

  it('refuses a second current unit with the same name (case and spacing aside), on create and on rename', async () => {
    const ctx = await openTestCore();
    const first = await invoke(ctx, 'units:create', { name: 'Xã Long Hưng', kind: 'xa' });
    const refused = {
      code: 'CONFLICT',
      message: expect.stringContaining('Đã có đơn vị "Xã Long Hưng" (mã LONG-HUNG).'),
    };
    await expect(invoke(ctx, 'units:create', { name: 'xã  long hưng ', kind: 'xa' })).rejects.toMatchObject(refused);
    const other = await invoke(ctx, 'units:create', { name: 'Xã Long Phú', kind: 'xa' });
    await expect(invoke(ctx, 'units:rename', { id: other.id, name: 'Xã Long Hưng' })).rejects.toMatchObject(refused);
    // A retired unit's name is free again (a commune re-formed under its old name).
    await invoke(ctx, 'units:retire', { id: first.id, validTo: '2023-06-30' });
    expect((await invoke(ctx, 'units:create', { name: 'Xã Long Hưng', kind: 'xa' })).code).toBe('LONG-HUNG-2');
  });

  it('deletes a unit created by mistake, with an audit line, and refuses one that has figures', async () => {
    const ctx = await openTestCore();
    const mistake = await invoke(ctx, 'units:create', { name: 'Xã Gõ Nhầm', kind: 'xa' });
    expect(await invoke(ctx, 'units:delete', { id: mistake.id, reason: 'Tạo nhầm' })).toEqual({ deleted: mistake.id });
    expect(ctx.repos.units.byId(mistake.id)).toBeUndefined();
    expect(ctx.repos.audit.forEntity('unit', mistake.id).map((h) => [h.action, h.reason])).toEqual([
      ['insert', null],
      ['delete', 'Tạo nhầm'],
    ]);
    const parent = await invoke(ctx, 'units:create', { name: 'Xã Có Thôn', kind: 'xa' });
    await invoke(ctx, 'units:create', { name: 'Ấp 1', kind: 'thon', parentId: parent.id });
    await expect(invoke(ctx, 'units:delete', { id: parent.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Không xóa được đơn vị "Xã Có Thôn"'),
    });
    expect(ctx.repos.units.byId(parent.id)).toBeDefined();
  });

  it('records a rename in the audit log with before, after and the reason', async () => {
    const ctx = await openTestCore();
    const unit = await invoke(ctx, 'units:create', { name: 'Xã Mỹ Hương', kind: 'xa' });
    await invoke(ctx, 'units:rename', { id: unit.id, name: 'Phường Mỹ Hương', reason: 'Nghị quyết 1234/NQ-UBTVQH15' });
    const history = ctx.repos.audit.forEntity('unit', unit.id);
    expect(history.map((h) => h.action)).toEqual(['insert', 'update']);
    expect(history[1]).toMatchObject({
      actor: 'kiem-thu',
      at: '2023-04-05T02:00:00.000Z',
      before: { name: 'Xã Mỹ Hương' },
      after: { name: 'Phường Mỹ Hương' },
      reason: 'Nghị quyết 1234/NQ-UBTVQH15',
    });
  });

  it('hides a retired unit from current lists but keeps it, and refuses to retire it twice', async () => {
    const ctx = await openTestCore();
    const unit = await invoke(ctx, 'units:create', { name: 'Xã Cũ', kind: 'xa' });
    await invoke(ctx, 'units:retire', { id: unit.id, validTo: '2023-01-01' });
    expect(await invoke(ctx, 'units:list', {})).toEqual([]);
    const all = await invoke(ctx, 'units:list', { includeRetired: true });
    expect(all).toMatchObject([{ name: 'Xã Cũ', validTo: '2023-01-01' }]);
    await expect(invoke(ctx, 'units:retire', { id: unit.id, validTo: '2023-02-01' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('merges communes into a new one on a date: sources end then and point at it, in one transaction', async () => {
    const ctx = await openTestCore();
    const a = await invoke(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    const b = await invoke(ctx, 'units:create', { name: 'Xã B', kind: 'xa' });
    const merged = await invoke(ctx, 'units:merge', {
      sourceIds: [a.id, b.id],
      newUnit: { name: 'Xã AB', kind: 'xa' },
      date: '2025-07-01',
    });
    expect(merged).toMatchObject({ name: 'Xã AB', validFrom: '2025-07-01', validTo: null });
    const all = await invoke(ctx, 'units:list', { includeRetired: true });
    expect(all.filter((u) => u.mergedIntoId === merged.id).map((u) => [u.name, u.validTo])).toEqual([
      ['Xã A', '2025-07-01'],
      ['Xã B', '2025-07-01'],
    ]);
  });

  it('leaves nothing half-written when one unit of a merge cannot be merged', async () => {
    const ctx = await openTestCore();
    const a = await invoke(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    const b = await invoke(ctx, 'units:create', { name: 'Xã B', kind: 'xa' });
    await invoke(ctx, 'units:retire', { id: b.id, validTo: '2024-01-01' });
    const auditBefore = ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    await expect(
      invoke(ctx, 'units:merge', {
        sourceIds: [a.id, b.id],
        newUnit: { name: 'Xã AB', kind: 'xa' },
        date: '2025-07-01',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Đơn vị "Xã B" đã ngừng hoạt động.' });
    const names = (await invoke(ctx, 'units:list', { includeRetired: true })).map((u) => [u.name, u.validTo]);
    expect(names).toEqual([
      ['Xã A', null],
      ['Xã B', '2024-01-01'],
    ]);
    expect(ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });
});
