import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract';
import { invoke } from '@core/dispatch/dispatch';
import { openTestCore } from '../support/temp-core';

type ImportInput = ChannelInput<'plans:import'>;

const header: ImportInput['header'] = {
  number: '71/KH-UBND',
  issuedOn: '2022-12-22',
  place: 'Mỹ Tú',
  issuer: 'Ủy ban nhân dân huyện Mỹ Tú',
  title: 'Kế hoạch phát động phong trào thi đua năm 2023',
  theme: null,
  year: 2023,
  phases: [
    { name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' },
    { name: 'Đợt II', start: '2023-07-01', end: '2023-12-31' },
  ],
  legalBases: ['Căn cứ Kế hoạch số 15/KH-UBND ngày 18 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng'],
  signer: 'Nguyễn Việt Phú',
};

const rice: ImportInput['targets'][number] = {
  newIndicator: { name: 'Sản lượng lúa', group: 'kinh_te', measureUnit: 'tấn', kind: 'flow', direction: 'higher' },
  comparator: 'gte',
  value: 320080,
  sourceText: 'Sản lượng lúa đạt 320.080 tấn',
};
const poverty: ImportInput['targets'][number] = {
  newIndicator: {
    name: 'Tỷ lệ hộ nghèo',
    group: 'van_hoa_xa_hoi',
    measureUnit: '%',
    kind: 'rate',
    direction: 'lower',
    numeratorLabel: 'Số hộ nghèo',
    denominatorLabel: 'Tổng số hộ',
    decimals: 2,
  },
  comparator: 'decrease',
  value: 0.2,
  max: 0.5,
  changeMode: 'points',
  sourceText: 'Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%',
};

const countRows = (ctx: Awaited<ReturnType<typeof openTestCore>>) =>
  ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM plans) AS plans, (SELECT count(*) FROM targets) AS targets,
              (SELECT count(*) FROM indicators) AS indicators, (SELECT count(*) FROM audit_log) AS audit`,
    )
    .get();

describe('plans and targets', () => {
  it('imports a reviewed plan with its phases and targets as a draft, creating catalogue indicators', async () => {
    const ctx = await openTestCore();
    const plan = await invoke(ctx, 'plans:import', { header, sourceText: 'văn bản', targets: [rice, poverty] });
    expect(plan).toMatchObject({ number: '71/KH-UBND', status: 'nhap', year: 2023, phases: header.phases });
    const detail = await invoke(ctx, 'plans:get', { id: plan.id });
    expect(detail.plan.sourceText).toBe('văn bản');
    expect(detail.targets.map((t) => [t.comparator, t.value, t.max, t.changeMode, t.unitId])).toEqual([
      ['gte', 320080, null, null, null],
      ['decrease', 0.2, 0.5, 'points', null],
    ]);
    expect(detail.indicators.map((i) => i.name).sort()).toEqual(['Sản lượng lúa', 'Tỷ lệ hộ nghèo']);
    expect(await invoke(ctx, 'plans:list', {})).toMatchObject([{ id: plan.id, targetCount: 2 }]);
  });

  it('asks before replacing a plan with the same number and date, and replaces it when confirmed', async () => {
    const ctx = await openTestCore();
    const first = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    await expect(
      invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice, poverty] }),
    ).rejects.toMatchObject({
      code: 'PLAN_EXISTS',
      message: expect.stringContaining('Kế hoạch số 71/KH-UBND ngày 22/12/2022 đã có'),
    });
    const second = await invoke(ctx, 'plans:import', {
      header,
      sourceText: null,
      targets: [rice, poverty],
      replaceExisting: true,
    });
    const plans = await invoke(ctx, 'plans:list', {});
    expect(plans.map((p) => [p.id, p.targetCount])).toEqual([[second.id, 2]]);
    expect(first.number).toBe(second.number);
    // The catalogue keeps one "Sản lượng lúa": the second import reuses it.
    expect((await invoke(ctx, 'indicators:list', {})).filter((i) => i.name === 'Sản lượng lúa')).toHaveLength(1);
  });

  it('refuses a bad row by its number and writes nothing at all', async () => {
    const ctx = await openTestCore();
    const before = countRows(ctx);
    const broken = { ...poverty, changeMode: null };
    await expect(
      invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice, broken] }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Chỉ tiêu dòng 2 \("Tỷ lệ hộ nghèo"\): Chọn cách tính mức tăng\/giảm/),
    });
    expect(countRows(ctx)).toEqual(before);
  });

  it('refuses a range whose upper bound is below its lower bound', async () => {
    const ctx = await openTestCore();
    const plan = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    const [indicator] = await invoke(ctx, 'indicators:list', {});
    await expect(
      invoke(ctx, 'targets:save', {
        planId: plan.id,
        indicatorId: indicator!.id,
        comparator: 'between',
        value: 95,
        max: 90,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Giá trị "đến" phải lớn hơn hoặc bằng giá trị "từ".' });
  });

  it('allocates a whole-area target to units in one step, audited, and removes an allocation left empty', async () => {
    const ctx = await openTestCore();
    const plan = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    const lh = await invoke(ctx, 'units:create', { name: 'Xã Long Hưng', kind: 'xa' });
    const hp = await invoke(ctx, 'units:create', { name: 'Xã Hưng Phú', kind: 'xa' });
    const indicatorId = (await invoke(ctx, 'plans:get', { id: plan.id })).targets[0]!.indicatorId;
    const saved = await invoke(ctx, 'targets:saveAllocations', {
      planId: plan.id,
      indicatorId,
      allocations: [
        { unitId: lh.id, value: 45000 },
        { unitId: hp.id, value: 38000 },
      ],
    });
    expect(saved.map((t) => [t.unitId, t.comparator, t.value])).toEqual([
      [lh.id, 'gte', 45000],
      [hp.id, 'gte', 38000],
    ]);
    const after = await invoke(ctx, 'targets:saveAllocations', {
      planId: plan.id,
      indicatorId,
      allocations: [{ unitId: hp.id, value: null }],
      reason: 'Xã Hưng Phú chuyển sang trồng màu',
    });
    expect(after.map((t) => t.unitId)).toEqual([lh.id]);
    const removed = saved.find((t) => t.unitId === hp.id)!;
    expect(ctx.repos.audit.forEntity('target', removed.id).map((a) => [a.action, a.reason])).toEqual([
      ['insert', null],
      ['delete', 'Xã Hưng Phú chuyển sang trồng màu'],
    ]);
  });

  it('records a target edit in the audit log with before and after', async () => {
    const ctx = await openTestCore();
    const plan = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    const target = (await invoke(ctx, 'plans:get', { id: plan.id })).targets[0]!;
    const { year: _year, position: _position, ...editable } = target;
    await invoke(ctx, 'targets:save', { ...editable, value: 321000, reason: 'Điều chỉnh theo Nghị quyết HĐND' });
    const history = ctx.repos.audit.forEntity('target', target.id);
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      before: { value: 320080 },
      after: { value: 321000 },
      reason: 'Điều chỉnh theo Nghị quyết HĐND',
    });
  });

  it('counts a task done on time only when completed on or before its deadline', async () => {
    const ctx = await openTestCore();
    const unit = await invoke(ctx, 'units:create', { name: 'Xã Mỹ Tú', kind: 'xa' });
    await expect(
      invoke(ctx, 'tasks:save', {
        planId: null,
        unitId: unit.id,
        title: 'Hoàn thành đường giao thông',
        state: 'hoan_thanh',
      }),
    ).rejects.toMatchObject({ message: 'Nhiệm vụ đã hoàn thành cần ngày hoàn thành.' });
    const task = await invoke(ctx, 'tasks:save', {
      planId: null,
      unitId: unit.id,
      title: 'Hoàn thành đường giao thông',
      state: 'hoan_thanh',
      deadline: '2023-06-30',
      completedOn: '2023-06-15',
    });
    expect(await invoke(ctx, 'tasks:list', {})).toEqual([task]);
  });

  it('a replaced plan never hands its id to the new one, so the audit log cannot mix two plans', async () => {
    const ctx = await openTestCore();
    const first = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    const second = await invoke(ctx, 'plans:import', {
      header,
      sourceText: null,
      targets: [rice],
      replaceExisting: true,
    });
    expect(second.id).toBeGreaterThan(first.id);
    expect(ctx.repos.audit.forEntity('plan', first.id).map((a) => a.action)).toEqual(['insert', 'delete']);
  });

  it('changing a whole-area target form carries over to its unit allocations in the same step', async () => {
    const ctx = await openTestCore();
    const plan = await invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice] });
    const unit = await invoke(ctx, 'units:create', { name: 'Xã Long Hưng', kind: 'xa' });
    const area = (await invoke(ctx, 'plans:get', { id: plan.id })).targets[0]!;
    await invoke(ctx, 'targets:saveAllocations', {
      planId: plan.id,
      indicatorId: area.indicatorId,
      allocations: [{ unitId: unit.id, value: 45000 }],
    });
    const { year: _y, position: _p, ...editable } = area;
    await invoke(ctx, 'targets:save', { ...editable, phasingMode: 'explicit', milestones: [0.4, 0.55, 0.85, 1] });
    const allocation = (await invoke(ctx, 'plans:get', { id: plan.id })).targets.find((t) => t.unitId === unit.id)!;
    expect([allocation.phasingMode, allocation.milestones, allocation.value]).toEqual([
      'explicit',
      [0.4, 0.55, 0.85, 1],
      45000,
    ]);
  });

  it('names a missing movement instead of failing with an internal error', async () => {
    const ctx = await openTestCore();
    await expect(
      invoke(ctx, 'plans:import', { header, sourceText: null, targets: [rice], movementIds: [99] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy phong trào (mã số 99).' });
  });
});
