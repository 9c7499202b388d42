import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizePlanText, stripListMarker } from '@shared/plan-text/normalize';
import { parsePlanText } from '@shared/plan-text/parse-plan';

describe('normalising pasted text', () => {
  it('composes decomposed Vietnamese (NFD) so it matches the keywords', () => {
    const decomposed = 'Sản lượng lúa đạt 320.080 tấn'.normalize('NFD');
    expect(normalizeLine(decomposed)).toBe('Sản lượng lúa đạt 320.080 tấn');
  });

  it('turns non-breaking, thin and tab spaces into one plain space and drops zero-width characters', () => {
    expect(normalizeLine('\tSản\u00A0lượng\u202Flúa\u200B  đạt\u2009320.080\u00A0tấn ')).toBe(
      'Sản lượng lúa đạt 320.080 tấn',
    );
  });

  it('drops Markdown emphasis left by a .docx conversion', () => {
    expect(normalizeLine('với chủ đề “*Đoàn kết*” **TM. ỦY BAN NHÂN DÂN**')).toBe(
      'với chủ đề “Đoàn kết” TM. ỦY BAN NHÂN DÂN',
    );
  });

  it('keeps the source line numbers whatever the line endings', () => {
    expect(normalizePlanText('a\r\nb\rc\nd').map((line) => line.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads a plan written with decomposed characters and odd spaces like a clean one', () => {
    const text = 'I. CHỈ TIÊU THI ĐUA\n\n(1) Sản\u00A0lượng lúa đạt\u00A0320.080 tấn.'.normalize('NFD');
    const [target] = parsePlanText(text).targets;
    expect([target?.name, target?.value, target?.unit, target?.line]).toEqual(['Sản lượng lúa', 320080, 'tấn', 3]);
  });
});

describe('list markers', () => {
  it.each([
    ['(2) Sản lượng lúa', '(2)', 'Sản lượng lúa'],
    ['- + Tổng giá trị sản xuất', '- +', 'Tổng giá trị sản xuất'],
    ['1.2. Chỉ tiêu thi đua', '1.2.', 'Chỉ tiêu thi đua'],
    ['a) Mục đích', 'a)', 'Mục đích'],
  ])('separates the marker of "%s"', (line, marker, rest) => {
    expect(stripListMarker(line)).toMatchObject({ marker, rest });
  });

  it('does not take a count or a thousands figure for a marker', () => {
    expect(stripListMarker('07 xã đạt chuẩn').marker).toBe('');
    expect(stripListMarker('2.200 lao động có việc làm').marker).toBe('');
  });
});
