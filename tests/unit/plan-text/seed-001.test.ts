import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';

// Đại Lãnh commune, April 2023: a special campaign for the 75th anniversary of the call to emulation.
// It sets no measurable target; every figure in it is an anniversary, a date or a document number.
const plan = parsePlanText(readFileSync(new URL('../../fixtures/plans/seed-001.txt', import.meta.url), 'utf8'));

describe('seed 001: Đại Lãnh commune special campaign', () => {
  it('reads a draft header whose number and day are left blank', () => {
    expect(plan.header).toEqual({
      number: null,
      symbol: 'KH-UBND',
      date: null,
      place: 'Đại Lãnh',
      issuer: 'Ủy ban nhân dân xã Đại Lãnh',
      title:
        'Phát động đợt thi đua đặc biệt chào mừng kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)',
      theme:
        'Đẩy mạnh phong trào thi đua yêu nước trên các lĩnh vực, lập thành tích xuất sắc chào mừng kỷ niệm 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)',
      year: 2023,
      phases: [],
      signer: 'Nguyễn Lê Ngọc Toàn',
      signerCapacity: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      legalBases: [],
    });
  });

  it('takes the year from "ngày tháng 4 năm 2023", not from the anniversary dates of the title', () => {
    expect(plan.header.year).toBe(2023);
  });

  it('finds no target in anniversaries ("75 năm", "370 năm", "11/6/1948 - 11/6/2023"), directives or resolutions', () => {
    expect(plan.targets).toEqual([]);
  });

  it('finds no commendation criteria in the organisation section', () => {
    expect(plan.criteria).toEqual([]);
  });
});
