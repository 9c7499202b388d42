import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { openTestCore } from '../support/temp-core';

// Each rule pinned to its date with a worked example; amounts are the decree's arithmetic (multiple × lương cơ sở in
// force on the decision date, rounded up to the next 10.000 đ), never the code's output.

const titleId = (ctx: CoreContext, code: string) => ctx.repos.awardTitles.byCode(code)!.id;
const decisionBase = { signer: 'Chủ tịch', authority: 'Chủ tịch UBND xã', subject: 'Khen thưởng', entryIds: [] };

async function commune(ctx: CoreContext) {
  await invoke(ctx, 'settings:saveCouncil', {
    level: 'xa',
    parentBody: 'UBND THÀNH PHỐ CẦN THƠ',
    issuingBody: 'ỦY BAN NHÂN DÂN XÃ MỸ TÚ',
    issuingBodyCode: 'UBND',
    place: 'Mỹ Tú',
    signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Văn A',
  });
}

async function unit(ctx: CoreContext, name: string, kind: 'thon' | 'phong_ban' = 'phong_ban') {
  return invoke(ctx, 'units:create', { name, kind, parentId: null, validFrom: null, note: null });
}

async function person(ctx: CoreContext, fullName: string, unitId: number, gender: 'nam' | 'nu' | null = null) {
  return invoke(ctx, 'people:save', { fullName, position: 'Công chức', unitId, birthDate: null, gender });
}

describe('prize money by decision date (NĐ 98/2023, NĐ 152/2025, NĐ 161/2026)', () => {
  it('the same CSTĐCS pays 2.340.000 đ decided on 30/6/2026 and 2.530.000 đ on 1/7/2026, with the amount in words', async () => {
    const ctx = await openTestCore();
    const school = await unit(ctx, 'Trường THCS Mỹ Tú');
    const sa = await person(ctx, 'Lâm Thị Sa Ry', school.id, 'nu');
    const phuc = await person(ctx, 'Đặng Văn Phúc', school.id, 'nam');
    const cstdcs = titleId(ctx, 'CSTDCS');
    const june = await invoke(ctx, 'decisions:create', {
      ...decisionBase,
      number: '131/QĐ-UBND',
      signedOn: '2026-06-30',
      recipients: [{ titleId: cstdcs, year: 2026, period: 'H1', personId: sa.id, unitId: null }],
    });
    const july = await invoke(ctx, 'decisions:create', {
      ...decisionBase,
      number: '134/QĐ-UBND',
      signedOn: '2026-07-01',
      recipients: [{ titleId: cstdcs, year: 2026, period: 'H1', personId: phuc.id, unitId: null }],
    });
    expect(june.awards.map((a) => [a.prizeMultiple, a.baseSalary, a.prizeAmount])).toEqual([[1, 2_340_000, 2_340_000]]);
    expect(june.prizeTotalWords).toBe('Hai triệu ba trăm bốn mươi nghìn đồng');
    expect(july.awards.map((a) => [a.prizeMultiple, a.baseSalary, a.prizeAmount])).toEqual([[1, 2_530_000, 2_530_000]]);
    expect(july.prizeTotalWords).toBe('Hai triệu năm trăm ba mươi nghìn đồng');
  });

  it('LĐTT 0,3 × 2.340.000 = 702.000 is paid 710.000 đ (rounded up), in words "Bảy trăm mười nghìn đồng"', async () => {
    const ctx = await openTestCore();
    const office = await unit(ctx, 'Văn phòng HĐND và UBND');
    const hoa = await person(ctx, 'Nguyễn Thị Kim Hoa', office.id, 'nu');
    const d = await invoke(ctx, 'decisions:create', {
      ...decisionBase,
      number: '201/QĐ-UBND',
      signedOn: '2025-12-18',
      recipients: [{ titleId: titleId(ctx, 'LDTT'), year: 2025, period: 'Y', personId: hoa.id, unitId: null }],
    });
    expect(d.awards[0]!.prizeAmount).toBe(710_000);
    expect(d.prizeTotalWords).toBe('Bảy trăm mười nghìn đồng');
  });

  it('a provincial Bằng khen for an individual uses 1,0 under NĐ 98 (2024) and 1,5 from 1/7/2025', async () => {
    const ctx = await openTestCore();
    const office = await unit(ctx, 'Phòng Văn hóa – Xã hội');
    const people = await Promise.all(
      ['Người Một', 'Người Hai', 'Người Ba'].map((name) => person(ctx, name, office.id)),
    );
    const bk = titleId(ctx, 'BK_TINH');
    const decide = (number: string, signedOn: string, year: number, personId: number) =>
      invoke(ctx, 'decisions:create', {
        ...decisionBase,
        authority: 'Chủ tịch UBND thành phố Cần Thơ',
        number,
        signedOn,
        recipients: [{ titleId: bk, year, period: 'Y', personId, unitId: null }],
      });
    const nd98 = await decide('10/QĐ-UBND', '2025-06-30', 2024, people[0]!.id);
    const nd152 = await decide('11/QĐ-UBND', '2025-12-20', 2025, people[1]!.id);
    const nd161 = await decide('12/QĐ-UBND', '2026-12-20', 2026, people[2]!.id);
    expect(nd98.awards[0]).toMatchObject({ prizeMultiple: 1, baseSalary: 2_340_000, prizeAmount: 2_340_000 });
    expect(nd152.awards[0]).toMatchObject({ prizeMultiple: 1.5, baseSalary: 2_340_000, prizeAmount: 3_510_000 });
    expect(nd161.awards[0]).toMatchObject({ prizeMultiple: 1.5, baseSalary: 2_530_000, prizeAmount: 3_800_000 });
    expect(nd161.prizeTotalWords).toBe('Ba triệu tám trăm nghìn đồng');
  });

  it('every multiple in force carries its citation; an unconfirmed value says so', async () => {
    const ctx = await openTestCore();
    const catalogue = await invoke(ctx, 'commendation:catalogue', { onDate: '2026-07-01' });
    const byCode = new Map(catalogue.titles.map((t) => [t.code, t]));
    expect(byCode.get('CSTDCS')).toMatchObject({
      prizeMultiple: 1,
      legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1 điểm c',
      confirmed: true,
    });
    expect(byCode.get('XA_TIEU_BIEU')).toMatchObject({ name: 'Xã, phường, đặc khu tiêu biểu', prizeMultiple: 2 });
    expect(byCode.get('GK')?.confirmed).toBe(false);
    expect(catalogue.baseSalaries.at(-1)).toEqual({
      effectiveFrom: '2026-07-01',
      amount: 2_530_000,
      legalBasis: 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2 và Điều 6',
      confirmed: true,
    });
    expect(catalogue.regimes.map((r) => [r.effectiveFrom, r.rounding])).toEqual([
      ['2017-10-01', 'ceil10000'],
      ['2024-01-01', 'ceil10000'],
      ['2025-07-01', 'ceil10000'],
    ]);
  });
});

