import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedTarget } from '@shared/plan-text/types';

// Mỹ Tú district (Sóc Trăng), 2023: ten numbered targets, several of them holding more than one figure.
const plan = parsePlanText(
  readFileSync(new URL('../../fixtures/plans/seed-000-my-tu-2023.txt', import.meta.url), 'utf8'),
);

type Row = [
  line: number,
  name: string,
  comparator: ParsedTarget['comparator'],
  value: number | null,
  unit: string | null,
];

// Read by hand from section "1.2. Chỉ tiêu thi đua", lines 47–65.
const expectedTargets: Row[] = [
  [47, 'Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản', 'gte', 153, 'triệu đồng'],
  [49, 'Sản lượng lúa', 'gte', 320080, 'tấn'],
  [51, 'Diện tích màu và cây công nghiệp ngắn ngày', 'gte', 6250, 'ha'],
  [53, 'Tổng đàn gia súc', 'gte', 28560, 'con'],
  [53, 'Đàn gia cầm', 'gte', 730000, 'con'],
  [55, 'Diện tích nuôi thủy sản', 'gte', 3820, 'ha'],
  [55, 'Tổng sản lượng khai thác và nuôi thuỷ sản', 'gte', 12300, 'tấn'],
  [55, 'Sản lượng tôm nước lợ', 'gte', 450, 'tấn'],
  [57, 'Giá trị sản xuất công nghiệp', 'gte', 789.53, 'đồng'],
  [59, 'Xây dựng nông thôn mới – số xã đạt chuẩn', 'gte', 7, 'xã'],
  [59, 'Xây dựng nông thôn mới – số xã đạt tiêu chí nâng cao', 'gte', 1, 'xã'],
  [59, 'Xây dựng nông thôn mới – số xã đạt trên 17 tiêu chí trở lên', 'gte', 1, 'xã'],
  [61, 'Tổng thu ngân sách Nhà nước', 'achieve', null, null],
  [63, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', 'lte', 9.4, '%'],
  [65, 'Giải quyết việc làm mới', 'gte', 2200, 'lao động'],
  [65, 'Dạy nghề', 'gte', 2200, 'người'],
  [65, 'Xuất khẩu lao động', 'gte', 30, 'người'],
];

function byName(name: string): ParsedTarget {
  const target = plan.targets.find((candidate) => candidate.name === name);
  if (!target) throw new Error(`no target named ${name}`);
  return target;
}

describe('seed 000: Mỹ Tú district plan for 2023', () => {
  it('reads the header that the text states and leaves the missing number, date and place null', () => {
    expect(plan.header).toEqual({
      number: null,
      symbol: null,
      date: null,
      place: null,
      issuer: 'Ủy ban nhân dân huyện Mỹ Tú',
      title: 'Phát động phong trào thi đua năm 2023',
      theme: 'Đoàn kết, chủ động sáng tạo thi đua thực hiện thắng lợi kế hoạch phát triển kinh tế, xã hội năm 2023',
      year: 2023,
      phases: [],
      signer: 'Nguyễn Việt Phú',
      signerCapacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      legalBases: [
        'Căn cứ Kế hoạch số 15/KH-UBND ngày 18 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về Phát động phong trào thi đua năm 2023',
        'Căn cứ Nghị quyết số 52/NQ-HĐND ngày 20/12/2022 của Hội đồng nhân dân huyện Mỹ Tú về phát triển kinh tế xã hội năm 2023',
      ],
    });
  });

  it('finds exactly the 17 targets of section 1.2, in reading order, with their lines', () => {
    const rows: Row[] = plan.targets.map((t) => [t.line, t.name, t.comparator, t.value, t.unit]);
    expect(rows).toEqual(expectedTargets);
  });

  it('takes no target from legal references, dates, years or document numbers', () => {
    const noise = [2010, 2014, 2022, 2023, 15, 18, 20, 52, 34, 12];
    for (const target of plan.targets) {
      expect(noise).not.toContain(target.value);
      expect(target.line).toBeGreaterThanOrEqual(47);
      expect(target.line).toBeLessThanOrEqual(65);
    }
  });

  it('splits "Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con" into two targets keeping each phrase verbatim', () => {
    expect(plan.targets.filter((t) => t.line === 53).map((t) => t.text)).toEqual([
      'Tổng đàn gia súc 28.560 con',
      'đàn gia cầm 730.000 con',
    ]);
  });

  it('reads "(trong đó sản lượng tôm nước lợ 450 tấn)" as a target of its own', () => {
    expect(byName('Sản lượng tôm nước lợ').text).toBe('trong đó sản lượng tôm nước lợ 450 tấn');
  });

  it('does not read "(giá so sánh 2010)" as a target and flags the garbled unit of "789,53 đồng"', () => {
    const industry = byName('Giá trị sản xuất công nghiệp');
    expect(industry.text).toBe('Giá trị sản xuất công nghiệp 789,53 đồng (giá so sánh 2010)');
    expect(industry.ambiguous).toBe(true);
    expect(industry.ambiguityReason).toContain('thiếu “triệu” hoặc “tỷ”');
  });

  it('flags "Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 9,4%" as ambiguous (to or by?)', () => {
    const malnutrition = byName('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng');
    expect(malnutrition.ambiguous).toBe(true);
    expect(malnutrition.ambiguityReason).toContain('giảm xuống còn 9,4%');
  });

  it('leaves every other target unambiguous', () => {
    const flagged = plan.targets.filter((t) => t.ambiguous).map((t) => t.line);
    expect(flagged).toEqual([57, 63]);
  });

  it('groups the economic and the social targets', () => {
    const social = plan.targets.filter((t) => t.group === 'van_hoa_xa_hoi').map((t) => t.line);
    expect(social).toEqual([63, 65, 65, 65]);
    expect(plan.targets.filter((t) => t.group === 'kinh_te')).toHaveLength(13);
  });

  it('keeps the commendation paragraphs of "2. Công tác khen thưởng" as criteria, not targets', () => {
    expect(plan.criteria.map((criterion) => criterion.line)).toEqual([69, 71]);
    expect(plan.criteria[0]?.text).toMatch(/^Các cơ quan ban, ngành, đoàn thể/);
  });
});
