import { foldVietnamese } from '../domain/vietnamese-text';

// Spaces that Word, PDF converters and web pages leave behind; all of them mean a plain space here. Tabs are not
// among them: a tab separates the cells of a table pasted from Word or Excel, and segmentation reads them first.
const oddSpaces = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Markdown emphasis left by converters ("**Đẩy mạnh …**", "*Học tập …*"); a "*" followed by a space is a bullet.
const emphasis = /\*{1,3}(?=\S)|(?<=\S)\*{1,3}/g;

/**
 * Normalises one line or cell: NFC (so "ệ" typed as e + combining marks matches "ệ"), plain spaces, no Markdown
 * emphasis, "–" and "—" kept (they are range and list marks), trimmed.
 * @example normalizeLine('  Sản\u00A0lượng  **lúa**  ') === 'Sản lượng lúa'
 */
export function normalizeLine(text: string): string {
  let line = text.normalize('NFC').replace(zeroWidth, '').replace(oddSpaces, ' ');
  // "*Học tập …*" loses its emphasis marks; "* Kinh tế:" keeps its bullet, a kind of its own beside "-" and "+".
  if (line.includes('*')) line = line.replace(emphasis, '');
  return line.replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * Lower-case text for matching Vietnamese keywords that keep their tones (Vietnamese has no casing rule of its own,
 * so the plain lower-casing is the right one, and much faster than the locale-aware one).
 * @example lowerVietnamese('GIẢM') === 'giảm'
 */
export function lowerVietnamese(text: string): string {
  return text.toLowerCase();
}

// The folded form of each character below U+2000 (Latin with its Vietnamese letters), worked out the first time the
// character is met.
const foldTable: (string | undefined)[] = new Array<string | undefined>(0x2000);

function foldChar(code: number): string {
  let folded = foldTable[code];
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    const text = foldVietnamese(char);
    folded = text.length === 1 ? text : char.toLowerCase();
    foldTable[code] = folded;
  }
  return folded;
}

/**
 * Folds text for keyword matching: no tones, no hooks, đ → d, lower case, one character for one character. Patterns
 * written without tones then match "văn hoá" and "văn hóa", "thuỷ" and "thủy" alike. The reader folds every sentence
 * it scores, so this is a table lookup rather than Unicode decomposition.
 * @example foldForMatch('Thu NGÂN SÁCH') === 'thu ngan sach'
 */
export function foldForMatch(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    folded += code < 0x2000 ? foldChar(code) : text.charAt(i);
  }
  return folded;
}

/**
 * Upper-cases the first letter of a proposed name.
 * @example capitalizeFirst('đàn gia cầm') === 'Đàn gia cầm'
 */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter, for a name that continues another ("Tỷ lệ huy động – nhà trẻ").
 * @example lowerFirst('Nhà trẻ') === 'nhà trẻ'
 */
export function lowerFirst(text: string): string {
  // An acronym keeps its capitals ("THCS").
  if (/^\p{Lu}{2}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * True when the letters of a line are (almost) all capitals: headings and signature blocks.
 * @example isUpperCaseLine('TỔ CHỨC THỰC HIỆN') === true
 */
export function isUpperCaseLine(text: string): boolean {
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  // Casing that changes a string's length (ß, ŉ) is not Vietnamese: such a line is not a heading.
  if (upper.length !== text.length || lower.length !== text.length) return false;
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (upper[i] === lower[i]) continue;
    letters += 1;
    if (text[i] === upper[i]) capitals += 1;
  }
  return letters >= 2 && capitals / letters >= 0.8;
}

/**
 * Counts the words of a phrase.
 * @example wordCount('Sản lượng lúa') === 3
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/**
 * Drops the given characters from both ends of a phrase. A loop rather than `/[…]+$/`, which backtracks
 * quadratically on a long run of those characters that does not reach the end.
 * @example trimChars(' , Sản lượng lúa.;', ' ,.;') === 'Sản lượng lúa'
 */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text.charAt(start))) start += 1;
  while (end > start && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/**
 * Drops the given characters from the end only, see {@link trimChars}.
 * @example trimEndChars('Chăn nuôi: ', ' :') === 'Chăn nuôi'
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
