import type { GridLayout } from './grid-layout';

/**
 * The grid's sizes in CSS pixels. They are fixed (names are clamped to two lines, values never wrap) so that which
 * rows and columns are on screen is arithmetic on the scroll position: nothing is measured, and a province grid of
 * 120 indicators × 200 units renders only the few hundred cells in view.
 */
export const gridMetrics = {
  rowHeight: 38,
  groupHeight: 28,
  cellWidth: 124,
  sttWidth: 40,
  nameWidth: 250,
  measureWidth: 84,
  planWidth: 96,
  unitNameWidth: 210,
  /** Rendered beyond the visible area on each side, so a fast scroll or an arrow key rarely shows a blank. */
  overscanRows: 4,
  overscanColumns: 2,
} as const;

/** A line of the grid's body: a field heading (Kinh tế, …) or a row of cells. */
export type BodyLine = { kind: 'group'; group: number } | { kind: 'row'; row: number };

/** The body's lines in order with where each starts: `offsets[i]` is the top of line i, `offsets[n]` the height. */
export interface LinePlan {
  lines: BodyLine[];
  offsets: number[];
  /** Line index of each row of the layout. */
  lineOfRow: number[];
}

export function linePlan(layout: GridLayout): LinePlan {
  const lines: BodyLine[] = [];
  const offsets = [0];
  const lineOfRow: number[] = [];
  const push = (line: BodyLine, height: number) => {
    lines.push(line);
    offsets.push(offsets[offsets.length - 1]! + height);
  };
  layout.rows.forEach((_row, row) => {
    if (layout.orientation === 'indicators') {
      const group = layout.groups.findIndex((run) => run.start === row);
      if (group >= 0) push({ kind: 'group', group }, gridMetrics.groupHeight);
    }
    lineOfRow.push(lines.length);
    push({ kind: 'row', row }, gridMetrics.rowHeight);
  });
  return { lines, offsets, lineOfRow };
}

/** Offsets of `count` columns of one width. */
export function uniformOffsets(count: number, width: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => i * width);
}

/** A stretch of skipped lines or columns (drawn as one spacer of `size` px), or one item drawn. */
export type Slot = { kind: 'gap'; size: number; from: number } | { kind: 'item'; index: number };

/** Index of the first item ending after `position` (binary search over `offsets`). */
function firstEndingAfter(offsets: readonly number[], position: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The items to draw for a visible span [start, end) of the axis (plus the always-drawn `pinned` items: the active
 * and the edited cell keep their DOM node, and so their focus, when scrolled away), as items and the gaps between.
 * @example windowSlots([0, 10, 20, 30, 40], 12, 25, [0]) → item 0, item 1, item 2, gap of 10 from 3
 */
export function windowSlots(
  offsets: readonly number[],
  start: number,
  end: number,
  pinned: readonly number[] = [],
): Slot[] {
  const count = offsets.length - 1;
  if (count <= 0) return [];
  const first = firstEndingAfter(offsets, Math.max(0, start));
  const last = Math.max(first, firstEndingAfter(offsets, Math.max(0, end - 1)));
  const drawn = new Set<number>();
  for (let i = first; i <= Math.min(last, count - 1); i++) drawn.add(i);
  for (const index of pinned) if (index >= 0 && index < count) drawn.add(index);
  const indices = [...drawn].sort((a, b) => a - b);
  const slots: Slot[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) slots.push({ kind: 'gap', size: offsets[index]! - offsets[next]!, from: next });
    slots.push({ kind: 'item', index });
    next = index + 1;
  }
  if (next < count) slots.push({ kind: 'gap', size: offsets[count]! - offsets[next]!, from: next });
  return slots;
}

/** The indices drawn among slots. */
export function slotItems(slots: readonly Slot[]): number[] {
  return slots.flatMap((slot) => (slot.kind === 'item' ? [slot.index] : []));
}

/**
 * The scroll position (one axis) that brings the span [from, to) into the part of the box not covered by sticky
 * headings (`covered` px at the start), moving as little as possible; the position unchanged when already in view.
 * @example scrollToShow(0, 300, 50, 600, 640) === 390
 */
export function scrollToShow(scroll: number, viewport: number, covered: number, from: number, to: number): number {
  const visible = viewport - covered;
  if (from < scroll) return from;
  if (to > scroll + visible) return Math.max(0, Math.min(from, to - visible));
  return scroll;
}

/**
 * Slots as a string, so a component can keep the same slots object (and its rows their memoised rendering) while
 * scrolling within the drawn window: `useMemo(() => slotsFromKey(key), [key])`.
 * @example slotsKey([{ kind: 'item', index: 0 }, { kind: 'gap', size: 30, from: 1 }]) === 'i0 g1:30'
 */
export function slotsKey(slots: readonly Slot[]): string {
  return slots.map((slot) => (slot.kind === 'item' ? `i${slot.index}` : `g${slot.from}:${slot.size}`)).join(' ');
}

export function slotsFromKey(key: string): Slot[] {
  if (key === '') return [];
  return key.split(' ').map((part): Slot => {
    if (part.startsWith('i')) return { kind: 'item', index: Number(part.slice(1)) };
    const [from, size] = part.slice(1).split(':');
    return { kind: 'gap', from: Number(from), size: Number(size) };
  });
}
