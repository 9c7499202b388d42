import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { reportData } from '@core/reports/service';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';

describe('quarterly report', () => {
  it('renders the Nghị định 30 header, the subject, every target and the signer from the demo data', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { html } = await invoke(ctx, 'reports:html', { id: draft.id });
    expect(html).toMatch(/^<!doctype html>/);
    for (const text of [
      'UBND TỈNH SÓC TRĂNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // The demo seeds this draft as the secretary would fill it in early July (electron/core/demo/demo-report.ts).
      'Mỹ Tú, ngày 05 tháng 7 năm 2023',
      'Số: 45/BC-UBND',
      'BÁO CÁO',
      'Kết quả thực hiện chỉ tiêu thi đua quý II năm 2023',
      'I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI',
      'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA',
      'III. TỒN TẠI, HẠN CHẾ',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      '320.080',
      'Nguyễn Việt Phú',
      // Nghị định 30, Phụ lục I, III.1.b: "Phụ lục" in lower case, its title in capitals, then what it is attached to.
      '<div class="annex-label">Phụ lục</div>',
      'KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA THEO ĐƠN VỊ QUÝ II NĂM 2023',
      '(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân huyện Mỹ Tú (dữ liệu mẫu))',
    ]) {
      expect(html).toContain(text);
    }
    for (const indicator of ctx.repos.indicators.all()) expect(html).toContain(indicator.name);
    // No external resource: the report prints the same offline, in Electron and in the CLI's Chromium.
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });

  it('numbers the optional sections only when they have text', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { id, year: _y, period: _p, status: _s, issuedAt: _a, issuedBy: _b, updatedAt: _u, ...editable } = draft;
    await invoke(ctx, 'reports:save', {
      id,
      ...editable,
      prose: { ...draft.prose, awards: 'Đã khen thưởng 12 tập thể.\n\n- 3 Giấy khen\n- 9 Lao động tiên tiến' },
    });
    const { html } = await invoke(ctx, 'reports:html', { id });
    expect(html).toContain('III. CÔNG TÁC KHEN THƯỞNG');
    expect(html).toContain('<li>3 Giấy khen</li>');
    expect(html).not.toContain('HOẠT ĐỘNG CỦA CỤM, KHỐI THI ĐUA');
    expect(html).toContain('V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI');
  });

  it('prints a unit named <b>Xã "A" & B</b> as text, not markup', async () => {
    const ctx = await openDemoCore();
    const unit = unitByCode(ctx, 'XA-LH');
    await invoke(ctx, 'units:rename', { id: unit.id, name: '<b>Xã "A" & B</b>' });
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { html } = await invoke(ctx, 'reports:html', { id: draft.id });
    expect(html).toContain('&lt;b&gt;Xã &quot;A&quot; &amp; B&lt;/b&gt;');
    expect(html).not.toContain('<b>Xã');
  });

  it('an issued report reprints byte-identical HTML after its figures change, while a new draft shows the change', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const issued = await invoke(ctx, 'reports:issue', { id: draft.id });
    expect(issued.status).toBe('phat_hanh');
    const printed = (await invoke(ctx, 'reports:html', { id: draft.id })).html;

    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: rice.id, unitId: unitByCode(ctx, 'XA-LH').id, value: 99999 }],
      reason: 'Xã báo lại',
    });
    await invoke(ctx, 'settings:saveCouncil', {
      ...(await invoke(ctx, 'settings:council', {})),
      signerName: 'Người Khác',
    });

    const reprinted = (await invoke(ctx, 'reports:html', { id: draft.id })).html;
    expect(Buffer.from(reprinted).equals(Buffer.from(printed))).toBe(true);
    await expect(
      invoke(ctx, 'reports:save', { ...issued, id: issued.id, documentNumber: '9' } as never),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const next = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    expect(next.id).not.toBe(draft.id);
    const fresh = (await invoke(ctx, 'reports:html', { id: next.id })).html;
    expect(fresh).toContain('Người Khác');
    expect(fresh).not.toEqual(printed);
    expect((await invoke(ctx, 'reports:list', {})).map((r) => r.status)).toEqual(['nhap', 'phat_hanh']);
  });

  it('redrafts "Tồn tại, hạn chế" from today’s figures on request, quoting the table’s % KH', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const before = (await invoke(ctx, 'reports:proposeShortcomings', { id: draft.id })).text;
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: rice.id, unitId: unitByCode(ctx, 'XA-LH').id, value: 1 }],
      reason: 'Xã báo lại',
    });
    const after = (await invoke(ctx, 'reports:proposeShortcomings', { id: draft.id })).text;
    // The table the draft prints today.
    const riceNow = reportData(ctx, draft.id).evaluation.targets.find((t) => t.indicatorId === rice.id)!;
    const line = after.split('\n').find((l) => l.startsWith('- Sản lượng lúa:'))!;
    expect(line).toContain(`đạt ${formatVietnameseNumber(riceNow.percentOfPlan!, 1)}% kế hoạch năm`);
    expect(after).not.toBe(before);
    // Nothing is saved: the draft keeps its text until the secretary saves the form.
    expect(ctx.repos.reports.byId(draft.id)!.prose.shortcomings).toBe(draft.prose.shortcomings);
  });

  it('refuses to edit an issued report', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    await invoke(ctx, 'reports:issue', { id: draft.id });
    await expect(
      invoke(ctx, 'reports:save', {
        id: draft.id,
        documentNumber: '12',
        issuedOn: draft.issuedOn,
        prose: draft.prose,
        recipients: draft.recipients,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã phát hành') });
  });

  it('says clearly when no PDF printer is available', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    await expect(invoke(ctx, 'reports:pdf', { id: draft.id })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });
});

describe('report section 4 from the commendation records', () => {
  it('proposes công tác khen thưởng from the year awards, and leaves it out when there are none', async () => {
    const { awardsParagraph } = await import('@shared/report/default-prose');
    expect(awardsParagraph([])).toBe('');
    const rows = [
      {
        year: 2023,
        titleCode: 'LDTT',
        titleName: 'Lao động tiên tiến',
        unitId: 1,
        unitName: 'Xã A',
        count: 9,
        prizeTotal: 4860000,
      },
      {
        year: 2023,
        titleCode: 'LDTT',
        titleName: 'Lao động tiên tiến',
        unitId: 2,
        unitName: 'Xã B',
        count: 3,
        prizeTotal: 1620000,
      },
      { year: 2023, titleCode: 'GK', titleName: 'Giấy khen', unitId: 1, unitName: 'Xã A', count: 2, prizeTotal: 0 },
    ];
    expect(awardsParagraph(rows).split('\n')).toEqual([
      'Đã khen thưởng 14 lượt tập thể, cá nhân, tổng tiền thưởng 6.480.000 đồng, gồm:',
      '- Lao động tiên tiến: 12 lượt.',
      '- Giấy khen: 2 lượt.',
    ]);
  });
});
