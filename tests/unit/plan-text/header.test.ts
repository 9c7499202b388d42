import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';

const header = (text: string) => parsePlanText(text).header;

describe('the header, from the letterhead or from prose', () => {
  it('reads a letterhead whose two columns a PDF copy put on the same lines', () => {
    const text = [
      'ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'XÃ TÂN HÒA                                    Độc lập - Tự do - Hạnh phúc',
      '-----------                                   ---------------------',
      'Số: 15/KH-UBND                              Tân Hòa, ngày 10 tháng 01 năm 2026',
      '',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua năm 2026',
    ].join('\n');
    expect(header(text)).toMatchObject({
      number: '15/KH-UBND',
      symbol: 'KH-UBND',
      date: '2026-01-10',
      place: 'Tân Hòa',
      issuer: 'Ủy ban nhân dân xã Tân Hòa',
      title: 'Phát động phong trào thi đua năm 2026',
      year: 2026,
    });
  });

  it.each([
    ['Tân Hòa, ngày 10 tháng 01 năm 2024', '2024-01-10'],
    ['Tân Hòa, ngày 10/01/2024', '2024-01-10'],
    ['Tân Hòa, ngày 10-1-2024', '2024-01-10'],
    ['Tân Hòa, 10/01/2024', '2024-01-10'],
    ['TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2026', '2026-03-05'],
  ])('reads the date "%s"', (line, date) => {
    expect(header(`Số: 1/KH-UBND\n${line}\nKẾ HOẠCH\nThi đua`).date).toBe(date);
  });

  it("leaves a draft's blank number and day empty, keeping the symbol and the year", () => {
    expect(
      header('Số:    /KH-UBND\nĐại Lãnh, ngày    tháng 4 năm 2023\nKẾ HOẠCH\nPhát động đợt thi đua đặc biệt'),
    ).toMatchObject({
      number: null,
      symbol: 'KH-UBND',
      date: null,
      place: 'Đại Lãnh',
      year: 2023,
    });
  });

  it('takes the year from the title before the date: a plan for 2026 issued in December 2025', () => {
    const text = 'Số: 90/KH-UBND\nTân Hòa, ngày 25 tháng 12 năm 2025\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2026';
    expect(header(text)).toMatchObject({ date: '2025-12-25', year: 2026 });
  });

  it('reads a news report: the headline, the number and date of the plan it names, the issuer in prose', () => {
    const text = [
      'Xã Phú Lộc phát động phong trào thi đua năm 2026',
      '12/01/2026 | 08:10',
      'Theo Kế hoạch số 12/KH-UBND ngày 5/1/2026 của UBND xã về phát động phong trào thi đua năm 2026, xã phấn đấu thu ngân sách 65 tỷ đồng.',
    ].join('\n');
    expect(header(text)).toMatchObject({
      number: '12/KH-UBND',
      date: '2026-01-05',
      place: null,
      title: 'Xã Phú Lộc phát động phong trào thi đua năm 2026',
      year: 2026,
    });
  });

  it("does not take a cited plan's number for the plan's own", () => {
    const text =
      'KẾ HOẠCH\nPhát động thi đua năm 2026\nCăn cứ Kế hoạch số 08/KH-UBND ngày 07/01/2026 của Ủy ban nhân dân tỉnh về phát động thi đua;';
    expect(header(text)).toMatchObject({ number: null, date: null });
  });

  it('keeps each legal basis whole and apart, without the sentence after it', () => {
    const text = [
      'KẾ HOẠCH',
      'Phát động phong trào thi đua năm 2026',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng. Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n');
    expect(header(text).legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    ]);
  });
});
