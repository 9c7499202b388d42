import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedTarget } from '@shared/plan-text/types';

// Quyết Thắng ward (Sơn La city), 2022: targets listed under "- Phấn đấu hoàn thành các chỉ tiêu …:".
const plan = parsePlanText(readFileSync(new URL('../../fixtures/plans/seed-002.txt', import.meta.url), 'utf8'));

type Row = [
  line: number,
  name: string,
  comparator: ParsedTarget['comparator'],
  value: number | null,
  max: number | null,
  unit: string | null,
];

// Read by hand from lines 40–63; line 39 is the lead-in and line 65 starts the prose again.
const expectedTargets: Row[] = [
  [40, 'Tổng giá trị sản xuất', 'gte', 1192, null, 'tỷ đồng'],
  [41, 'Tổng thu ngân sách trên địa bàn', 'gte', 10082, null, 'triệu đồng'],
  [41, 'Tổng thu ngân sách trên địa bàn', 'increase', 6.5, null, '%'],
  [42, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', 'lt', 0.04, null, '%'],
  [43, 'Tỷ lệ trẻ em dưới 6 tuổi được tiêm chủng', 'gt', 98, null, '%'],
  [44, 'Hộ nghèo, hộ cận nghèo mới', 'zero', 0, null, 'hộ'],
  [45, 'Tỷ lệ người dân có thẻ Bảo hiểm y tế', 'gte', 95, null, '%'],
  [46, 'Tỷ lệ người dân sử dụng Internet', 'gte', 98, null, '%'],
  [47, 'Tỷ lệ huy động học sinh trong độ tuổi – nhà trẻ', 'gte', 66, null, '%'],
  [47, 'Tỷ lệ huy động học sinh trong độ tuổi – trẻ mẫu giáo', 'gte', 100, null, '%'],
  [47, 'Tỷ lệ huy động học sinh trong độ tuổi – học sinh tiểu học và THCS', 'gte', 100, null, '%'],
  [47, 'Tỷ lệ lên lớp', 'gte', 99, null, '%'],
  [49, 'Tỷ lệ gia đình văn hoá', 'gte', 98, null, '%'],
  [49, 'Tỷ lệ tổ, bản văn hóa', 'gte', 90, null, '%'],
  [49, 'Tỷ lệ cơ quan, đơn vị, nhà trường văn hoá', 'gte', 100, null, '%'],
  [
    51,
    'Giữ vững và nâng tỷ lệ cơ quan, đơn vị, nhà trường, bản, tổ dân phố đạt đơn vị không có ma túy',
    'text',
    null,
    null,
    null,
  ],
  [53, 'Tỷ lệ cơ quan, đơn vị, nhà trường đạt chuẩn an toàn về an ninh trật tự', 'gte', 100, null, '%'],
  [55, 'Tỷ lệ khu dân cư đạt tiêu chuẩn về “An toàn về an ninh trật tự”', 'gte', 90, null, '%'],
  [
    57,
    'Giữ vững ổn định chính trị không để xảy ra các vụ việc nghiêm trọng phức tạp kéo dài, hạn chế thấp nhất các tệ nạn xã hội',
    'text',
    null,
    null,
    null,
  ],
  [59, 'Hoàn thành chỉ tiêu tuyển quân và huấn luyện dân quân', 'achieve', null, null, null],
  [61, 'Rải Asphalt tuyến đường ngõ xóm', 'gte', 9, null, 'tuyến đường'],
  [63, 'Xây dựng tuyến đường trở thành tuyến đường sáng, xanh, sạch, đẹp', 'gte', 2, null, 'tuyến đường'],
];

function onLine(line: number): ParsedTarget[] {
  return plan.targets.filter((target) => target.line === line);
}

describe('seed 002: Quyết Thắng ward plan for 2022 (21/KH-UBND)', () => {
  it('reads the header', () => {
    expect(plan.header).toEqual({
      number: '21/KH-UBND',
      symbol: 'KH-UBND',
      date: '2022-01-20',
      place: 'Quyết Thắng',
      issuer: 'Ủy ban nhân dân phường Quyết Thắng',
      title: 'Phát động phong trào thi đua trên địa bàn phường Quyết Thắng năm 2022',
      theme: null,
      year: 2022,
      phases: [],
      signer: 'Đèo Văn Phong',
      signerCapacity: ['CHỦ TỊCH'],
      legalBases: [
        'Thực hiện kế hoạch số 20/KH - UBND ngày 12/01/2021 của Ủy ban nhân dân thành phố Sơn La về phát động phong trào thi đua trên địa bàn thành phố năm 2022',
      ],
    });
  });

  it('finds exactly the 22 targets listed under the lead-in, in reading order', () => {
    const rows: Row[] = plan.targets.map((t) => [t.line, t.name, t.comparator, t.value, t.max, t.unit]);
    expect(rows).toEqual(expectedTargets);
  });

  it('takes no target from the prose around the list (directives, "5 chuyên đề", "mức độ 3,4", 2021 - 2025)', () => {
    const noise = [2014, 2016, 2020, 2021, 2022, 2025, 34, 19, 11, 280, 20, 21, 5, 3.4, 15];
    for (const target of plan.targets) {
      expect(noise).not.toContain(target.value);
      expect(target.line).toBeGreaterThanOrEqual(40);
      expect(target.line).toBeLessThanOrEqual(63);
    }
  });

  it('reads "; tăng 6,5% so với chỉ tiêu trên giao" as a relative increase of the same revenue over the assigned target', () => {
    const [, increase] = onLine(41);
    expect(increase?.text).toBe('tăng 6,5% so với chỉ tiêu trên giao');
    expect([increase?.relative, increase?.baselineYear, increase?.baseline]).toEqual([
      true,
      null,
      'chỉ tiêu trên giao',
    ]);
  });

  it('reads the enrolment rates listed in a parenthesis as four targets named after the rate they belong to', () => {
    expect(onLine(47).map((t) => t.text)).toEqual([
      'Nhà trẻ 66%',
      'trẻ mẫu giáo 100%',
      'học sinh tiểu học và THCS 100%',
      'tỷ lệ lên lớp đạt 99% trở lên',
    ]);
  });

  it('does not split "tỷ lệ tổ, bản văn hóa" at its inner comma', () => {
    expect(onLine(49).map((t) => t.text)).toEqual([
      'Tỷ lệ gia đình văn hoá đạt 98% trở lên',
      'tỷ lệ tổ, bản văn hóa đạt 90% trở lên',
      'tỷ lệ cơ quan, đơn vị, nhà trường văn hoá 100%',
    ]);
  });

  it('flags only the rate stated without a figure', () => {
    expect(plan.targets.filter((t) => t.ambiguous).map((t) => t.line)).toEqual([51]);
  });

  it('puts the security targets in the security group', () => {
    const security = plan.targets.filter((t) => t.group === 'quoc_phong_an_ninh').map((t) => t.line);
    expect(security).toEqual([51, 53, 55, 57, 59]);
  });

  it('has no commendation criteria', () => {
    expect(plan.criteria).toEqual([]);
  });
});
