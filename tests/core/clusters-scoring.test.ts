import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { RoundView } from '@shared/domain/cluster-round';
import { dumpDatabase, indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';

async function demoRound(ctx: CoreContext, name = 'Cụm thi đua số 1'): Promise<RoundView> {
  const list = await invoke(ctx, 'clusters:list', { year: 2023 });
  const cluster = list.clusters.find((c) => c.name === name)!;
  return invoke(ctx, 'scores:open', { clusterId: cluster.id, period: 'Y' });
}

const card = (round: RoundView, code: string) => round.units.find((u) => u.code === code)!;
const criterion = (round: RoundView, code: string) => round.criteria.find((c) => c.code === code)!;

describe('clusters and their scoring rounds (demo district)', () => {
  it('has two cụm of 5 and 4 communes and a khối of the departments, with a 1.000-point table', async () => {
    const ctx = await openDemoCore();
    const list = await invoke(ctx, 'clusters:list', { year: 2023 });
    expect(list.clusters.map((c) => [c.name, c.kind, c.members.length])).toEqual([
      ['Cụm thi đua số 1', 'cum', 5],
      ['Cụm thi đua số 2', 'cum', 4],
      ['Khối các phòng, ban huyện', 'khoi', 2],
    ]);
    expect(list.clusters[0]!.maxima).toEqual({ content: 950, bonus: 50, deduction: 50, total: 1000 });
    expect(list.clusters[0]!.rounds.map((r) => r.key)).toEqual(['2023-Y']);
    const round = await demoRound(ctx);
    expect(round.units.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(round.nominations[0]).toMatchObject({ award: 'co_thi_dua', unitName: round.units[0]!.name, votes: 5 });
  });

  it('prefills computed criteria from the evaluation, with the explanation', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const rice = card(round, 'TT-HHN').criteria.find((c) => c.criterionId === criterion(round, '1').id)!;
    expect(rice.computed?.explanation).toBe('Sản lượng lúa đạt 53,2% kế hoạch, không đạt → 79,8/150 điểm');
    expect(rice.layers.hoi_dong).toEqual({ points: 79.8, comment: null, fromComputation: true });
  });

  it('a computed criterion follows the figures: saving a figure with figures:save changes the round', async () => {
    const ctx = await openDemoCore();
    const riceId = indicatorByName(ctx, 'Sản lượng lúa').id;
    const unit = unitByCode(ctx, 'TT-HHN');
    const before = await demoRound(ctx);
    const target = ctx.repos.targets.byYear(2023).find((t) => t.indicatorId === riceId && t.unitId === unit.id)!;
    const q1 = ctx.repos.figures.byQuarter(2023, 1).find((f) => f.indicatorId === riceId && f.unitId === unit.id)!;
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: riceId, unitId: unit.id, value: target.value! * 1.03 - q1.value!, status: 'uoc' }],
    });
    const after = await invoke(ctx, 'scores:round', { roundId: before.id });
    const rice = card(after, 'TT-HHN').criteria.find((c) => c.criterionId === criterion(after, '1').id)!;
    expect(rice.computed).toEqual({ points: 150, explanation: 'Sản lượng lúa đạt 103% kế hoạch → 150/150 điểm' });
    expect(card(after, 'TT-HHN').final.total).toBeCloseTo(card(before, 'TT-HHN').final.total + 150 - 79.8, 6);
  });

  it('refuses a score above the maximum naming the unit and the criterion, and keeps nothing of the save', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const unit = unitByCode(ctx, 'XA-LH');
    const snapshot = dumpDatabase(ctx);
    const result = invoke(ctx, 'scores:save', {
      roundId: round.id,
      unitId: unit.id,
      layer: 'hoi_dong',
      entries: [
        { criterionId: criterion(round, '3').id, points: 100, comment: null },
        { criterionId: criterion(round, '4').id, points: 151, comment: null },
      ],
    });
    await expect(result).rejects.toThrow(
      'Xã Long Hưng: điểm tiêu chí 4 "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến" là 151, vượt điểm tối đa 150.',
    );
    await expect(
      invoke(ctx, 'scores:save', {
        roundId: round.id,
        unitId: unit.id,
        layer: 'tu_cham',
        entries: [{ criterionId: criterion(round, '9').id, points: 5, comment: null }],
      }),
    ).rejects.toThrow('là điểm trừ nên phải ghi số âm');
    expect(dumpDatabase(ctx)).toEqual(snapshot);
  });

  it('scoring one unit changes its rank, and each changed score is audited in the same save', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const last = round.units[round.units.length - 1]!;
    const count = () => ctx.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'score'`).pluck().get();
    const auditBefore = count() as number;
    const after = await invoke(ctx, 'scores:save', {
      roundId: round.id,
      unitId: last.unitId,
      layer: 'hoi_dong',
      entries: [
        { criterionId: criterion(round, '4').id, points: 150, comment: 'Điển hình được tỉnh biểu dương' },
        { criterionId: criterion(round, '5').id, points: 150, comment: null },
        { criterionId: criterion(round, '8').id, points: 50, comment: null },
      ],
      reason: 'Hội đồng thẩm định',
    });
    expect(card(after, last.code).rank).toBeLessThan(last.rank);
    const lines = ctx.db
      .prepare(`SELECT entity, reason FROM audit_log WHERE entity = 'score' ORDER BY id DESC LIMIT 3`)
      .all();
    expect(lines).toEqual(Array(3).fill({ entity: 'score', reason: 'Hội đồng thẩm định' }));
    expect(count()).toBe(auditBefore + 3);
  });

  it('pins the tie rule: equal final scores go to more targets exceeded, then to the name', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const manual = round.criteria.filter((c) => c.leaf);
    const flat = (points: (code: string) => number) =>
      manual.map((c) => ({ criterionId: c.id, points: points(c.code), comment: null }));
    for (const u of round.units) {
      await invoke(ctx, 'scores:save', {
        roundId: round.id,
        unitId: u.unitId,
        layer: 'hoi_dong',
        entries: flat((code) => (code === '9' ? 0 : code === '8' ? 0 : 100)),
      });
    }
    const tied = await invoke(ctx, 'scores:round', { roundId: round.id });
    expect(new Set(tied.units.map((u) => u.final.total))).toEqual(new Set([700]));
    // No demo unit exceeds a target at year end, so the name decides: Vietnamese alphabetical order.
    expect(tied.units.map((u) => u.name)).toEqual([
      'Thị trấn Huỳnh Hữu Nghĩa',
      'Xã Hưng Phú',
      'Xã Long Hưng',
      'Xã Mỹ Hương',
      'Xã Mỹ Tú',
    ]);
    expect(tied.units.slice(1).every((u) => u.tieBrokenBy === 'ten')).toBe(true);

    // Xã Mỹ Tú exceeds its rice target: it now leads the tie.
    const riceId = indicatorByName(ctx, 'Sản lượng lúa').id;
    const myTu = unitByCode(ctx, 'XA-MT');
    const target = ctx.repos.targets.byYear(2023).find((t) => t.indicatorId === riceId && t.unitId === myTu.id)!;
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 3,
      entries: [{ indicatorId: riceId, unitId: myTu.id, value: target.value!, status: 'uoc' }],
    });
    const broken = await invoke(ctx, 'scores:round', { roundId: round.id });
    expect(broken.units[0]).toMatchObject({ name: 'Xã Mỹ Tú', targetsExceeded: 1, rank: 1 });
    expect(broken.units[1]).toMatchObject({ tieBrokenBy: 'nhieu_chi_tieu_vuot' });
  });
});

describe('clusters across years', () => {
  it('copies 2023 into 2024 with members, leaders and tables, then rotates the leader', async () => {
    const ctx = await openDemoCore();
    const copied = await invoke(ctx, 'clusters:copyYear', { fromYear: 2023, toYear: 2024 });
    expect(copied.map((c) => [c.year, c.name, c.members.length])).toEqual([
      [2024, 'Cụm thi đua số 1', 5],
      [2024, 'Cụm thi đua số 2', 4],
      [2024, 'Khối các phòng, ban huyện', 2],
    ]);
    const table = await invoke(ctx, 'clusters:criteria', { clusterId: copied[0]!.id });
    expect(table.maxima.total).toBe(1000);
    expect(table.hasScores).toBe(false);
    const first = copied[0]!;
    const rotated = await invoke(ctx, 'clusters:rotateLeader', { id: first.id });
    expect([rotated.leaderUnitId, rotated.deputyUnitId]).toEqual([first.members[1]!.unitId, first.members[2]!.unitId]);
    const chosen = await invoke(ctx, 'clusters:rotateLeader', { id: first.id, leaderUnitId: first.members[4]!.unitId });
    expect([chosen.leaderUnitId, chosen.deputyUnitId]).toEqual([first.members[4]!.unitId, first.members[0]!.unitId]);
    await expect(invoke(ctx, 'clusters:copyYear', { fromYear: 2023, toYear: 2024 })).rejects.toThrow(
      'Năm 2024 đã có cụm, khối thi đua',
    );
  });

  it('refuses a unit in two cụm of the same year and a table change that would orphan scores', async () => {
    const ctx = await openDemoCore();
    const list = await invoke(ctx, 'clusters:list', { year: 2023 });
    const second = list.clusters[1]!;
    await expect(
      invoke(ctx, 'clusters:save', {
        id: second.id,
        year: 2023,
        name: second.name,
        kind: 'cum',
        memberIds: [...second.members.map((m) => m.unitId), unitByCode(ctx, 'XA-LH').id],
        leaderUnitId: second.leaderUnitId,
        deputyUnitId: second.deputyUnitId,
        note: null,
      }),
    ).rejects.toThrow('Đơn vị "Xã Long Hưng" đã thuộc "Cụm thi đua số 1" năm 2023');
    const table = await invoke(ctx, 'clusters:criteria', { clusterId: list.clusters[0]!.id });
    const rows = table.rows.map(({ leaf: _l, indicatorName: _n, ...r }) => r);
    await expect(
      invoke(ctx, 'clusters:saveCriteria', { clusterId: table.clusterId, rows: rows.slice(0, -2) }),
    ).rejects.toThrow('đã có điểm chấm');
    const renamed = await invoke(ctx, 'clusters:saveCriteria', {
      clusterId: table.clusterId,
      rows: rows.map((r) => (r.code === '7' ? { ...r, title: 'Báo cáo đúng hạn' } : r)),
    });
    expect(renamed.rows.find((r) => r.code === '7')!.title).toBe('Báo cáo đúng hạn');
  });
});
