import { describe, expect, it } from 'vitest';
import { lineAt, segmentPlan, type Paragraph, type TableBlock } from '@shared/plan-text/segment';

describe('segmentPlan: paragraphs and tables', () => {
  it('joins a sentence a PDF cut across lines, and still cites the line each half is on', () => {
    const { blocks } = segmentPlan(
      '- Tỷ lệ hộ nghèo giảm 0,8%; tỷ lệ hộ cận\n\nnghèo giảm 0,5%.\n- Thu ngân sách đạt 25 tỷ đồng.',
    );
    const [first, second] = blocks as Paragraph[];
    expect(first?.text).toBe('- Tỷ lệ hộ nghèo giảm 0,8%; tỷ lệ hộ cận nghèo giảm 0,5%.');
    expect(lineAt(first!, first!.text.indexOf('nghèo giảm 0,5%'))).toBe(3);
    expect(second?.text).toBe('- Thu ngân sách đạt 25 tỷ đồng.');
  });

  it('joins across the running footer and the page number a PDF leaves between the halves', () => {
    const text =
      'tỷ lệ hộ cận\n\nKế hoạch thi đua năm 2026 - UBND xã Vĩnh Hậu        Trang 1/3\n\n2\n\nnghèo giảm 0,5%.';
    expect((segmentPlan(text).blocks as Paragraph[]).map((block) => block.text)).toEqual([
      'tỷ lệ hộ cận nghèo giảm 0,5%.',
    ]);
  });

  it('does not join a new list item, a heading in capitals or a sentence that ended', () => {
    const blocks = segmentPlan(
      'II. CHỈ TIÊU\na) Kinh tế\nSản lượng lúa đạt 320.080 tấn.\nđàn gia cầm 730.000 con',
    ).blocks;
    expect((blocks as Paragraph[]).map((block) => block.text)).toEqual([
      'II. CHỈ TIÊU',
      'a) Kinh tế',
      'Sản lượng lúa đạt 320.080 tấn.',
      'đàn gia cầm 730.000 con',
    ]);
  });

  it('reads tab-separated lines as one table, a group row of one filled cell included', () => {
    const text = 'Các chỉ tiêu:\nSTT\tChỉ tiêu\tĐVT\tKế hoạch\nI. KINH TẾ\t\t\t\n1\tSản lượng lúa\ttấn\t320.080\nHết.';
    const { blocks, lines } = segmentPlan(text);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect((blocks[1] as TableBlock).rows.map((row) => row.cells)).toEqual([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch'],
      ['I. KINH TẾ'],
      ['1', 'Sản lượng lúa', 'tấn', '320.080'],
    ]);
    // A row's line of text is its filled cells joined as the corpus quotes a row.
    expect(lines[3]?.text).toBe('1 | Sản lượng lúa | tấn | 320.080');
  });

  it('drops the furniture of a web page copied with a news report', () => {
    const blocks = segmentPlan(
      'Xã phát động thi đua\nLượt xem: 1.204\nCỡ chữ: A- A A+\nChia sẻ: Facebook Zalo\nNội dung.',
    ).blocks;
    expect((blocks as Paragraph[]).map((block) => block.text)).toEqual(['Xã phát động thi đua', 'Nội dung.']);
  });
});
