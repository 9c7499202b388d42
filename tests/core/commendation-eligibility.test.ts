import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { evaluateYear } from '@core/dashboard/summary';
import { openDemoCore, unitByCode } from '../support/demo-core';
import { openTestCore } from '../support/temp-core';

const titleId = (ctx: CoreContext, code: string) => ctx.repos.awardTitles.byCode(code)!.id;

function candidate(list: Awaited<ReturnType<typeof eligibility>>, name: string) {
  const found = list.candidates.find((c) => c.candidate.name === name);
  if (!found) throw new Error(`no candidate ${name}`);
  return found;
}

function eligibility(ctx: CoreContext, year: number, period: 'H1' | 'Y', titleCode: string) {
  return invoke(ctx, 'awards:eligibility', { year, period, titleCode });
}

/** A unit with `count` people, for collective rules. */
async function unitWithPeople(ctx: CoreContext, code: string, count: number) {
  const unit = await invoke(ctx, 'units:create', {
    code,
    name: `Xã ${code}`,
    kind: 'xa',
    parentId: null,
    validFrom: null,
    note: null,
  });
  const people = [];
  for (let i = 1; i <= count; i += 1) {
    people.push(
      await invoke(ctx, 'people:save', {
        fullName: `Người ${code} ${i}`,
        position: null,
        unitId: unit.id,
        birthDate: null,
      }),
    );
  }
  return { unit, people };
}

async function grant(
  ctx: CoreContext,
  number: string,
  signedOn: string,
  code: string,
  year: number,
  personIds: number[],
) {
  return invoke(ctx, 'decisions:create', {
    number,
    signedOn,
    signer: 'Nguyễn Việt Phú',
    authority: 'Chủ tịch UBND huyện',
    subject: 'Khen thưởng',
    entryIds: [],
    recipients: personIds.map((personId) => ({
      titleId: titleId(ctx, code),
      year,
      period: 'Y' as const,
      personId,
      unitId: null,
    })),
  });
}

describe('CSTĐ cấp tỉnh: three consecutive CSTĐCS and a provincial initiative (demo)', () => {
  it('lists An as eligible, Bích as missing CSTĐCS in 2022 and Cường as lacking a provincial initiative', async () => {
    const ctx = await openDemoCore();
    const list = await eligibility(ctx, 2023, 'Y', 'CSTD_TINH');
    expect(candidate(list, 'Nguyễn Văn An')).toMatchObject({ eligible: true, reasons: [] });
    const bich = candidate(list, 'Trần Thị Bích');
    expect(bich.eligible).toBe(false);
    expect(bich.reasons[0]).toBe('thiếu CSTĐCS năm 2022');
    expect(candidate(list, 'Lê Văn Cường').reasons).toEqual([
      'chưa có sáng kiến phạm vi cấp tỉnh được công nhận các năm 2020–2022',
    ]);
    expect(candidate(list, 'Võ Minh Đức').reasons[0]).toBe('thiếu CSTĐCS các năm 2020, 2021, 2022');
  });
});

describe('TTLĐXS: at least 70% of members LĐTT and one CSTĐCS', () => {
  it('passes at 7 of 10 with a CSTĐCS, fails at 6 of 10, and fails without any CSTĐCS', async () => {
    const ctx = await openTestCore();
    const a = await unitWithPeople(ctx, 'XA-A', 10);
    const b = await unitWithPeople(ctx, 'XA-B', 10);
    const c = await unitWithPeople(ctx, 'XA-C', 10);
    const ids = (u: typeof a, n: number) => u.people.slice(0, n).map((p) => p.id);
    await grant(ctx, '1/QĐ-UBND', '2023-12-20', 'LDTT', 2023, [...ids(a, 7), ...ids(b, 6), ...ids(c, 7)]);
    await grant(ctx, '2/QĐ-UBND', '2023-12-20', 'CSTDCS', 2023, [a.people[0]!.id, b.people[0]!.id]);
    const list = await eligibility(ctx, 2023, 'Y', 'TTLDXS');
    expect(candidate(list, 'Xã XA-A')).toMatchObject({ eligible: true });
    expect(candidate(list, 'Xã XA-B').reasons).toEqual(['mới có 60% thành viên (6/10) đạt LĐTT năm 2023, cần từ 70%']);
    expect(candidate(list, 'Xã XA-C').reasons).toEqual(['chưa có thành viên đạt CSTĐCS năm 2023']);
  });
});

