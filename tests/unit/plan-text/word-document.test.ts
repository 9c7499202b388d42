import { describe, expect, it } from 'vitest';
import { wordDocumentText, type WordCell } from '@shared/plan-text/word-document';

const cell = (text: string, extra: Partial<WordCell> = {}): WordCell => ({
  paragraphs: text === '' ? [] : text.split('\n'),
  span: 1,
  continuesAbove: false,
  ...extra,
});

describe('the text of a Word document as the reader reads it', () => {
  it('writes a data table one row per line, cells apart by tabs, spans and merges keeping columns aligned', () => {
    const text = wordDocumentText([
      { kind: 'paragraph', text: 'II. CHỈ TIÊU' },
      {
        kind: 'table',
        rows: [
          [cell('STT'), cell('Chỉ tiêu'), cell('ĐVT'), cell('Kế hoạch\nnăm 2026')],
          [cell('I. KINH TẾ', { span: 4 })],
          [cell('1'), cell('Sản lượng lúa'), cell('tấn', { continuesAbove: false }), cell('320.080')],
          [cell('', { continuesAbove: true }), cell('- Trong đó: lúa chất lượng cao'), cell('tấn'), cell('120.000')],
        ],
      },
      { kind: 'paragraph', text: 'III. TỔ CHỨC THỰC HIỆN' },
    ]);
    expect(text.split('\n')).toEqual([
      'II. CHỈ TIÊU',
      'STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026',
      'I. KINH TẾ\t\t\t',
      '1\tSản lượng lúa\ttấn\t320.080',
      '\t- Trong đó: lúa chất lượng cao\ttấn\t120.000',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('reads a one-row layout table (the letterhead) as the paragraphs of its cells', () => {
    const text = wordDocumentText([
      {
        kind: 'table',
        rows: [
          [
            cell('ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 15/KH-UBND'),
            cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTân Hòa, ngày 10 tháng 01 năm 2026'),
          ],
        ],
      },
    ]);
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN HÒA',
      'Số: 15/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Tân Hòa, ngày 10 tháng 01 năm 2026',
    ]);
  });
});
