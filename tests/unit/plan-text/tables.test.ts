import { describe, expect, it } from 'vitest';
import { segmentPlan, type TableBlock } from '@shared/plan-text/segment';
import { readTargetTable } from '@shared/plan-text/tables';

function table(lines: string[]): TableBlock {
  const block = segmentPlan(lines.join('\n')).blocks.find((b) => b.kind === 'table');
  if (!block || block.kind !== 'table') throw new Error('no table');
  return block;
}

const plan = table([
  'STT\tChỉ tiêu\tĐVT\tThực hiện năm 2025\tKế hoạch năm 2026\tGhi chú',
  '(1)\t(2)\t(3)\t(4)\t(5)\t(6)',
  'I\tKINH TẾ\t\t\t\t',
  '1\tSản lượng lương thực\tTấn\t58.200\t59.000\t',
  '\t- Trong đó: lúa\tTấn\t52.000\t53.000\t',
  '2\tThu ngân sách trên địa bàn\tTriệu đồng\t24.870\t26.500\t',
  'II\tVĂN HÓA - XÃ HỘI\t\t\t\t',
  '3\tTỷ lệ hộ nghèo\t%\t2,85\t2,2\t',
  '4\tTỷ lệ dân số tham gia BHYT\t%\t94\t≥ 95\t',
  '5\tSố vụ cháy lớn\tVụ\t1\t0\t',
  '6\tXã đạt chuẩn văn hóa nông thôn mới\t\t\tĐạt\t',
]);

describe('readTargetTable: a table of targets read as a table', () => {
  it("finds the plan year's column by its header, one target per row, and never reads the STT", () => {
    const rows = readTargetTable(plan, 2026)!;
    expect(rows.map((row) => [row.reading.name, row.reading.comparator, row.reading.value, row.reading.unit])).toEqual([
      ['Sản lượng lương thực', 'gte', 59000, 'tấn'],
      ['Sản lượng lương thực – lúa', 'gte', 53000, 'tấn'],
      ['Thu ngân sách trên địa bàn', 'gte', 26500, 'triệu đồng'],
      // A rate that is better low, given as a bare figure, is a ceiling.
      ['Tỷ lệ hộ nghèo', 'lte', 2.2, '%'],
      ['Tỷ lệ dân số tham gia BHYT', 'gte', 95, '%'],
      ['Số vụ cháy lớn', 'zero', 0, 'vụ'],
      ['Xã đạt chuẩn văn hóa nông thôn mới', 'achieve', null, null],
    ]);
    expect(rows[0]?.reason).toBe('đọc từ bảng, cột “Kế hoạch năm 2026”');
    expect(rows[0]?.reading.text).toBe('1 | Sản lượng lương thực | Tấn | 58.200 | 59.000');
  });

  it('sets the group of each row from the group row above it', () => {
    expect(readTargetTable(plan, 2026)!.map((row) => row.group)).toEqual([
      'kinh_te',
      'kinh_te',
      'kinh_te',
      'van_hoa_xa_hoi',
      'van_hoa_xa_hoi',
      'van_hoa_xa_hoi',
      'van_hoa_xa_hoi',
    ]);
  });

  it('joins a two-row header: "Kế hoạch năm 2026" spanning "Chỉ tiêu" and "Phấn đấu"', () => {
    const twoRows = table([
      'TT\tNội dung\tĐơn vị tính\tKế hoạch năm 2026\t',
      '\t\t\tChỉ tiêu giao\tPhấn đấu',
      '1\tThu nhập bình quân đầu người\ttriệu đồng\t70\t75',
    ]);
    const [income] = readTargetTable(twoRows, 2026)!;
    expect([income?.reading.value, income?.reason]).toEqual([75, 'đọc từ bảng, cột “Kế hoạch năm 2026 Phấn đấu”']);
  });

  it('leaves a table that names no target column to be read as prose', () => {
    expect(
      readTargetTable(table(['Thời gian\tNội dung công việc\tĐơn vị thực hiện', 'Tháng 1\tPhát động\tUBND xã']), 2026),
    ).toBeNull();
  });
});
