import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import { withTargetTableHeader } from '@shared/plan-text/pasted-table';

/** Rows copied from an Excel sheet: cells separated by tabs, no header. */
const rows = ['Tổng giá trị sản xuất\ttỷ đồng\t1.200', 'Tỷ lệ hộ nghèo\t%\tdưới 2', 'Sản lượng lúa\ttấn\t45.000'];

describe('withTargetTableHeader: pasted rows become a table the plan reader reads', () => {
  it('puts name, unit and plan columns above three-column rows, and the reader then reads every row', () => {
    const text = withTargetTableHeader(rows.join('\n'));
    expect(text.split('\n')[0]).toBe('Chỉ tiêu\tĐơn vị tính\tKế hoạch');
    const targets = parsePlanText(text).targets;
    expect(targets.map((t) => [t.name, t.comparator, t.value, t.unit])).toEqual([
      ['Tổng giá trị sản xuất', 'gte', 1200, 'tỷ đồng'],
      ['Tỷ lệ hộ nghèo', 'lt', 2, '%'],
      ['Sản lượng lúa', 'gte', 45000, 'tấn'],
    ]);
  });

  it('recognises a first column that only numbers the rows as STT, never as a value', () => {
    const text = withTargetTableHeader('1\tTổng giá trị sản xuất\ttỷ đồng\t1.200\n2\tTỷ lệ hộ nghèo\t%\tdưới 2');
    expect(text.split('\n')[0]).toBe('STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch');
    expect(parsePlanText(text).targets.map((t) => t.value)).toEqual([1200, 2]);
  });

  it('reads two columns as name and plan, the unit written with the number', () => {
    const text = withTargetTableHeader('Tổng giá trị sản xuất\t1.200 tỷ đồng\nTỷ lệ hộ nghèo\tdưới 2%');
    expect(parsePlanText(text).targets.map((t) => [t.value, t.unit])).toEqual([
      [1200, 'tỷ đồng'],
      [2, '%'],
    ]);
  });

  it('keeps a table that already names its columns, and prose without tabs, as they are', () => {
    const withHeader = `Chỉ tiêu\tĐVT\tKế hoạch năm 2026\n${rows[0]}`;
    expect(withTargetTableHeader(withHeader)).toBe(withHeader);
    const prose = '- Tổng giá trị sản xuất đạt 1.200 tỷ đồng';
    expect(withTargetTableHeader(prose)).toBe(prose);
  });
});
