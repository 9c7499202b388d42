import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  abbreviatedBody,
  annexHeading,
  attachedReference,
  issuerInSentence,
  signatureBlock,
} from '@shared/document/document-frame';
import { textWidthPt, timesWidths } from '@shared/document/text-width';

describe('the signature block follows the authority and the signing mode (Nghị định 30, Phụ lục I, II.7.b)', () => {
  const committee = { kind: 'collective', name: 'Ủy ban nhân dân', headTitle: 'Chủ tịch' } as const;
  const chairman = { kind: 'head', headTitle: 'Chủ tịch' } as const;

  it('a collective signs "TM." before its name, then the head title', () => {
    expect(signatureBlock(committee, '', 'Chủ tịch', 'Nguyễn Việt Phú')).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      name: 'Nguyễn Việt Phú',
    });
    // A deputy signing for the committee: TM., then KT. before the head's title, then the deputy's own.
    expect(signatureBlock(committee, 'KT', 'Phó Chủ tịch', 'Lê B').lines).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it("a head signs in person with the title alone, never TM.; KT./TL./TUQ. add the signer's title, Q. does not", () => {
    expect(signatureBlock(chairman, '', 'Chủ tịch', 'Nguyễn Việt Phú').lines).toEqual(['CHỦ TỊCH']);
    expect(signatureBlock(chairman, 'KT', 'Phó Chủ tịch', 'Lê B').lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureBlock(chairman, 'Q', 'Phó Chủ tịch', 'Lê B').lines).toEqual(['Q. CHỦ TỊCH']);
    expect(signatureBlock(chairman, 'TL', 'Chánh Văn phòng', 'Trần C').lines).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signatureBlock(chairman, 'TUQ', 'Trưởng phòng Nội vụ', 'Trần C').lines[0]).toBe('TUQ. CHỦ TỊCH');
  });
});

describe('references and headings of attached parts (Phụ lục I, III.1; Phụ lục III, Mẫu 2.1)', () => {
  it('writes the date in words and names the issuer', () => {
    expect(
      attachedReference({
        typeName: 'Báo cáo',
        number: '45/BC-UBND',
        isoDate: '2023-07-05',
        issuer: 'Ủy ban nhân dân huyện Mỹ Tú',
      }),
    ).toBe('(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân huyện Mỹ Tú)');
  });

  it('numbers annexes in Roman numerals only from two', () => {
    const to = { typeName: 'Báo cáo', number: '45/BC-UBND', isoDate: null, issuer: '' };
    expect(annexHeading(1, 1, 'Kết quả theo đơn vị', to).label).toBe('Phụ lục');
    expect(annexHeading(2, 3, 'Kết quả theo đơn vị', to)).toMatchObject({
      label: 'Phụ lục II',
      title: 'KẾT QUẢ THEO ĐƠN VỊ',
      reference: '(Kèm theo Báo cáo số 45/BC-UBND ngày … tháng … năm …)',
    });
  });

  it('names the issuer in a sentence, keeping place names capitalised, unless the settings name it', () => {
    expect(issuerInSentence('', 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ')).toBe('Ủy ban nhân dân huyện Mỹ Tú');
    expect(issuerInSentence('', 'ỦY BAN NHÂN DÂN THỊ TRẤN HUỲNH HỮU NGHĨA')).toBe(
      'Ủy ban nhân dân thị trấn Huỳnh Hữu Nghĩa',
    );
    expect(issuerInSentence('UBND xã An Châu', 'ỦY BAN NHÂN DÂN XÃ AN CHÂU')).toBe('UBND xã An Châu');
    expect(abbreviatedBody('ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)')).toBe('UBND HUYỆN MỸ TÚ');
  });
});

/** Advance widths straight from a TrueType file (cmap format 4, hmtx), to check the shipped table against. */
function fontWidths(path: string): (ch: string) => number {
  const d = readFileSync(path);
  const tables = new Map<string, number>();
  for (let i = 0; i < d.readUInt16BE(4); i++)
    tables.set(d.toString('latin1', 12 + 16 * i, 16 + 16 * i), d.readUInt32BE(20 + 16 * i));
  const head = tables.get('head')!;
  const unitsPerEm = d.readUInt16BE(head + 18);
  const hmtx = tables.get('hmtx')!;
  const metrics = d.readUInt16BE(tables.get('hhea')! + 34);
  const cmap = tables.get('cmap')!;
  let sub = 0;
  for (let i = 0; i < d.readUInt16BE(cmap + 2); i++) {
    if (d.readUInt16BE(cmap + 4 + 8 * i) === 3 && d.readUInt16BE(cmap + 6 + 8 * i) === 1)
      sub = cmap + d.readUInt32BE(cmap + 8 + 8 * i);
  }
  const segments = d.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  const glyph = (code: number) => {
    for (let i = 0; i < segments; i++) {
      if (code > d.readUInt16BE(ends + 2 * i) || code < d.readUInt16BE(starts + 2 * i)) continue;
      const offset = d.readUInt16BE(offsets + 2 * i);
      const delta = d.readInt16BE(deltas + 2 * i);
      if (offset === 0) return (code + delta) & 0xffff;
      const at = offsets + 2 * i + offset + 2 * (code - d.readUInt16BE(starts + 2 * i));
      const g = d.readUInt16BE(at);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return (ch) =>
    Math.floor((d.readUInt16BE(hmtx + 4 * Math.min(glyph(ch.codePointAt(0)!), metrics - 1)) * 1000) / unitsPerEm);
}

describe('Times metrics for Word files (shared/document/text-width.ts)', () => {
  const fonts = '/usr/share/fonts/truetype/liberation2';
  const vietnamese =
    'ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸđĐăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';

  it.each([
    ['regular', 'Regular'],
    ['bold', 'Bold'],
    ['italic', 'Italic'],
  ] as const)('match Liberation Serif %s for ASCII and every Vietnamese letter', (style, file) => {
    const width = fontWidths(`${fonts}/LiberationSerif-${file}.ttf`);
    for (let code = 32; code < 127; code++) {
      expect(timesWidths[style].ascii[code - 32], String.fromCharCode(code)).toBe(width(String.fromCharCode(code)));
    }
    for (const ch of vietnamese) expect(textWidthPt(ch, 1000, style), ch).toBeCloseTo(width(ch), 6);
  });

  it('measures a line as the sum of its letters from the font file: the motto at 13.5 pt bold', () => {
    const width = fontWidths(`${fonts}/LiberationSerif-Bold.ttf`);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    const fromFont = ([...motto].reduce((sum, ch) => sum + width(ch), 0) * 13.5) / 1000;
    expect(textWidthPt(motto, 13.5, 'bold')).toBeCloseTo(fromFont, 6);
  });
});