describe('CSTĐCS: no more than 15% of the unit’s LĐTT (province setting)', () => {
  it('with 14 LĐTT allows floor(2.1) = 2, and the third eligible person is stopped by the cap', async () => {
    const ctx = await openTestCore();
    const a = await unitWithPeople(ctx, 'XA-A', 15);
    await grant(
      ctx,
      '1/QĐ-UBND',
      '2023-12-20',
      'LDTT',
      2023,
      a.people.slice(0, 14).map((p) => p.id),
    );
    const list = await eligibility(ctx, 2023, 'Y', 'CSTDCS');
    const verdicts = list.candidates.map((c) => [c.candidate.name, c.eligible, c.reasons]);
    expect(verdicts.filter(([, eligible]) => eligible)).toHaveLength(2);
    const stopped = list.candidates.filter((c) => c.reasons.some((r) => r.startsWith('vượt tỷ lệ')));
    expect(stopped).toHaveLength(12);
    expect(list.candidates.slice(0, 2).every((c) => c.eligible)).toBe(true);
    expect(stopped[0]!.reasons).toEqual(['vượt tỷ lệ: CSTĐCS không quá 15% số LĐTT của đơn vị (tối đa 2)']);
    // The 15th person has no LĐTT: the condition fails first and takes no place under the cap.
    expect(candidate(list, 'Người XA-A 15').reasons).toEqual(['thiếu LĐTT năm 2023']);
  });

  it('a new version of the cap from 2024 leaves 2023 at 15% and keeps the old version', async () => {
    const ctx = await openTestCore();
    const old = (await invoke(ctx, 'commendation:catalogue', {})).rules.find((r) => r.key === 'CSTDCS.TY_LE')!;
    await invoke(ctx, 'commendation:saveRule', {
      ...old,
      effectiveFrom: '2024-01-01',
      definition: { kind: 'shareCap', ofTitle: 'LDTT', maxPercent: 30 },
      reason: 'Quyết định mới của tỉnh',
    });
    const versions = (await invoke(ctx, 'commendation:catalogue', {})).rules.filter((r) => r.key === 'CSTDCS.TY_LE');
    expect(versions.map((v) => v.effectiveFrom)).toEqual(['2000-01-01', '2024-01-01']);
    const rule2023 = (await eligibility(ctx, 2023, 'Y', 'CSTDCS')).rules.find((r) => r.key === 'CSTDCS.TY_LE')!;
    const rule2024 = (await eligibility(ctx, 2024, 'Y', 'CSTDCS')).rules.find((r) => r.key === 'CSTDCS.TY_LE')!;
    expect(rule2023.definition).toMatchObject({ maxPercent: 15 });
    expect(rule2024.definition).toMatchObject({ maxPercent: 30 });
  });
});

describe('Cà Mau 2023: mid-year Bằng khen for units with ≥50% of their targets met by 30/6', () => {
  it('reads the dashboards’ evaluation, and a changed figure changes eligibility', async () => {
    const ctx = await openDemoCore();
    const shareMet = (unitId: number) => {
      const statuses = evaluateYear(ctx, 2023, 'H1').targets.flatMap((t) =>
        t.units.filter((u) => u.unitId === unitId && u.status !== null).map((u) => u.status!),
      );
      return statuses.filter((s) => s === 'vuot' || s === 'dat' || s === 'dung_tien_do').length / statuses.length;
    };
    const before = await eligibility(ctx, 2023, 'H1', 'BK_TINH_TT');
    const units = ['TT-HHN', 'XA-LH', 'XA-HP', 'XA-MH', 'XA-MT', 'XA-MP', 'XA-MTH', 'XA-PM', 'XA-TH'].map((code) =>
      unitByCode(ctx, code),
    );
    for (const unit of units) {
      expect(candidate(before, unit.name).eligible).toBe(shareMet(unit.id) >= 0.5);
    }
    const agency = candidate(before, 'Phòng Văn hóa và Thông tin');
    expect(agency.reasons).toEqual(['đơn vị chưa được giao chỉ tiêu năm 2023']);

    // Drop one commune's Q2 figures of its two allocated targets to zero: it falls behind on both.
    const target = units.find((u) => candidate(before, u.name).eligible)!;
    const allocated = evaluateYear(ctx, 2023, 'H1').targets.filter((t) =>
      t.units.some((u) => u.unitId === target.id && u.status !== null),
    );
    for (const quarter of [1, 2] as const) {
      await invoke(ctx, 'figures:save', {
        year: 2023,
        quarter,
        entries: allocated.map((t) => ({ indicatorId: t.indicatorId, unitId: target.id, value: 0 })),
        reason: 'kiểm thử',
      });
    }
    const after = await eligibility(ctx, 2023, 'H1', 'BK_TINH_TT');
    expect(shareMet(target.id)).toBe(0);
    expect(candidate(after, target.name)).toMatchObject({ eligible: false, reasons: ['mới đạt 0% chỉ tiêu đến 30/6'] });
  });

  it('gives at most 2 individuals per unit at mid-year, and the year-end rule asks for 100%', async () => {
    const ctx = await openDemoCore();
    const collectives = await eligibility(ctx, 2023, 'H1', 'BK_TINH_TT');
    const ahead = collectives.candidates.find((c) => c.eligible)!.candidate;
    for (const name of ['Cá nhân Một', 'Cá nhân Hai', 'Cá nhân Ba']) {
      await invoke(ctx, 'people:save', { fullName: name, position: null, unitId: ahead.unitId, birthDate: null });
    }
    const h1 = await eligibility(ctx, 2023, 'H1', 'BK_TINH');
    expect(h1.rules.map((r) => r.key)).toEqual(['CAMAU2023.BK_6T.CHI_TIEU', 'CAMAU2023.BK_6T.TOI_DA']);
    const inAhead = h1.candidates.filter((c) => c.candidate.unitId === ahead.unitId);
    expect(inAhead.length).toBeGreaterThanOrEqual(3);
    expect(inAhead.slice(0, 2).every((c) => c.eligible)).toBe(true);
    for (const stopped of inAhead.slice(2)) expect(stopped.reasons).toEqual(['đơn vị đã đủ 2 cá nhân được đề nghị']);
    const behind = h1.candidates.find((c) => c.candidate.name === 'Nguyễn Văn An')!;
    expect(behind.reasons[0]).toMatch(/^mới đạt \d+% chỉ tiêu đến 30\/6$/);
    const year = await eligibility(ctx, 2023, 'Y', 'BK_TINH');
    expect(year.rules.map((r) => r.key)).toEqual(['CAMAU2023.BK_NAM.CHI_TIEU', 'CAMAU2023.BK_NAM.TOI_DA']);
    // The plan's rules end with 2023: a 2024 proposal has none to check.
    const next = await eligibility(ctx, 2024, 'H1', 'BK_TINH');
    expect(next.rules).toEqual([]);
    expect(next.note).toContain('Hội đồng xét theo hồ sơ');
  });
});
