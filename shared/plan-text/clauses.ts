import { wordCount, trimChars } from './normalize';
import { splitComparatorWords } from './comparators';
import { firstValueToken } from './numbers';
import { statesAim } from './statement';

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
  /** Read from inside a parenthesis of the sentence ("(… đồng bào dân tộc thiểu số chiếm 38,6% dân số)"). */
  inParentheses?: boolean;
}

interface Span {
  start: number;
  end: number;
}

const citingStart =
  /^\s*(?:theo|căn cứ|thực hiện|triển khai|nhằm|để|trên cơ sở|với|qua|về|trên lĩnh vực|trong lĩnh vực|đối với|riêng)\s/iu;
// A clause that opens with its verb, or with "phấn đấu": it starts a statement of its own.
const aimFirst =
  /^\s*(?:và\s+)?(?:giữ vững|giữ|duy trì|đảm bảo|bảo đảm|nâng|tăng|giảm|kéo giảm|hạn chế|ngăn chặn|đẩy lùi|chấm dứt|không để|hoàn thành|phấn đấu|xây dựng|củng cố|tổ chức|cải thiện)\s/iu;
const freshStart = /^\s*(?:và\s+)?(?:phấn đấu|đạt|giữ vững|duy trì|có)\s/iu;
/**
 * "Chăn nuôi: …", "Ấp Bình Hòa (412 hộ): …": the words before a colon name what follows, when they hold no figure of
 * their own (outside parentheses), are short, and do not end with a comparator ("Nông nghiệp chiếm: 40%").
 */
function findLabel(sentence: string): { label: string; length: number } | null {
  const colon = sentence.indexOf(':');
  if (colon < 2 || colon > 90 || !/^\s/u.test(sentence.slice(colon + 1, colon + 2))) return null;
  const head = sentence.slice(0, colon);
  const bare = head.replace(/\([^()]*\)/gu, ' ');
  if (/[\d();]/u.test(bare) || wordCount(bare) > 12 || splitComparatorWords(bare).words !== '') return null;
  const length = colon + 1 + (/^\s*/u.exec(sentence.slice(colon + 1))?.[0].length ?? 0);
  return { label: cleanPhrase(head), length };
}
const zeroStart = /^\s*(?:và\s+)?không\s+(?:để\s+)?(?:tái\s+)?(?:phát sinh|xảy ra|có|còn)\s/iu;
// Pieces without a number join the next one only when together they are short enough to be the start of a name cut
// at its commas ("tỷ lệ tổ, bản", "… diện tích đất nông, lâm, thủy sản"); longer runs are prose of their own.
const maxJoinedWords = 20;

function hasValue(text: string): boolean {
  return firstValueToken(text) !== undefined;
}

/** A piece that states a target without a figure: "…; không để phát sinh hộ nghèo mới". */
function standsAlone(text: string): boolean {
  return hasValue(text) || zeroStart.test(text);
}

