import { describe, expect, it } from 'vitest';
import { findValueTokens, firstValueToken } from '@shared/plan-text/numbers';

const first = (text: string) => {
  const token = firstValueToken(text);
  return token && { value: token.value, max: token.max, unit: token.unit, sign: token.sign };
};

describe('numbers a target can have, and numbers it cannot', () => {
  it.each([
    ['Ngày 12-3-2025, xã tổ chức hội nghị'],
    ['15/05/2025 | 08:10'],
    ['Sáng 9-1, UBND xã tổ chức hội nghị'],
    ['tập trung 5 nội dung trọng tâm'],
    ['triển khai 4 phong trào'],
    ['đại diện 2 cấp ủy'],
    ['học sinh lớp 9'],
    ['hoàn thành 30 chỉ tiêu'],
    ['Kế hoạch số 15/KH-UBND'],
    ['Chỉ thị số 34-CT/TW ngày 07/4/2014'],
    ['phòng, chống dịch COVID-19'],
    ['kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)'],
    ['giai đoạn 2021 - 2025'],
    ['tổ chức 04 cuộc họp'],
    ['giảm tai nạn giao thông trên cả 3 tiêu chí'],
  ])('"%s" holds no value', (text) => {
    expect(findValueTokens(text)).toEqual([]);
  });

  it.each([
    ['thu ngân sách 287 tỉ 350 triệu', 287.35, null, 'tỷ đồng'],
    ['vốn đầu tư 9.120 tỷ 450 triệu đồng', 9120.45, null, 'tỷ đồng'],
    ['vốn đầu tư đạt 86,5 nghìn tỷ đồng', 86500, null, 'tỷ đồng'],
    ['dân số trung bình 2 vạn dân', 20000, null, 'dân'],
    ['đón 1,2 triệu lượt khách', 1200000, null, 'lượt khách'],
    ['thu nhập đạt 75 triệu đồng/người/năm', 75, null, 'triệu đồng/người/năm'],
    ['9/14 xã đạt chuẩn', 9, null, 'xã'],
    ['đạt 90 – 95%', 90, 95, '%'],
    ['đạt 90% - 95%', 90, 95, '%'],
    ['đạt từ 0,8% - 1,2%', 0.8, 1.2, '%'],
    ['từ 1.200 đến 1.500 người', 1200, 1500, 'người'],
    ['trên 95 %', 95, null, '%'],
    ['trẻ 6 tuổi vào lớp 1 đạt 100%', 100, null, '%'],
    ['tuổi thọ trung bình đạt 75,2 tuổi', 75.2, null, 'tuổi'],
    ['giá trị thu được trên 1 ha đất trồng trọt đạt 150 triệu đồng', 150, null, 'triệu đồng'],
    ['tỷ lệ hoàn thành cải cách hành chính dứt điểm 100%', 100, null, '%'],
  ])('"%s" reads %s (to %s) %s', (text, value, max, unit) => {
    expect(first(text)).toMatchObject({ value, max, unit });
  });

  it('keeps a sign written before the figure', () => {
    expect(first('≥ 95')).toMatchObject({ value: 95, sign: 'gte' });
    expect(first('< 9,5')).toMatchObject({ value: 9.5, sign: 'lt' });
  });

  it('says how many units a count of units is out of', () => {
    expect(firstValueToken('9/14 xã đạt chuẩn nông thôn mới')?.outOf).toBe(14);
  });
});
