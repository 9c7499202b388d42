import { describe, expect, it } from 'vitest';
import { splitClauses } from '@shared/plan-text/clauses';
import { readStatement, type StatementReading } from '@shared/plan-text/statement';
import type { Comparator } from '@shared/domain/target-form';

/** Reads a sentence as the reader does where a plan lists its targets: clause by clause, a verb carried along. */
function read(sentence: string, planYear = 2026): StatementReading[] {
  const readings: StatementReading[] = [];
  let previousName: string | null = null;
  let previousComparator: Comparator | null = null;
  for (const clause of splitClauses(sentence, { aims: true })) {
    const reading = readStatement(clause, { previousName, previousComparator, planYear, qualitative: true });
    if (reading === null) continue;
    readings.push(reading);
    if (reading.value !== null) {
      previousName = reading.name;
      previousComparator = reading.subjectFirst ? reading.comparator : null;
    }
  }
  return readings;
}

const forms = (sentence: string) => read(sentence).map((r) => [r.name, r.comparator, r.value, r.max, r.unit]);

describe('reading the number, comparator, unit and reference of a statement', () => {
  it.each([
    ['Sản lượng lúa đạt 320.080 tấn', ['Sản lượng lúa', 'gte', 320080, null, 'tấn']],
    ['Nâng tỷ lệ che phủ rừng lên 68,5%', ['Tỷ lệ che phủ rừng', 'gte', 68.5, null, '%']],
    ['Giữ vững 100% xã đạt chuẩn quốc gia về y tế', ['Tỷ lệ xã đạt chuẩn quốc gia về y tế', 'gte', 100, null, '%']],
    ['Duy trì 100% hộ dùng nước sạch', ['Tỷ lệ hộ dùng nước sạch', 'gte', 100, null, '%']],
    ['Tỷ lệ hộ nghèo giảm bình quân đạt từ 0,8% - 1,2%', ['Tỷ lệ hộ nghèo', 'decrease', 0.8, 1.2, '%']],
    ['Thu ngân sách vượt 3 - 8% dự toán', ['Thu ngân sách', 'increase', 3, 8, '%']],
    ['Hoàn thành 100% chỉ tiêu tuyển quân', ['Hoàn thành chỉ tiêu tuyển quân', 'gte', 100, null, '%']],
    ['Trẻ 6 tuổi vào lớp 1 đạt 100%', ['Tỷ lệ trẻ 6 tuổi vào lớp 1', 'gte', 100, null, '%']],
    ['Tỷ lệ tham gia bảo hiểm y tế đạt trên 95 %', ['Tỷ lệ tham gia bảo hiểm y tế', 'gt', 95, null, '%']],
    [
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 0,04%',
      ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', 'lt', 0.04, null, '%'],
    ],
    ['Tỷ lệ sinh con thứ 3 bằng hoặc dưới 6%', ['Tỷ lệ sinh con thứ 3', 'lte', 6, null, '%']],
    ['Giảm tỷ lệ hộ nghèo xuống còn 2%', ['Tỷ lệ hộ nghèo', 'lte', 2, null, '%']],
    ['Phấn đấu có 9/14 xã đạt chuẩn nông thôn mới', ['Số xã đạt chuẩn nông thôn mới', 'gte', 9, null, 'xã']],
    [
      'Kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với năm 2025',
      ['Số vụ phạm pháp hình sự', 'decrease', 5, null, '%'],
    ],
    [
      'số người tham gia bảo hiểm xã hội tự nguyện tăng thêm 300 người',
      ['Số người tham gia bảo hiểm xã hội tự nguyện', 'increase', 300, null, 'người'],
    ],
    [
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa đạt 90 - 95%',
      ['Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', 'between', 90, 95, '%'],
    ],
    [
      'Tổng thu ngân sách Nhà nước đạt và vượt chỉ tiêu trên giao',
      ['Tổng thu ngân sách Nhà nước', 'achieve', null, null, null],
    ],
    ['Không phát sinh hộ tái nghèo', ['Hộ tái nghèo', 'zero', 0, null, 'hộ']],
    ['Không để dịch bệnh lớn xảy ra trên địa bàn tỉnh', ['Dịch bệnh lớn', 'zero', 0, null, null]],
    [
      'Giữ vững ổn định chính trị, trật tự an toàn xã hội',
      ['Giữ vững ổn định chính trị, trật tự an toàn xã hội', 'text', null, null, null],
    ],
    ['Kim ngạch xuất khẩu đạt 2,1 tỷ USD', ['Kim ngạch xuất khẩu', 'gte', 2.1, null, 'tỷ USD']],
    ['Hoàn thành 100% chỉ tiêu giao quân', ['Hoàn thành chỉ tiêu giao quân', 'gte', 100, null, '%']],
    ['Tốc độ tăng trưởng kinh tế đạt 8,5 - 9%', ['Tốc độ tăng trưởng kinh tế', 'between', 8.5, 9, '%']],
    ['Không có học sinh vi phạm pháp luật', ['Học sinh vi phạm pháp luật', 'zero', 0, null, 'học sinh']],
  ])('"%s"', (sentence, expected) => {
    expect(forms(sentence)).toEqual([expected]);
  });

  it('reads the parts of a structure as shares', () => {
    expect(forms('Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản 14,5%; công nghiệp - xây dựng 45%')).toEqual([
      ['Cơ cấu kinh tế – nông, lâm nghiệp và thủy sản', 'eq', 14.5, null, '%'],
      ['Cơ cấu kinh tế – công nghiệp - xây dựng', 'eq', 45, null, '%'],
    ]);
  });

  it('reads one sentence holding two targets, each with the whole phrase it came from', () => {
    expect(forms('Tỷ lệ hộ nghèo đa chiều giảm 0,6% (còn dưới 3%)')).toEqual([
      ['Tỷ lệ hộ nghèo đa chiều', 'decrease', 0.6, null, '%'],
      ['Tỷ lệ hộ nghèo đa chiều', 'lt', 3, null, '%'],
    ]);
    expect(forms('Thu nhập bình quân đầu người đạt 75 triệu đồng, tăng 8% so với năm 2025')).toEqual([
      ['Thu nhập bình quân đầu người', 'gte', 75, null, 'triệu đồng'],
      ['Thu nhập bình quân đầu người', 'increase', 8, null, '%'],
    ]);
  });

  it('reads "chiếm" once for a list of shares, and a share is never "at least"', () => {
    expect(forms('Nông nghiệp chiếm: 40%; công nghiệp - xây dựng 35%; dịch vụ 25%')).toEqual([
      ['Nông nghiệp', 'eq', 40, null, '%'],
      ['Công nghiệp - xây dựng', 'eq', 35, null, '%'],
      ['Dịch vụ', 'eq', 25, null, '%'],
    ]);
  });

  it('reads what a change is measured against, and the baseline year it implies', () => {
    const [, year, last, same, estimate] = read(
      'Tổng thu đạt 30 tỷ đồng; giá trị sản xuất tăng 10% so với năm 2024; thu nhập tăng 8% so với năm trước; doanh thu tăng 5% so với cùng kỳ; thu ngân sách vượt 5% dự toán',
    );
    expect([year?.reference, year?.relative]).toEqual([{ kind: 'year', year: 2024, text: 'so với năm 2024' }, true]);
    expect(last?.reference).toEqual({ kind: 'previous_year', year: 2025, text: 'so với năm trước' });
    expect(same?.reference).toEqual({ kind: 'same_period', year: 2025, text: 'so với cùng kỳ' });
    expect(estimate?.reference).toMatchObject({ kind: 'estimate', year: null });
  });

  it('reads a change of a rate in points, and asks whether "giảm … 9,4%" is to or by', () => {
    const [points] = read('Tỷ lệ hộ nghèo giảm 0,5%');
    expect([points?.comparator, points?.relative, points?.note]).toEqual([
      'decrease',
      false,
      'Hiểu là giảm 0,5 điểm phần trăm so với tỷ lệ kỳ gốc, không phải giảm 0,5% của tỷ lệ đó.',
    ]);
    const [unclear] = read('Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 9,4%');
    expect([unclear?.comparator, unclear?.value]).toEqual(['lte', 9.4]);
    expect(unclear?.doubts.join(' ')).toContain('tạm hiểu là giảm xuống còn 9,4%');
  });

  it('flags a money figure whose unit cannot be right', () => {
    expect(read('Giá trị sản xuất công nghiệp 789,53 đồng')[0]?.doubts).toEqual([
      'Đơn vị “đồng” không hợp với giá trị 789,53: có thể thiếu “triệu” hoặc “tỷ”.',
    ]);
  });

  it('reads nothing from a count of meetings, nor a qualitative target from a heading or a theme', () => {
    expect(read('Tổ chức 04 cuộc họp Hội đồng')).toEqual([]);
    expect(read('CÁC PHONG TRÀO THI ĐUA VÀ KHEN THƯỞNG')).toEqual([]);
    expect(read('“Đoàn kết, đổi mới, sáng tạo, phát triển bền vững”')).toEqual([]);
  });

  it('names each hamlet in the targets of a pact line', () => {
    expect(forms('Ấp Bình Hòa (412 hộ): thu ngân sách 420 triệu đồng; kết nạp 02 đảng viên')).toEqual([
      ['Ấp Bình Hòa – thu ngân sách', 'gte', 420, null, 'triệu đồng'],
      ['Ấp Bình Hòa – kết nạp', 'gte', 2, null, 'đảng viên'],
    ]);
  });
});