function cleanPhrase(text: string): string {
  return trimChars(text, ' ,;.:').replace(/^(?:và|hoặc)\s+/iu, '');
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
function groupPieces(text: string, pieces: readonly Span[], aims: boolean): Span[] {
  const texts = pieces.map((piece) => text.slice(piece.start, piece.end));
  const stands = texts.map(standsAlone);
  const separatorBefore = (index: number) =>
    index === 0 ? '' : text.slice(pieces[index - 1]?.end ?? 0, pieces[index]?.start ?? 0);
  // Whether any piece after index i states something: a short piece at the very end finishes the last statement.
  const laterStands: boolean[] = [];
  for (let i = pieces.length - 1, any = false; i >= 0; i -= 1) {
    laterStands[i] = any;
    any = any || (stands[i] ?? false);
  }
  const groups: Span[] = [];
  let pendingStart: number | null = null;
  let pendingFirst = 0;
  let pendingWords = 0;
  // The last statement opens with its figure ("100% cơ quan, đơn vị, nhà trường đạt chuẩn …", "Không để phát sinh
  // hộ nghèo, hộ cận nghèo mới"): the pieces after it finish its list of nouns.
  let openList = false;
  let openListWords = 15;
  let lastStood = false;
  pieces.forEach((piece, index) => {
    const pieceText = texts[index] ?? '';
    const words = wordCount(pieceText);
    const separator = separatorBefore(index);
    // A statement never begins before a ";": what came before it belongs to the statement before.
    if (/;/u.test(separator)) {
      pendingStart = null;
      pendingWords = 0;
      openList = false;
    }
    if (!stands[index]) {
      const last = groups.at(-1);
      // A clause that opens with its verb after a statement with a figure starts a statement of its own.
      if (
        aims &&
        lastStood &&
        /^\s*,/u.test(separator) &&
        words >= 5 &&
        aimFirst.test(pieceText) &&
        statesAim(pieceText)
      ) {
        groups.push({ start: piece.start, end: piece.end });
        openList = false;
        lastStood = false;
        return;
      }
      const finishes =
        last !== undefined &&
        !/;/u.test(separator) &&
        ((lastStood && words <= 6 && /^\s*và\s/u.test(separator)) ||
          (openList && words <= openListWords) ||
          (!laterStands[index] && words <= 4 && /^\s*,/u.test(separator) && pendingStart === null));
      if (finishes) {
        last.end = piece.end;
        lastStood = false;
        return;
      }
      if (aims && statesAimHere(index)) {
        // Clauses of one aim stay one statement ("Giữ vững ổn định …, hạn chế thấp nhất các tệ nạn xã hội").
        const joined = pendingStart !== null && statesAim(text.slice(pendingStart, piece.start));
        groups.push({ start: joined && pendingStart !== null ? pendingStart : piece.start, end: piece.end });
        openList = false;
        lastStood = false;
        pendingStart = null;
        pendingWords = 0;
        return;
      }
      openList = false;
      pendingWords += words;
      if (pendingWords > maxJoinedWords) {
        pendingStart = null;
        pendingWords = 0;
      } else if (pendingStart === null) {
        pendingStart = piece.start;
        pendingFirst = index;
      }
      lastStood = false;
      return;
    }
    // A citation or a field before a statement ("Theo Kế hoạch số 12/KH-UBND …, xã phấn đấu …", "Về quốc phòng -
    // an ninh, hoàn thành …") is not part of it; the pieces after it are ("…, phấn đấu tỷ lệ hồ sơ … được giải quyết
    // trước và đúng hạn đạt trên 98%").
    let start = pendingStart ?? piece.start;
    for (let p = pendingFirst; pendingStart !== null && p < index && citingStart.test(texts[p] ?? ''); p += 1) {
      start = pieces[p + 1]?.start ?? piece.start;
    }
    groups.push({ start, end: piece.end });
    openList = pendingStart === null && (opensWithFigure(pieceText) || zeroStart.test(pieceText));
    // A list of nouns after "không để phát sinh" is short ("hộ nghèo, hộ cận nghèo mới").
    openListWords = zeroStart.test(pieceText) ? 4 : 15;
    pendingStart = null;
    pendingWords = 0;
    lastStood = true;
  });
  return groups;

  /**
   * Where the plan lists targets, a clause without a figure that states an aim is a statement of its own: after
   * ";" ("…; giữ vững an ninh chính trị"), before ";" or the end of the sentence ("Về quốc phòng - an ninh, hoàn
   * thành chỉ tiêu gọi công dân nhập ngũ;"), or before a statement that starts afresh ("Ngành giáo dục duy trì … và
   * phấn đấu có thêm 02 trường …").
   */
  function statesAimHere(index: number): boolean {
    const pieceText = texts[index] ?? '';
    const words = wordCount(pieceText);
    if (words < 3 || !statesAim(pieceText)) return false;
    const separator = separatorBefore(index);
    const next = texts[index + 1];
    const closes = next === undefined || /;/u.test(separatorBefore(index + 1));
    // "… lắp đặt và duy trì hoạt động thiết bị …" finishes the statement before it; "…, hoàn thành chỉ tiêu …;"
    // closes a statement of its own.
    if (/;/u.test(separator) || (closes && words >= 5 && !/^\s*và\s/u.test(separator))) return true;
    return index === 0 && words >= 5 && next !== undefined && stands[index + 1] === true && freshStart.test(next);
  }
}

/** "100% cơ quan", "Phấn đấu 90% khu dân cư": the figure comes before what it counts. */
function opensWithFigure(text: string): boolean {
  const token = firstValueToken(text);
  if (token === undefined) return false;
  const before = wordCount(text.slice(0, token.start));
  const after = wordCount(text.slice(token.end));
  return before <= 2 && after <= 3 && !/^\s*(?:trở|so)\s/u.test(text.slice(token.end));
}

/** The part of a phrase before its first number and its comparator words: what a parenthesis of targets is about. */
function subjectOf(text: string): string {
  const first = firstValueToken(text);
  return cleanPhrase(splitComparatorWords(first === undefined ? text : text.slice(0, first.start)).subject);
}

/** Where the cleaned phrase of a span starts: past the separators and the conjunction that `cleanPhrase` drops. */
function placed(text: string, from: number): number {
  let at = from;
  while (at < text.length && ' ,;.:'.includes(text.charAt(at))) at += 1;
  const conjunction = /^(?:và|hoặc)\s+/iu.exec(text.slice(at, at + 8));
  return at + (conjunction?.[0].length ?? 0);
}

/**
 * Splits a sentence into one phrase per statement, keeping where each starts.
 * @example splitClauses('Chăn nuôi: Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con.').map((c) => c.text)
 *   deep-equals ['Tổng đàn gia súc 28.560 con', 'đàn gia cầm 730.000 con']
 */
export function splitClauses(
  sentence: string,
  options: { label?: string | null; aims?: boolean; depth?: number } = {},
): Clause[] {
  const depth = options.depth ?? 0;
  const found = findLabel(sentence);
  const label = found ? found.label : (options.label ?? null);
  const bodyOffset = found ? found.length : 0;
  const body = sentence.slice(bodyOffset);

  const parentheses = findParentheses(body);
  // Parentheses that list targets are few in a sentence of a plan; a hundred is already far past any.
  const listed = depth < 2 ? parentheses.filter((group) => group.holdsTargets).slice(0, 100) : [];
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

  const grouped = groupPieces(outside, pieces, options.aims === true);
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
    splitClauses(group.inner, { label: context || null, aims: options.aims, depth: depth + 1 }).forEach(
      (clause, index) => {
        result.push({
          position: group.start + (index + 1) / 1000,
          clause: { ...clause, offset: bodyOffset + group.start + 1 + clause.offset, inParentheses: true },
        });
      },
    );
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