describe('who decides: a setting of the council level, the rest proposed upward', () => {
  it('a commune decides CSTĐCS and TTLĐTT from 1/7/2025 (NĐ 129/2025) but proposes TTLĐXS and Bằng khen upward', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    const before = await invoke(ctx, 'commendation:catalogue', { onDate: '2025-06-30' });
    const after = await invoke(ctx, 'commendation:catalogue', { onDate: '2025-07-01' });
    const within = (c: typeof after, code: string) => c.titles.find((t) => t.code === code)!.withinCouncil;
    expect(within(before, 'CSTDCS')).toBe(false);
    expect(within(after, 'CSTDCS')).toBe(true);
    expect(within(after, 'TTLDTT')).toBe(true);
    expect(within(after, 'TTLDXS')).toBe(false);
    expect(within(after, 'BK_TINH')).toBe(false);
    expect(after.titles.find((t) => t.code === 'BK_TINH')!.authority).toMatch(/Chủ tịch UBND tỉnh, thành phố/);
    const office = await unit(ctx, 'Phòng Văn hóa – Xã hội');
    await person(ctx, 'Nguyễn Thị Kim Hoa', office.id, 'nu');
    const list = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'TTLDXS' });
    expect(list.upward).toMatch(/^Vượt thẩm quyền của Hội đồng: đề nghị cấp trên \(Chủ tịch UBND tỉnh/);
    const own = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'CSTDCS' });
    expect(own.upward).toBeNull();
  });

  it('the secretary moves a title into the council’s authority from a date, and it stops being proposed upward', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    await invoke(ctx, 'commendation:saveAuthority', {
      titleId: titleId(ctx, 'XA_TIEU_BIEU'),
      councilLevel: 'xa',
      effectiveFrom: '2027-03-01',
      decidedBy: 'Chủ tịch UBND xã (thử)',
      withinCouncil: true,
      legalBasis: 'Nghị định kế nhiệm (giả định)',
    });
    const c = await invoke(ctx, 'commendation:catalogue', { onDate: '2027-03-01' });
    expect(c.titles.find((t) => t.code === 'XA_TIEU_BIEU')).toMatchObject({ withinCouncil: true });
  });
});

