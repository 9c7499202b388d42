/**
 * Advance widths (thousandths of an em) of Times New Roman, through its metric twin Liberation Serif 2.1, which the
 * tests render with: what a line of text measures on paper, for a Word file to size what Word cannot size itself (a
 * rule under a line of text, a column as wide as its longest figure). Vietnamese letters are as wide as their base
 * letter except the horned ơ and ư, and đ, a letter of its own. Generated from LiberationSerif-{Regular,Bold,Italic}.ttf (cmap and hmtx
 * tables); tests/unit/text-width.test.ts checks the table against the installed font files.
 */
export const timesWidths = {
  regular: {
    ascii: [
      250, 333, 408, 500, 500, 833, 777, 180, 333, 333, 500, 563, 250, 333, 250, 277, 500, 500, 500, 500, 500, 500, 500,
      500, 500, 500, 277, 277, 563, 563, 563, 443, 920, 722, 666, 666, 722, 610, 556, 722, 722, 333, 389, 722, 610, 889,
      722, 722, 556, 722, 666, 556, 610, 722, 722, 943, 722, 722, 610, 333, 277, 333, 469, 500, 333, 443, 500, 443, 500,
      443, 333, 500, 500, 277, 277, 500, 277, 777, 500, 500, 500, 500, 333, 389, 277, 500, 500, 722, 500, 500, 443, 479,
      200, 479, 541,
    ],
    horn: { ơ: 528, Ư: 775, ư: 541 },
    other: {
      Đ: 722,
      đ: 500,
      '–': 500,
      '—': 1000,
      '…': 1000,
      '≤': 548,
      '≥': 548,
      '•': 350,
      '’': 333,
      '“': 443,
      '”': 443,
      '×': 563,
    },
  },
  bold: {
    ascii: [
      250, 333, 555, 500, 500, 1000, 833, 277, 333, 333, 500, 569, 250, 333, 250, 277, 500, 500, 500, 500, 500, 500,
      500, 500, 500, 500, 333, 333, 569, 569, 569, 500, 930, 722, 666, 722, 722, 666, 610, 777, 777, 389, 500, 777, 666,
      943, 722, 777, 610, 777, 722, 556, 666, 722, 722, 1000, 722, 722, 666, 333, 277, 333, 581, 500, 333, 500, 556,
      443, 556, 443, 333, 500, 556, 277, 333, 556, 277, 833, 556, 500, 556, 556, 443, 389, 333, 556, 500, 722, 500, 500,
      443, 394, 220, 394, 520,
    ],
    horn: { ơ: 553, Ư: 795, ư: 600 },
    other: {
      Đ: 722,
      đ: 556,
      '–': 500,
      '—': 1000,
      '…': 1000,
      '≤': 548,
      '≥': 548,
      '•': 350,
      '’': 333,
      '“': 500,
      '”': 500,
      '×': 569,
    },
  },
  italic: {
    ascii: [
      250, 333, 419, 500, 500, 833, 777, 213, 333, 333, 500, 674, 250, 333, 250, 277, 500, 500, 500, 500, 500, 500, 500,
      500, 500, 500, 333, 333, 674, 674, 674, 500, 919, 610, 610, 666, 722, 610, 610, 722, 722, 333, 443, 666, 556, 833,
      666, 722, 610, 722, 610, 500, 556, 722, 610, 833, 610, 556, 556, 389, 277, 389, 421, 500, 333, 500, 500, 443, 500,
      443, 277, 500, 500, 277, 277, 443, 277, 722, 500, 500, 500, 500, 389, 389, 277, 500, 443, 666, 443, 443, 389, 399,
      274, 399, 541,
    ],
    horn: { ơ: 533, Ư: 753, ư: 545 },
    other: {
      Đ: 722,
      đ: 500,
      '–': 500,
      '—': 889,
      '…': 889,
      '≤': 548,
      '≥': 548,
      '•': 350,
      '’': 333,
      '“': 556,
      '”': 556,
      '×': 674,
    },
  },
} as const;

export type TextStyle = keyof typeof timesWidths;

const horn = '\u031B';

/** The advance of one character: ASCII from the table, Vietnamese by its base letter (or its horned letter). */
function charWidth(ch: string, style: TextStyle): number {
  const table = timesWidths[style];
  const other = (table.other as Record<string, number>)[ch];
  if (other !== undefined) return other;
  const decomposed = ch.normalize('NFD');
  const base = decomposed.charAt(0);
  if (decomposed.includes(horn)) {
    const horned = (table.horn as Record<string, number>)[`${base}${horn}`.normalize('NFC')];
    if (horned !== undefined) return horned;
  }
  const code = base.charCodeAt(0);
  return code >= 32 && code < 127 ? table.ascii[code - 32]! : 500;
}

/**
 * The printed width of `text` in points at `size` points.
 * @example textWidthPt('STT', 11, 'bold') ≈ 18,3
 */
export function textWidthPt(text: string, size: number, style: TextStyle = 'regular'): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, style);
  return (units * size) / 1000;
}
