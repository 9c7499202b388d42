import { wordCount, trimChars } from './normalize';
import { splitComparatorWords } from './comparators';
import { findValueTokens } from './numbers';

/** One statement cut out of a sentence that may hold several. */
export interface Clause {
  /** The phrase as written, without the list marker or final punctuation. */
  text: string;
  /** Where the phrase starts in the sentence it was cut from. */
  offset: number;
  /**
   * Context that names a phrase which does not name itself: the sentence's "Chăn nuôi:" prefix, or the text around a
   * parenthesis that lists targets ("Tỷ lệ huy động học sinh trong độ tuổi (Nhà trẻ 66%, …)").
   */
  label: string | null;
}

interface Span {
  start: number;
  end: number;
}

const citingStart = /^\s*(?:theo|căn cứ|thực hiện|triển khai|nhằm|để|trên cơ sở|với|qua)\s/iu;
const inlineLabel = /^([^:\d()]{2,60}):\s+(?=\S)/u;
const zeroStart = /^\s*(?:và\s+)?không\s+(?:để\s+)?(?:tái\s+)?(?:phát sinh|xảy ra|có|còn)\s/iu;
// Pieces without a number join the next one only when together they are short enough to be the start of a name cut
// at its commas ("tỷ lệ tổ, bản", "… diện tích đất nông, lâm, thủy sản"); longer runs are prose of their own.
const maxJoinedWords = 20;

function hasValue(text: string): boolean {
  return findValueTokens(text).length > 0;
}

/** A piece that states a target without a figure: "…; không để phát sinh hộ nghèo mới". */
function standsAlone(text: string): boolean {
  return hasValue(text) || zeroStart.test(text);
}

function cleanPhrase(text: string): string {
  return trimChars(text, ' ,;.:');
}

/** Parentheses at the top level of the phrase, with whether they list targets of their own. */
function findParentheses(text: string): (Span & { inner: string; holdsTargets: boolean })[] {
  const groups: (Span & { inner: string; holdsTargets: boolean })[] = [];
  let depth = 0;
  let open = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') {
      if (depth === 0) open = index;
      depth += 1;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const inner = text.slice(open + 1, index);
        groups.push({ start: open, end: index + 1, inner, holdsTargets: standsAlone(inner) });
      }
    }
  }
  return groups;
}

/** Cut points between statements: ";" and "," anywhere, " và ", and a full stop that ends a sentence. */
function splitPoints(text: string, blocked: readonly Span[]): Span[] {
  const points: Span[] = [];
  // A comma between digits is a decimal mark ("789,53"), not a separator.
  const separator = /;\s*|,(?!\d)\s*|\.\s+(?=\p{Lu})|\svà\s/gu;
  let blockIndex = 0;
  for (const match of text.matchAll(separator)) {
    const start = match.index ?? 0;
    while (blockIndex < blocked.length && (blocked[blockIndex]?.end ?? 0) <= start) blockIndex += 1;
    const block = blocked[blockIndex];
    if (block && start >= block.start && start < block.end) continue;
    points.push({ start, end: start + match[0].length });
  }
  return points;
}

/**
 * Groups pieces so that every group holds one statement: a short piece without a number belongs to the next piece
 * ("tỷ lệ tổ, bản văn hóa đạt 90%"), a trailing one to the previous piece ("… tuyển quân và huấn luyện dân quân"); a
 * long one is prose of its own and starts nothing.
 */
function groupPieces(text: string, pieces: readonly Span[]): Span[] {
  const stands = pieces.map((piece) => standsAlone(text.slice(piece.start, piece.end)));
  // Whether any piece after index i states something: a short piece at the very end finishes the last statement.
  const laterStands: boolean[] = [];
  for (let i = pieces.length - 1, any = false; i >= 0; i -= 1) {
    laterStands[i] = any;
    any = any || (stands[i] ?? false);
  }
  const groups: Span[] = [];
  let pendingStart: number | null = null;
  let pendingWords = 0;
  // The last statement opens with its figure ("100% cơ quan, đơn vị, nhà trường đạt chuẩn …", "Không để phát sinh
  // hộ nghèo, hộ cận nghèo mới"): the pieces after it finish its list of nouns.
  let openList = false;
  let lastStood = false;
  pieces.forEach((piece, index) => {
    const pieceText = text.slice(piece.start, piece.end);
    const words = wordCount(pieceText);
    if (!stands[index]) {
      const last = groups.at(-1);
      const separator = last ? text.slice(last.end, piece.start) : '';
      const finishes =
        last !== undefined &&
        ((lastStood && words <= 6 && /^\s*và\s/u.test(separator)) ||
          (openList && words <= 15) ||
          (!laterStands[index] && words <= 4 && /^\s*,/u.test(separator) && pendingStart === null));
      if (finishes) {
        last.end = piece.end;
        lastStood = false;
        return;
      }
      openList = false;
      pendingWords += words;
      if (pendingWords > maxJoinedWords) {
        pendingStart = null;
        pendingWords = 0;
      } else pendingStart ??= piece.start;
      lastStood = false;
      return;
    }
    // A citation before a statement ("Theo Kế hoạch số 12/KH-UBND …, xã phấn đấu …") is not part of it.
    const prefix = pendingStart === null ? '' : text.slice(pendingStart, piece.start);
    const keepPrefix = pendingStart !== null && !citingStart.test(prefix);
    groups.push({ start: keepPrefix && pendingStart !== null ? pendingStart : piece.start, end: piece.end });
    openList = pendingStart === null && (opensWithFigure(pieceText) || zeroStart.test(pieceText));
    pendingStart = null;
    pendingWords = 0;
    lastStood = true;
  });
  return groups;
}

