import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '@shared/plan-text/dates';
import { parseHeader } from '@shared/plan-text/header';
import { normalizePlanText } from '@shared/plan-text/normalize';

const fullHeader = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN MỸ TÚ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 71 / KH - UBND',
  'Mỹ Tú, ngày 22 tháng 12 năm 2022',
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2023',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ. Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Thời gian: Đợt I: từ ngày 01/01/2023 đến ngày 30/6/2023; Đợt II: từ 01/7 đến hết 31/12/2023.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Trần Văn Bình',
].join('\n');

describe('plan header', () => {
  const header = parseHeader(normalizePlanText(fullHeader));

  it('reads number and symbol, tidying the spaces of "71 / KH - UBND"', () => {
    expect([header.number, header.symbol]).toEqual(['71/KH-UBND', 'KH-UBND']);
  });

  it('reads place and date from "Mỹ Tú, ngày 22 tháng 12 năm 2022" and the plan year from the title', () => {
    expect([header.place, header.date, header.year]).toEqual(['Mỹ Tú', '2022-12-22', 2023]);
  });

  it('reads the issuer from the capitalised header and writes it in sentence case with the proper name', () => {
    expect(header.issuer).toBe('Ủy ban nhân dân huyện Mỹ Tú');
  });

  it('cuts each legal basis at the end of its first sentence', () => {
    expect(header.legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ',
    ]);
  });

  it('reads the two phases, taking the plan year for "01/7" written without one', () => {
    expect(header.phases).toEqual([
      { name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' },
      { name: 'Đợt II', start: '2023-07-01', end: '2023-12-31' },
    ]);
  });

  it('reads the signer and the capacity in which they sign', () => {
    expect([header.signer, header.signerCapacity]).toEqual(['Trần Văn Bình', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']]);
  });

  it('takes the issuing body, not its parent, when the header names both', () => {
    const lines = normalizePlanText('UBND HUYỆN KẾ SÁCH\nPHÒNG NỘI VỤ\nSố: 05/KH-PNV\nKẾ HOẠCH\nThi đua năm 2024');
    expect(parseHeader(lines).issuer).toBe('Phòng Nội vụ');
  });

  it('leaves the date null when the day is left blank, keeping the year', () => {
    const draft = parseHeader(
      normalizePlanText('Số: /KH-UBND\nĐại Lãnh, ngày tháng 4 năm 2023\nKẾ HOẠCH\nPhát động đợt thi đua'),
    );
    expect([draft.number, draft.symbol, draft.date, draft.place, draft.year]).toEqual([
      null,
      'KH-UBND',
      null,
      'Đại Lãnh',
      2023,
    ]);
  });

  it('leaves a phase end null when it is not given and skips a phase mentioned without dates', () => {
    const lines = normalizePlanText('I. NỘI DUNG\nĐợt 1: từ ngày 01/01/2024.\nSơ kết Đợt II vào tháng 12.');
    expect(parseHeader(lines).phases).toEqual([{ name: 'Đợt 1', start: '2024-01-01', end: null }]);
  });
});

describe('Vietnamese dates', () => {
  it.each([
    ['ngày 18 tháng 01 năm 2023', '2023-01-18'],
    ['20/12/2022', '2022-12-20'],
    ['7-4-2014', '2014-04-07'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it('refuses a date that does not exist and a date without a year when none is given', () => {
    expect(parseVietnameseDate('30/02/2023')).toBeNull();
    expect(parseVietnameseDate('30/6')).toBeNull();
    expect(parseVietnameseDate('30/6', 2023)).toBe('2023-06-30');
  });
});
