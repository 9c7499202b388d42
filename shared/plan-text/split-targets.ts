import { findValueTokens } from './number-tokens';

/** One target's phrase cut out of a line that may hold several. */
export interface TargetSegment {
  /** The phrase as written, without the line's marker or final punctuation. */
  text: string;
  /**
   * Context that names a phrase which does not name itself: the line's "Chăn nuôi:" prefix, or the
   * text around a parenthesis that lists targets ("Tỷ lệ huy động học sinh trong độ tuổi (Nhà trẻ 66%, …)").
   */
  label: string | null;
}

interface Span {
  start: number;
  end: number;
}

const inlineLabel = /^([^:\d()]{2,60}):\s+(?=\S)/u;

function hasValue(text: string): boolean {
  return findValueTokens(text).length > 0;
}

/** A piece that states a target without a figure: "…; không để phát sinh hộ nghèo mới". */
function standsAlone(text: string): boolean {
  return hasValue(text) || /^\s*không (?:để|còn)\s/iu.test(text);
}

function cleanPhrase(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s,;.]+|[\s,;.:]+$/g, '')
    .trim();
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
        groups.push({ start: open, end: index + 1, inner, holdsTargets: hasValue(inner) });
      }
    }
  }
  return groups;
}

/** Cut points between targets: ";" and "," anywhere, " và ", and a full stop that ends a sentence. */
function splitPoints(text: string, blocked: readonly Span[]): Span[] {
  const points: Span[] = [];
  // A comma between digits is a decimal mark ("789,53"), not a separator.
  const separator = /;\s*|,(?!\d)\s*|\.\s+(?=\p{Lu})|\s+và\s+/gu;
  for (const match of text.matchAll(separator)) {
    const start = match.index ?? 0;
    if (blocked.some((span) => start >= span.start && start < span.end)) continue;
    points.push({ start, end: start + match[0].length });
  }
  return points;
}

/**
 * Groups pieces so that every group holds exactly one target: a piece without a number belongs to
 * the next piece ("tỷ lệ tổ, bản văn hóa đạt 90%"), a trailing one to the previous piece.
 */
function groupPieces(text: string, pieces: readonly Span[]): Span[] {
  const groups: Span[] = [];
  let pendingStart: number | null = null;
  for (const piece of pieces) {
    if (!standsAlone(text.slice(piece.start, piece.end))) {
      pendingStart ??= piece.start;
      continue;
    }
    groups.push({ start: pendingStart ?? piece.start, end: piece.end });
    pendingStart = null;
  }
  const last = groups.at(-1);
  if (last && pendingStart !== null) last.end = pieces.at(-1)?.end ?? last.end;
  return groups;
}

/** The part of a phrase before its first number: the subject a parenthesis of targets refers to. */
function subjectOf(text: string): string {
  const first = findValueTokens(text)[0];
  return cleanPhrase(first === undefined ? text : text.slice(0, first.start));
}

/**
 * Splits a target line into one phrase per target.
 * @example splitTargetLine('Chăn nuôi: Tổng đàn gia súc 28.560 con, đàn gia cầm 730.000 con.').map((s) => s.text)
 *   deep-equals ['Tổng đàn gia súc 28.560 con', 'đàn gia cầm 730.000 con']
 */
export function splitTargetLine(line: string, outerLabel: string | null = null): TargetSegment[] {
  const labelMatch = inlineLabel.exec(line);
  const label = labelMatch ? cleanPhrase(labelMatch[1] ?? '') : outerLabel;
  const body = labelMatch ? line.slice(labelMatch[0].length) : line;

  const parentheses = findParentheses(body);
  const listed = parentheses.filter((group) => group.holdsTargets);
  // Parentheses that list targets are cut out (blanked, keeping offsets) and split on their own.
  let outside = body;
  for (const group of listed) {
    outside = outside.slice(0, group.start) + ' '.repeat(group.end - group.start) + outside.slice(group.end);
  }

  const points = splitPoints(outside, parentheses);
  const pieces: Span[] = [];
  let cursor = 0;
  for (const point of points) {
    pieces.push({ start: cursor, end: point.start });
    cursor = point.end;
  }
  pieces.push({ start: cursor, end: outside.length });

  const grouped = groupPieces(outside, pieces);
  const outsideText = cleanPhrase(outside);
  // Positions keep the targets in reading order when a parenthesis sits between two of them.
  const placed: { position: number; segment: TargetSegment }[] = grouped.map((group) => ({
    position: group.start,
    segment: { text: cleanPhrase(outside.slice(group.start, group.end)), label },
  }));
  if (grouped.length === 0 && listed.length === 0 && outsideText)
    placed.push({ position: 0, segment: { text: outsideText, label } });

  for (const group of listed) {
    const isSubset = /^\s*trong đó(?![\p{L}])/iu.test(group.inner);
    const owner = [...grouped].reverse().find((span) => span.start <= group.start);
    const ownerSubject = owner ? subjectOf(outside.slice(owner.start, owner.end)) : outsideText;
    const context = isSubset ? label : (label ?? ownerSubject);
    splitTargetLine(group.inner, context || null).forEach((segment, index) => {
      placed.push({ position: group.start + index / 1000, segment });
    });
  }
  const segments = placed.sort((a, b) => a.position - b.position).map(({ segment }) => segment);
  return segments.filter((segment) => segment.text !== '');
}
