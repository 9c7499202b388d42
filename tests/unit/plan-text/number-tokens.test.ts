import { describe, expect, it } from 'vitest';
import { findValueTokens } from '@shared/plan-text/number-tokens';

function values(text: string): (number | [number, number])[] {
  return findValueTokens(text).map((token) => (token.max === null ? token.value : [token.value, token.max]));
}

describe('numbers that can be a target value', () => {
  it('ignores dates, document numbers and years in a legal reference', () => {
    expect(values('Căn cứ Kế hoạch số 15/KH-UBND ngày 18 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh')).toEqual([]);
    expect(values('Nghị quyết số 52/NQ-HĐND ngày 20/12/2022')).toEqual([]);
    expect(values('Chỉ thị số 34-CT/TW ngày 07/4/2014 và Nghị quyết số 55/2022/QH15')).toEqual([]);
  });

  it('ignores anniversaries and spans of years', () => {
    expect(
      values('kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)'),
    ).toEqual([]);
    expect(values('kỷ niệm 370 năm xây dựng và phát triển tỉnh Khánh Hòa (1653-2023)')).toEqual([]);
    expect(values('Kế hoạch 05 năm (2021-2025), giai đoạn 2021 - 2025')).toEqual([]);
  });

  it('ignores ages, ordinals, names with digits and "mức độ 3,4"', () => {
    expect(values('trẻ em dưới 5 tuổi, lần thứ 2, Covid-19, dịch vụ công mức độ 3,4')).toEqual([]);
  });

  it('ignores a bare year but keeps a thousands figure written with a dot', () => {
    expect(values('giá so sánh 2010')).toEqual([]);
    expect(values('giải quyết việc làm 2.200 lao động')).toEqual([2200]);
  });

  it('keeps a figure after "ngắn ngày" (a crop, not a date)', () => {
    expect(values('cây công nghiệp ngắn ngày 6.250 ha')).toEqual([6250]);
  });

  it('reads ranges with -, – or — with or without spaces, and "từ … đến …"', () => {
    expect(values('giảm 0,2 – 0,5%')).toEqual([[0.2, 0.5]]);
    expect(values('tăng 5-7%')).toEqual([[5, 7]]);
    expect(values('đạt 90 —95%')).toEqual([[90, 95]]);
    expect(values('từ 90 đến 95%')).toEqual([[90, 95]]);
  });

  it('reads the unit after the number, including one written once after a range', () => {
    const [token] = findValueTokens('đạt 90% - 95%');
    expect([token?.value, token?.max, token?.unit]).toEqual([90, 95, '%']);
    expect(findValueTokens('đạt 10.082,0 triệu đồng')[0]?.unit).toBe('triệu đồng');
  });
});