/** "100% cơ quan", "Phấn đấu 90% khu dân cư": the figure comes before what it counts. */
function opensWithFigure(text: string): boolean {
  const token = findValueTokens(text)[0];
  if (token === undefined) return false;
  const before = wordCount(text.slice(0, token.start));
  const after = wordCount(text.slice(token.end));
  return before <= 2 && after <= 3 && !/^\s*(?:trở|so)\s/u.test(text.slice(token.end));
}

/** The part of a phrase before its first number and its comparator words: what a parenthesis of targets is about. */
function subjectOf(text: string): string {
  const first = findValueTokens(text)[0];
  return cleanPhrase(splitComparatorWords(first === undefined ? text : text.slice(0, first.start)).subject);
}

function endsWithComparator(text: string): boolean {
  return splitComparatorWords(text).words !== '';
}

/** Where the cleaned phrase of a span starts: past the separators that `cleanPhrase` drops. */
function placed(text: string, from: number): number {
  let at = from;
  while (at < text.length && ' ,;.:'.includes(text.charAt(at))) at += 1;
  return at;
}

/**
 * Splits a sentence into one phrase per statement, keeping where each starts.
 * @example splitClauses('Chăn nuôi: Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con.').map((c) => c.text)
 *   deep-equals ['Tổng đàn gia súc 28.560 con', 'đàn gia cầm 730.000 con']
 */
export function splitClauses(sentence: string, outerLabel: string | null = null, depth = 0): Clause[] {
  const found = inlineLabel.exec(sentence);
  // "Nông nghiệp chiếm: 40%" is a statement, not a label: the words before the colon end with a comparator.
  const labelMatch = found && !endsWithComparator(found[1] ?? '') ? found : null;
  const label = labelMatch ? cleanPhrase(labelMatch[1] ?? '') : outerLabel;
  const bodyOffset = labelMatch ? labelMatch[0].length : 0;
  const body = sentence.slice(bodyOffset);

  const parentheses = findParentheses(body);
  const listed = depth < 2 ? parentheses.filter((group) => group.holdsTargets) : [];
  // Parentheses that list targets are cut out (blanked, keeping offsets) and split on their own.
  const kept: string[] = [];
  let from = 0;
  for (const group of listed) {
    kept.push(body.slice(from, group.start), ' '.repeat(group.end - group.start));
    from = group.end;
  }
  kept.push(body.slice(from));
  const outside = kept.join('');

  const points = splitPoints(outside, parentheses);
  const pieces: Span[] = [];
  let cursor = 0;
  for (const point of points) {
    pieces.push({ start: cursor, end: point.start });
    cursor = point.end;
  }
  pieces.push({ start: cursor, end: outside.length });

  const grouped = groupPieces(outside, pieces);
  const result: { position: number; clause: Clause }[] = grouped.map((group) => {
    const text = cleanPhrase(outside.slice(group.start, group.end).replace(/ {2,}/g, ' '));
    return { position: group.start, clause: { text, offset: bodyOffset + placed(outside, group.start), label } };
  });

  // A sentence with no figure is one statement (a qualitative target, or prose).
  if (grouped.length === 0 && listed.length === 0) {
    const whole = cleanPhrase(outside);
    if (whole !== '')
      result.push({ position: 0, clause: { text: whole, offset: bodyOffset + placed(outside, 0), label } });
  }
  // Both lists are in reading order: one pointer finds each parenthesis's owner in linear time.
  let ownerIndex = -1;
  const subjects = new Map<number, string>();
  for (const group of listed) {
    const isSubset = /^\s*trong đó(?![\p{L}])/iu.test(group.inner);
    while (ownerIndex + 1 < grouped.length && (grouped[ownerIndex + 1]?.start ?? Infinity) <= group.start) {
      ownerIndex += 1;
    }
    const owner = grouped[ownerIndex];
    if (!subjects.has(ownerIndex)) {
      subjects.set(ownerIndex, owner ? subjectOf(outside.slice(owner.start, owner.end)) : cleanPhrase(outside));
    }
    const ownerSubject = subjects.get(ownerIndex) ?? '';
    const context = isSubset ? label : (label ?? ownerSubject);
    splitClauses(group.inner, context || null, depth + 1).forEach((clause, index) => {
      result.push({
        position: group.start + (index + 1) / 1000,
        clause: { ...clause, offset: bodyOffset + group.start + 1 + clause.offset },
      });
    });
  }
  return result
    .sort((a, b) => a.position - b.position)
    .map(({ clause }) => clause)
    .filter((clause) => clause.text !== '');
}

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a capital, keeping
 * where each starts. Abbreviations such as "TP." or "Tp." do not end a sentence.
 * @example splitSentences('Lúa đạt 320.080 tấn. Ngô đạt 500 tấn.').map((s) => s.text) deep-equals ['Lúa đạt 320.080 tấn.', 'Ngô đạt 500 tấn.']
 */
export function splitSentences(paragraph: string): { text: string; offset: number }[] {
  const sentences: { text: string; offset: number }[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?…]\s+(?=[\p{Lu}“"(])/gu)) {
    const end = (match.index ?? 0) + 1;
    const before = paragraph.slice(Math.max(start, end - 4), end);
    if (/(?:^|\s)(?:TP|Tp|TT|Th|ThS|TS|BS|PGS|GS|Q|P|X|H|St|Mr|Ms)\.$/u.test(before)) continue;
    sentences.push({ text: paragraph.slice(start, end), offset: start });
    start = end + match[0].length - 1;
  }
  if (start < paragraph.length) sentences.push({ text: paragraph.slice(start), offset: start });
  return sentences.filter((sentence) => sentence.text.trim() !== '');
}
