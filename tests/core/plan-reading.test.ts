import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract';
import { invoke } from '@core/dispatch/dispatch';
import { extractPlanText } from '@core/plans/plan-file';
import { openTestCore } from '../support/temp-core';

/** The isolated reader's own errors are logged; these tests look only at what comes back. */
const silent = { error: () => undefined };

const cell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...options });

/** A Word plan as an office makes it: a numbered list, a bullet, and a table with a group row and merged cells. */
async function wordPlan(): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'MỤC ĐÍCH, YÊU CẦU', numbering: { reference: 'sections', level: 0 } }),
          new Paragraph({ text: 'Huy động sức mạnh của cả hệ thống chính trị.', bullet: { level: 0 } }),
          new Paragraph({ text: 'CHỈ TIÊU THI ĐUA', numbering: { reference: 'sections', level: 0 } }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell('STT', { rowSpan: 2 }),
                  cell('Chỉ tiêu', { rowSpan: 2 }),
                  cell('ĐVT', { rowSpan: 2 }),
                  cell('Kế hoạch năm 2026', { columnSpan: 2 }),
                ],
              }),
              new TableRow({ children: [cell('Chỉ tiêu giao'), cell('Phấn đấu')] }),
              new TableRow({ children: [cell('I. KINH TẾ', { columnSpan: 5 })] }),
              new TableRow({
                children: [cell('1'), cell('Sản lượng lúa'), cell('tấn'), cell('310.000'), cell('320.080')],
              }),
              new TableRow({ children: [cell('2'), cell('Tỷ lệ hộ nghèo'), cell('%'), cell('1,5'), cell('1,2')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

describe('reading a plan file and proposing it for review', () => {
  it('reads a .docx from its own structure: list numbers, tables as rows of cells, spans and merges aligned', async () => {
    const text = await extractPlanText('ke-hoach.docx', await wordPlan(), silent);
    expect(text.split('\n')).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Huy động sức mạnh của cả hệ thống chính trị.',
      'II. CHỈ TIÊU THI ĐUA',
      'STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\t',
      '\t\t\tChỉ tiêu giao\tPhấn đấu',
      'I. KINH TẾ\t\t\t\t',
      '1\tSản lượng lúa\ttấn\t310.000\t320.080',
      '2\tTỷ lệ hộ nghèo\t%\t1,5\t1,2',
      '',
    ]);
  });

  it("proposes the Word table's targets from the column the plan sets, through plans:parseFile", async () => {
    const ctx = await openTestCore();
    const proposal = await invoke(ctx, 'plans:parseFile', {
      fileName: 'ke-hoach.docx',
      contentBase64: (await wordPlan()).toString('base64'),
    });
    expect(proposal.targets.map((t) => [t.name, t.comparator, t.value, t.unit, t.group, t.reason])).toEqual([
      ['Sản lượng lúa', 'gte', 320080, 'tấn', 'kinh_te', 'đọc từ bảng, cột “Kế hoạch năm 2026 Phấn đấu”'],
      ['Tỷ lệ hộ nghèo', 'lte', 1.2, '%', 'kinh_te', 'đọc từ bảng, cột “Kế hoạch năm 2026 Phấn đấu”'],
    ]);
    ctx.db.close();
  });

  it('proposes a readable text without targets instead of refusing it, with the notice, and writes nothing', async () => {
    const ctx = await openTestCore();
    const proposal = await invoke(ctx, 'plans:parseText', { text: 'Kính gửi các xã.\nĐề nghị báo cáo đúng hạn.' });
    expect(proposal.targets).toEqual([]);
    expect(proposal.parsed.notice).toMatch(/^Không tìm thấy chỉ tiêu nào trong văn bản\./);
    expect(ctx.repos.plans.all()).toEqual([]);
    ctx.db.close();
  });

  it('links "tăng … so với năm 2025" to the indicator of 2025\'s plan by its name, for the secretary to confirm', async () => {
    const ctx = await openTestCore();
    const lastYear: ChannelInput<'plans:import'> = {
      header: {
        number: '05/KH-UBND',
        issuedOn: '2025-01-10',
        place: null,
        issuer: null,
        title: 'Kế hoạch năm 2025',
        theme: null,
        year: 2025,
        phases: [],
        legalBases: [],
        signer: null,
      },
      sourceText: null,
      targets: [
        {
          newIndicator: {
            name: 'Tổng giá trị sản xuất trên địa bàn',
            group: 'kinh_te',
            measureUnit: 'tỷ đồng',
            kind: 'flow',
            direction: 'higher',
          },
          comparator: 'gte',
          value: 1200,
        },
      ],
    };
    await invoke(ctx, 'plans:import', lastYear);
    const [indicator] = ctx.repos.indicators.all();

    const proposal = await invoke(ctx, 'plans:parseText', {
      text: 'KẾ HOẠCH\nPhát động thi đua năm 2026\nII. CHỈ TIÊU\n- Tổng giá trị sản xuất tăng 10% so với năm 2025.',
    });
    const [growth] = proposal.targets;
    expect([growth?.comparator, growth?.value, growth?.baselineYear]).toEqual(['increase', 10, 2025]);
    expect(growth?.matchedIndicatorId).toBe(indicator!.id);
    expect(growth?.baselineLink).toEqual({
      indicatorId: indicator!.id,
      name: 'Tổng giá trị sản xuất trên địa bàn',
      year: 2025,
    });
    expect(growth?.ambiguityReason).toContain(
      'Gắn với chỉ số “Tổng giá trị sản xuất trên địa bàn” của kế hoạch năm 2025',
    );
    ctx.db.close();
  });
});
