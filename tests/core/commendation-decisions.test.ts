import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import { invoke } from '@core/dispatch/dispatch';
import { openDemoCore, unitByCode } from '../support/demo-core';
import { openTestCore, tempDir } from '../support/temp-core';

const titleId = (ctx: CoreContext, code: string) => ctx.repos.awardTitles.byCode(code)!.id;

async function person(ctx: CoreContext, fullName: string) {
  const unit = await invoke(ctx, 'units:create', {
    code: 'XA-A',
    name: 'Xã A',
    kind: 'xa',
    parentId: null,
    validFrom: null,
    note: null,
  });
  return invoke(ctx, 'people:save', { fullName, position: 'Công chức', unitId: unit.id, birthDate: null });
}

describe('decisions: prize money at the base salary in force on the decision date', () => {
  it('CSTĐCS ×1.0 is 1.490.000 đ on 2023-06-20 and 1.800.000 đ on 2023-07-05; LĐTT ×0.3 is 540.000 đ', async () => {
    const ctx = await openTestCore();
    const an = await person(ctx, 'Nguyễn Văn An');
    const base = { signer: 'Nguyễn Việt Phú', authority: 'Chủ tịch UBND huyện', subject: 'Khen thưởng', entryIds: [] };
    const june = await invoke(ctx, 'decisions:create', {
      ...base,
      number: '10/QĐ-UBND',
      signedOn: '2023-06-20',
      recipients: [{ titleId: titleId(ctx, 'CSTDCS'), year: 2022, period: 'Y', personId: an.id, unitId: null }],
    });
    const july = await invoke(ctx, 'decisions:create', {
      ...base,
      number: '11/QĐ-UBND',
      signedOn: '2023-07-05',
      recipients: [
        { titleId: titleId(ctx, 'CSTDCS'), year: 2023, period: 'H1', personId: an.id, unitId: null },
        { titleId: titleId(ctx, 'LDTT'), year: 2023, period: 'Y', personId: an.id, unitId: null },
      ],
    });
    expect(june.awards.map((a) => [a.baseSalary, a.prizeAmount])).toEqual([[1_490_000, 1_490_000]]);
    expect(july.awards.map((a) => [a.titleCode, a.prizeAmount])).toEqual([
      ['LDTT', 540_000],
      ['CSTDCS', 1_800_000],
    ]);
    expect(july.prizeTotal).toBe(2_340_000);
    // A later base salary does not rewrite a signed decision.
    await invoke(ctx, 'commendation:saveBaseSalary', { effectiveFrom: '2023-07-01', amount: 1_900_000 });
    expect((await invoke(ctx, 'decisions:get', { id: july.decision.id })).prizeTotal).toBe(2_340_000);
  });

  it('refuses the same title twice for the same person and year', async () => {
    const ctx = await openTestCore();
    const an = await person(ctx, 'Nguyễn Văn An');
    const input = {
      signer: 'A',
      authority: 'B',
      subject: 'C',
      signedOn: '2023-12-20',
      entryIds: [],
      recipients: [{ titleId: titleId(ctx, 'LDTT'), year: 2023, period: 'Y' as const, personId: an.id, unitId: null }],
    };
    await invoke(ctx, 'decisions:create', { ...input, number: '1/QĐ-UBND' });
    await expect(invoke(ctx, 'decisions:create', { ...input, number: '2/QĐ-UBND' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Nguyễn Văn An đã có quyết định tặng Lao động tiên tiến năm 2023.',
    });
  });
});

describe('proposal → decision → history (demo)', () => {
  it('walks a proposal line to Quyết định and finds it by a name typed without accents', async () => {
    const ctx = await openDemoCore();
    const created = await invoke(ctx, 'proposals:create', {
      year: 2023,
      period: 'Y',
      titleId: titleId(ctx, 'CSTD_TINH'),
      note: '',
    });
    const an = created.eligibility.candidates.find((c) => c.candidate.name === 'Nguyễn Văn An')!;
    const withLine = await invoke(ctx, 'proposals:addEntry', {
      proposalId: created.proposal.id,
      personId: an.candidate.id,
      unitId: null,
      achievements: 'Ba năm liền CSTĐCS; sáng kiến cấp tỉnh.',
    });
    const entry = withLine.entries[0]!;
    await invoke(ctx, 'proposals:updateEntry', {
      entryId: entry.id,
      achievements: entry.achievements,
      status: 'de_nghi_cap_tren',
    });
    const decision = await invoke(ctx, 'decisions:create', {
      number: '3012/QĐ-UBND',
      signedOn: '2024-01-15',
      signer: 'Lâm Văn Mẫu',
      authority: 'Chủ tịch UBND tỉnh',
      subject: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2023',
      entryIds: [entry.id],
      recipients: [],
    });
    expect(decision.awards[0]).toMatchObject({ personName: 'Nguyễn Văn An', prizeAmount: 3 * 1_800_000 });
    const after = await invoke(ctx, 'proposals:get', { id: created.proposal.id });
    expect(after.entries[0]).toMatchObject({ status: 'quyet_dinh', awardId: decision.awards[0]!.id });
    expect(after.eligibility.candidates.find((c) => c.candidate.id === an.candidate.id)!.reasons).toEqual([
      'đã được tặng CSTĐ cấp tỉnh năm 2023',
    ]);

    const found = await invoke(ctx, 'awards:search', { query: 'nguyen van an' });
    expect(found.map((f) => f.person.fullName)).toEqual(['Nguyễn Văn An']);
    expect(found[0]!.awards.map((a) => `${a.year} ${a.titleCode} ${a.decisionNumber}`)).toEqual([
      '2023 CSTD_TINH 3012/QĐ-UBND',
      '2022 LDTT 1735/QĐ-UBND',
      '2022 CSTDCS 1735/QĐ-UBND',
      '2021 LDTT 1688/QĐ-UBND',
      '2021 CSTDCS 1688/QĐ-UBND',
      '2020 LDTT 1520/QĐ-UBND',
      '2020 CSTDCS 1520/QĐ-UBND',
    ]);
    const history = await invoke(ctx, 'awards:history', { personId: an.candidate.id, unitId: null });
    expect(history.initiatives.map((i) => i.scope)).toEqual(['tinh']);
    const stats = await invoke(ctx, 'awards:stats', { year: 2022 });
    const lh = unitByCode(ctx, 'XA-LH');
    expect(stats.find((s) => s.unitId === lh.id && s.titleCode === 'LDTT')).toMatchObject({ count: 3 });
  });

  it('prints the decision annex with the names and the prize money (pdftotext)', async () => {
    const ctx = await openDemoCore();
    const decision = ctx.repos.decisions.all().find((d) => d.number === '1735/QĐ-UBND')!;
    const { html } = await invoke(ctx, 'decisions:annexHtml', { id: decision.id });
    expect(html).toContain('Kèm theo Quyết định số 1735/QĐ-UBND ngày 26 tháng 12 năm 2022');
    const printer = createChromiumPrinter();
    const pdf = await invoke({ ...ctx, printer }, 'decisions:annexPdf', { id: decision.id }).finally(() =>
      printer.close(),
    );
    expect(pdf.fileName).toBe('QD-1735-QD-UBND-2022-12-26-danh-sach.pdf');
    const file = join(tempDir(), pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Trương Thị Lan');
    expect(text).toContain('1.490.000');
  }, 60_000);
});
