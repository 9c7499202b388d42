import type { SourceLine } from './types';

// Spaces that Word, PDF converters and web pages leave behind; all of them mean a plain space here.
const oddSpaces = /[\t\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Normalises one line: NFC (so "ệ" typed as e + combining marks matches "ệ"), plain spaces,
 * no Markdown emphasis (the `*` come from converting .docx, they are not part of the plan), trimmed.
 * @example normalizeLine('  Sản\u00A0lượng  **lúa**  ') === 'Sản lượng lúa'
 */
export function normalizeLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(zeroWidth, '')
    .replace(oddSpaces, ' ')
    .replace(/^\s*\*\s+(?=\S)/, '- ')
    .replace(/\*+/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Splits a plan into normalised lines, keeping the 1-based line numbers of the source so a
 * target can point the secretary back to where it was read.
 * @example normalizePlanText('a\r\nb')[1] deep-equals { line: 2, text: 'b' }
 */
export function normalizePlanText(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => ({ line: index + 1, text: normalizeLine(raw) }));
}

export interface ListItem {
  /** The marker as written ("-", "+", "(3)", "1.2.", "a)"), empty when the line has none. */
  marker: string;
  /**
   * Depth of the marker in the usual outline of an administrative plan: Roman numerals, then
   * "1.", "1.1.", "a)", "-", "+". -1 when the line has no marker (prose or a continuation).
   */
  rank: number;
  /** The line without its marker. */
  rest: string;
}

const markerPatterns: { pattern: RegExp; rank: (marker: string) => number }[] = [
  { pattern: /^[IVXLC]+\.\s+/, rank: () => 0 },
  // "1." or "1.2" / "1.2." but never "2.200" (a number with a thousands dot) or "07" (a count).
  {
    pattern: /^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)(?=\s)\s*/,
    rank: (m) => m.trim().split('.').filter(Boolean).length,
  },
  { pattern: /^\(\d{1,2}\)\s*/, rank: () => 3 },
  { pattern: /^[a-zđ]\)\s+/, rank: () => 3 },
];

/**
 * Separates a list marker from the line's content. Chains such as "- +" (a converter artefact)
 * count as their last marker.
 * @example stripListMarker('(2) Sản lượng lúa').rest === 'Sản lượng lúa'
 */
export function stripListMarker(text: string): ListItem {
  for (const { pattern, rank } of markerPatterns) {
    const match = pattern.exec(text);
    if (match) return { marker: match[0].trim(), rank: rank(match[0]), rest: text.slice(match[0].length).trim() };
  }
  const bullets = /^(?:[-–—•+]\s*(?!\d))+/.exec(text);
  if (bullets) {
    const marker = bullets[0].trim();
    const last = marker.charAt(marker.length - 1);
    const rank = last === '+' ? 5 : last === '•' ? 6 : 4;
    return { marker, rank, rest: text.slice(bullets[0].length).trim() };
  }
  return { marker: '', rank: -1, rest: text };
}

/**
 * Lower-case, NFC text for matching Vietnamese keywords that keep their tones.
 * @example lowerVietnamese('GIẢM') === 'giảm'
 */
export function lowerVietnamese(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * Upper-cases the first letter of a proposed name.
 * @example capitalizeFirst('đàn gia cầm') === 'Đàn gia cầm'
 */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * True when the letters of a line are (almost) all capitals: headings and signature blocks.
 * @example isUpperCaseLine('TỔ CHỨC THỰC HIỆN') === true
 */
export function isUpperCaseLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const upper = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  return upper / letters.length >= 0.8;
}
