import { describe, expect, it } from 'vitest';
import { splitTargetLine } from '@shared/plan-text/split-targets';

function texts(line: string): string[] {
  return splitTargetLine(line).map((segment) => segment.text);
}

describe('splitting a line that holds several targets', () => {
  it('splits "Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con" into two and keeps "Chăn nuôi" as the label', () => {
    const segments = splitTargetLine('Chăn nuôi: Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con.');
    expect(segments).toEqual([
      { text: 'Tổng đàn gia súc 28.560 con', label: 'Chăn nuôi' },
      { text: 'đàn gia cầm 730.000 con', label: 'Chăn nuôi' },
    ]);
  });

  it('does not split at commas inside a name or inside a decimal number', () => {
    expect(
      texts('Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản là 153 triệu đồng.'),
    ).toEqual(['Giá trị sản lượng thu hoạch trên một đơn vị diện tích đất nông, lâm, thủy sản là 153 triệu đồng']);
    expect(texts('Giá trị sản xuất công nghiệp 789,53 đồng')).toEqual(['Giá trị sản xuất công nghiệp 789,53 đồng']);
  });

  it('splits at semicolons and sentence ends, and keeps a note in parentheses with its target', () => {
    expect(
      texts(
        'Giải quyết việc làm mới 2.200 lao động; dạy nghề 2.200 người (kể cả các cơ sở tư nhân), xuất khẩu lao động 30 người.',
      ),
    ).toEqual([
      'Giải quyết việc làm mới 2.200 lao động',
      'dạy nghề 2.200 người (kể cả các cơ sở tư nhân)',
      'xuất khẩu lao động 30 người',
    ]);
    expect(texts('Diện tích nuôi thủy sản 3.820 ha. Tổng sản lượng thuỷ sản 12.300 tấn')).toEqual([
      'Diện tích nuôi thủy sản 3.820 ha',
      'Tổng sản lượng thuỷ sản 12.300 tấn',
    ]);
  });

  it('splits at "và" only between two figures', () => {
    expect(texts('Phấn đấu có 07 xã đạt chuẩn và 01 xã đạt trên 17 tiêu chí trở lên')).toEqual([
      'Phấn đấu có 07 xã đạt chuẩn',
      '01 xã đạt trên 17 tiêu chí trở lên',
    ]);
    expect(texts('Hoàn thành 100% chỉ tiêu tuyển quân và huấn luyện dân quân')).toEqual([
      'Hoàn thành 100% chỉ tiêu tuyển quân và huấn luyện dân quân',
    ]);
  });

  it('reads a "(trong đó …)" parenthesis as a target of its own, in reading order', () => {
    expect(
      texts('Phấn đấu có 07 xã đạt chuẩn (trong đó 01 xã đạt tiêu chí nâng cao) và 01 xã đạt trên 17 tiêu chí'),
    ).toEqual(['Phấn đấu có 07 xã đạt chuẩn', 'trong đó 01 xã đạt tiêu chí nâng cao', '01 xã đạt trên 17 tiêu chí']);
  });

  it('uses the text around a parenthesis of targets as their label, not as a target', () => {
    const segments = splitTargetLine('Tỷ lệ huy động học sinh trong độ tuổi (Nhà trẻ 66%, trẻ mẫu giáo 100%).');
    expect(segments).toEqual([
      { text: 'Nhà trẻ 66%', label: 'Tỷ lệ huy động học sinh trong độ tuổi' },
      { text: 'trẻ mẫu giáo 100%', label: 'Tỷ lệ huy động học sinh trong độ tuổi' },
    ]);
  });

  it('keeps a line without figures whole', () => {
    expect(texts('Giữ vững ổn định chính trị, hạn chế thấp nhất các tệ nạn xã hội.')).toEqual([
      'Giữ vững ổn định chính trị, hạn chế thấp nhất các tệ nạn xã hội',
    ]);
  });
});