describe('NĐ 152 Điều 4 and TT 15/2025 on the eligibility list, each with its reason', () => {
  it('a person under discipline review is not eligible; after a served discipline, achievements count from its end', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    const office = await unit(ctx, 'Phòng Kinh tế');
    const luc = await person(ctx, 'Trần Văn Lực', office.id, 'nam');
    const han = await person(ctx, 'Lê Thị Ngọc Hân', office.id, 'nu');
    await invoke(ctx, 'people:saveSanction', {
      personId: luc.id,
      unitId: null,
      kind: 'xem_xet_ky_luat',
      fromDate: '2026-10-20',
      toDate: null,
      document: 'Quyết định số 45/QĐ-UBND ngày 20/10/2026',
      note: '',
    });
    await invoke(ctx, 'people:saveSanction', {
      personId: han.id,
      unitId: null,
      kind: 'ky_luat',
      fromDate: '2025-03-10',
      toDate: '2026-03-09',
      document: 'Quyết định số 12/QĐ-UBND ngày 10/03/2025 (khiển trách)',
      note: '',
    });
    const list = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'LDTT' });
    const of = (name: string) => list.candidates.find((c) => c.candidate.name === name)!;
    expect(of('Trần Văn Lực').eligible).toBe(false);
    expect(of('Trần Văn Lực').reasons).toEqual([
      'Chưa xét khen thưởng: đang trong thời gian cơ quan có thẩm quyền xem xét thi hành kỷ luật (Quyết định số 45/QĐ-UBND ngày 20/10/2026, từ 20/10/2026) – khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP.',
    ]);
    expect(of('Lê Thị Ngọc Hân').eligible).toBe(true);
    expect(of('Lê Thị Ngọc Hân').checks.find((c) => c.advisory)?.detail).toBe(
      'Chỉ tính thành tích từ ngày 10/03/2026 – thời điểm chấp hành xong thời gian thi hành kỷ luật (Quyết định số 12/QĐ-UBND ngày 10/03/2025 (khiển trách)) – khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP.',
    );
    // The same review in the first half of 2026 is not barred: the review began on 20/10/2026.
    const h1 = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'H1', titleCode: 'LDTT' });
    expect(h1.candidates.find((c) => c.candidate.name === 'Trần Văn Lực')!.eligible).toBe(true);
  });

  it('a unit dissolved in the restructuring is listed for 2025 and not eligible (TT 15/2025); a merged one says where it went', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    const old = await unit(ctx, 'Văn phòng HĐND và UBND thị trấn Huỳnh Hữu Nghĩa');
    const hamletB = await unit(ctx, 'Ấp Mỹ Thuận B', 'thon');
    const hamlet = await unit(ctx, 'Ấp Mỹ Thuận', 'thon');
    await invoke(ctx, 'units:retire', { id: old.id, validTo: '2025-07-01', dissolved: true });
    await invoke(ctx, 'units:merge', { sourceIds: [hamletB.id], intoId: hamlet.id, date: '2025-10-01' });
    const list = await invoke(ctx, 'awards:eligibility', { year: 2025, period: 'Y', titleCode: 'TTLDTT' });
    const of = (id: number) => list.candidates.find((c) => c.candidate.id === id)!;
    expect(of(old.id).reasons).toEqual([
      'Đơn vị đã giải thể sau sắp xếp tổ chức bộ máy (từ 01/07/2025), không xét khen thưởng (Thông tư 15/2025/TT-BNV).',
    ]);
    expect(of(hamletB.id).reasons).toEqual([
      'Đơn vị đã sáp nhập vào Ấp Mỹ Thuận từ 01/10/2025; xét khen thưởng cho đơn vị sau sáp nhập.',
    ]);
    expect(of(hamlet.id).eligible).toBe(true);
    // A year later neither is a candidate any more.
    const next = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'TTLDTT' });
    expect(next.candidates.map((c) => c.candidate.id)).toEqual([hamlet.id]);
  });

  it('a chuyên đề Giấy khen does not count toward an upward công trạng proposal, and the list says so', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    const hamlet = await unit(ctx, 'Ấp Sóc Xoài', 'thon');
    const sang = await person(ctx, 'Huỳnh Văn Sang', hamlet.id, 'nam');
    await invoke(ctx, 'decisions:create', {
      ...decisionBase,
      number: '88/QĐ-UBND',
      signedOn: '2026-10-15',
      method: 'chuyen_de',
      recipients: [{ titleId: titleId(ctx, 'GK'), year: 2026, period: 'Y', personId: sang.id, unitId: null }],
    });
    // A provincial rule (as a province may set): a commune's award of the year grounds the proposal.
    await invoke(ctx, 'commendation:saveRule', {
      key: 'TINH.BK.CO_KHEN_CO_SO',
      effectiveFrom: '2025-07-01',
      titleCode: 'BK_TINH',
      label: 'Có danh hiệu hoặc Giấy khen của cấp xã trong năm xét',
      source: 'tinh',
      sourceNote: 'Ví dụ quy định của tỉnh',
      appliesTo: 'Y',
      definition: { kind: 'anyOfTitles', titles: ['CSTDCS', 'GK'], years: 1, lastYearOffset: 0 },
      active: true,
    });
    const upward = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'BK_TINH' });
    const row = upward.candidates.find((c) => c.candidate.id === sang.id)!;
    expect(row.eligible).toBe(false);
    expect(row.reasons).toEqual(['chưa có CSTĐCS hoặc Giấy khen (cá nhân) năm 2026 được tính làm căn cứ']);
    expect(row.checks.filter((c) => c.advisory).map((c) => c.detail)).toEqual([
      'Không tính Giấy khen (cá nhân) (chuyên đề, Quyết định số 88/QĐ-UBND ngày 15/10/2026) làm căn cứ đề nghị cấp trên khen thưởng công trạng – khoản 3 Điều 4 Nghị định 152/2025/NĐ-CP.',
    ]);
    // Had the Giấy khen been a thường xuyên (công trạng) one, it would ground the proposal.
    const merit = await person(ctx, 'Phạm Văn Tốt', hamlet.id, 'nam');
    await invoke(ctx, 'decisions:create', {
      ...decisionBase,
      number: '215/QĐ-UBND',
      signedOn: '2026-12-22',
      recipients: [{ titleId: titleId(ctx, 'GK'), year: 2026, period: 'Y', personId: merit.id, unitId: null }],
    });
    const again = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'BK_TINH' });
    expect(again.candidates.find((c) => c.candidate.id === merit.id)!.eligible).toBe(true);
  });

  it('on a tie for the one place a cap leaves, the woman is preferred and both are told why (Điều 4 khoản 6)', async () => {
    const ctx = await openTestCore();
    await commune(ctx);
    const hamlet = await unit(ctx, 'Ấp Mỹ Thạnh', 'thon');
    const duc = await person(ctx, 'Phạm Minh Đức', hamlet.id, 'nam');
    const tuyen = await person(ctx, 'Trần Thị Bích Tuyền', hamlet.id, 'nu');
    await invoke(ctx, 'commendation:saveRule', {
      key: 'TINH.BK.TOI_DA',
      effectiveFrom: '2025-07-01',
      titleCode: 'BK_TINH',
      label: 'Không quá 01 cá nhân mỗi đơn vị',
      source: 'tinh',
      sourceNote: 'Ví dụ quy định của tỉnh',
      appliesTo: 'Y',
      definition: { kind: 'countCap', maxCount: 1 },
      active: true,
    });
    const list = await invoke(ctx, 'awards:eligibility', { year: 2026, period: 'Y', titleCode: 'BK_TINH' });
    const of = (id: number) => list.candidates.find((c) => c.candidate.id === id)!;
    // Alphabetically Đức comes first; the preference gives the place to Tuyền.
    expect(list.candidates.map((c) => c.candidate.id)).toEqual([duc.id, tuyen.id]);
    expect(of(tuyen.id).eligible).toBe(true);
    expect(of(duc.id).eligible).toBe(false);
    expect(of(tuyen.id).checks.find((c) => c.advisory)?.detail).toBe(
      'Cùng đủ điều kiện, tiêu chuẩn với trường hợp khác cho số suất có hạn: được ưu tiên vì là cá nhân nữ – khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP.',
    );
    expect(of(duc.id).checks.find((c) => c.advisory)?.detail).toBe(
      'Cùng đủ điều kiện, tiêu chuẩn với Trần Thị Bích Tuyền cho số suất có hạn: ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên – khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP.',
    );
    // Before NĐ 152 there is no such preference: list order decides.
    const old = await invoke(ctx, 'awards:eligibility', { year: 2024, period: 'Y', titleCode: 'BK_TINH' });
    expect(old.candidates.find((c) => c.candidate.id === duc.id)!.checks.some((c) => c.advisory)).toBe(false);
  });
});
