import { describe, expect, it } from 'vitest';
import { buildLayout } from '@renderer/pages/figures/grid-layout';
import {
  gridMetrics,
  linePlan,
  scrollToShow,
  slotItems,
  slotsFromKey,
  slotsKey,
  uniformOffsets,
  windowSlots,
} from '@renderer/pages/figures/grid-window';
import { indicator } from './support/indicator';

describe('grid windowing: only the lines and columns in view are drawn', () => {
  it('draws the items overlapping the span, a gap for the rest, and keeps the pinned item', () => {
    const offsets = uniformOffsets(100, 10); // 100 rows of 10 px
    const slots = windowSlots(offsets, 205, 245, [3]);
    expect(slotItems(slots)).toEqual([3, 20, 21, 22, 23, 24]);
    expect(slots[0]).toEqual({ kind: 'gap', size: 30, from: 0 });
    expect(slots[2]).toEqual({ kind: 'gap', size: 160, from: 4 });
    expect(slots[slots.length - 1]).toEqual({ kind: 'gap', size: 750, from: 25 });
    // Every pixel of the axis is accounted for: drawn items plus gaps make the full height.
    const total = slots.reduce((sum, slot) => sum + (slot.kind === 'gap' ? slot.size : 10), 0);
    expect(total).toBe(1000);
  });

  it('a province grid (120 indicators in 6 fields) puts field headings between rows with their own height', () => {
    const groups = ['kinh_te', 'van_hoa_xa_hoi'] as const;
    const indicators = Array.from({ length: 120 }, (_, i) =>
      indicator(i + 1, `Chỉ tiêu ${i + 1}`, 'flow', { group: groups[i % 2] }),
    );
    const plan = linePlan(buildLayout(indicators, [], 'indicators', 'Toàn địa bàn'));
    expect(plan.lines).toHaveLength(122);
    expect(plan.lineOfRow[0]).toBe(1);
    expect(plan.lineOfRow[60]).toBe(62);
    expect(plan.offsets[122]).toBe(120 * gridMetrics.rowHeight + 2 * gridMetrics.groupHeight);
    // 400 px of view at the top draws the heading and the first rows, not 122 lines.
    expect(slotItems(windowSlots(plan.offsets, 0, 400)).length).toBe(Math.ceil((400 - 28) / 38) + 1);
  });

  it('scrolls as little as needed to clear the sticky headings', () => {
    expect(scrollToShow(0, 300, 50, 600, 640)).toBe(390); // below: bottom edge to the bottom
    expect(scrollToShow(500, 300, 50, 400, 440)).toBe(400); // above: top edge under the headings
    expect(scrollToShow(500, 300, 50, 520, 560)).toBe(500); // in view: unchanged
  });

  it('slots survive a round trip through their key (rows keep their rendering while the window stays)', () => {
    const slots = windowSlots(uniformOffsets(50, 124), 300, 900, [40]);
    expect(slotsFromKey(slotsKey(slots))).toEqual(slots);
  });
});
