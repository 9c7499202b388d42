import { describe, expect, it } from 'vitest';
import { buildLayout } from '@renderer/pages/figures/grid-layout';
import { editContextOf, type GridEdits } from '@renderer/pages/figures/grid-model';
import { isBlockPaste, parseClipboardBlock, pasteIntoGrid, planPaste } from '@renderer/pages/figures/paste';
import type { FigureGrid } from '@shared/contract/figures';
import { indicator } from './support/indicator';

const rice = indicator(1, 'Sản lượng lúa', 'flow', { measureUnit: 'tấn' });
const herd = indicator(2, 'Tổng đàn gia súc', 'stock', { measureUnit: 'con' });
const jobs = indicator(3, 'Giải quyết việc làm mới', 'flow', { group: 'van_hoa_xa_hoi' });
const malnutrition = indicator(4, 'Tỷ lệ trẻ em suy dinh dưỡng', 'rate', { group: 'van_hoa_xa_hoi', decimals: 1 });

/** Rice, herd, jobs, malnutrition × whole area, Long Hưng (1), Mỹ Hương (2), Mỹ Phước (3, locked). */
function grid(overrides: Partial<FigureGrid> = {}): FigureGrid {
  const unit = (id: number, name: string) => ({
    id,
    code: `U${id}`,
    name,
    kind: 'xa' as const,
    parentId: null,
    validFrom: null,
    validTo: null,
    mergedIntoId: null,
    note: null,
    dissolved: false,
    demo: false,
  });
  return {
    year: 2023,
    quarter: 3,
    indicators: [rice, herd, jobs, malnutrition],
    targets: [],
    units: [unit(1, 'Xã Long Hưng'), unit(2, 'Xã Mỹ Hương'), unit(3, 'Xã Mỹ Phước')],
    figures: [],
    earlierQuarters: [],
    lastYear: [],
    locks: [],
    ...overrides,
  };
}

function setup(overrides: Partial<FigureGrid> = {}) {
  const g = grid(overrides);
  const layout = buildLayout(g.indicators, g.units, 'indicators', 'Toàn địa bàn');
  return { layout, context: editContextOf(g, 'uoc') };
}

const noEdits: GridEdits = new Map();

describe('a block copied from Excel', () => {
  it('splits a 3×2 block with Vietnamese numbers, blank cells and \\r\\n rows (the trailing line break adds no row)', () => {
    const text = '1.234,5\t\t7\r\n\t2.000\t8,25\r\n';

    expect(parseClipboardBlock(text)).toEqual([
      ['1.234,5', '', '7'],
      ['', '2.000', '8,25'],
    ]);
  });

  it('reads \\n and lone \\r row ends, and a last row without a line break', () => {
    expect(parseClipboardBlock('1\t2\n3\t4\r5\t6')).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('unquotes cells Excel quoted because they hold a line break, a tab or a quote', () => {
    expect(parseClipboardBlock('"Đạt\r\n(ước)"\t"a ""b"""\r\n"x\ty"\t3\r\n')).toEqual([
      ['Đạt\r\n(ước)', 'a "b"'],
      ['x\ty', '3'],
    ]);
  });

  it('tells one value (typed into the editor) from a block (spread over the grid)', () => {
    expect(isBlockPaste('1.234,5')).toBe(false);
    expect(isBlockPaste('1.234,5\r\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
    expect(isBlockPaste('1\r\n2\r\n')).toBe(true);
  });
});

describe('pasting into the grid', () => {
  it('spills a 3×2 block right and down from the active cell, reading each cell Vietnamese-style', () => {
    const { layout, context } = setup();
    // Row 0 = rice; column 1 = Long Hưng (column 0 is the whole-area total).
    const outcome = pasteIntoGrid('1.234,5\t\t7\r\n\t2.000\t8,25\r\n', { row: 0, col: 1 }, layout, noEdits, context);

    expect(outcome.written).toBe(6);
    expect(outcome.skipped).toBe(0);
    const value = (indicatorId: number, unitId: number) => {
      const draft = outcome.edits.get(`${indicatorId}:${unitId}`);
      return draft?.kind === 'entry' ? draft.measure.value : draft;
    };
    expect(value(1, 1)).toBe(1234.5);
    expect(value(1, 3)).toBe(7);
    expect(value(2, 2)).toBe(2000);
    expect(value(2, 3)).toBe(8.25);
    // Blank cells clear their target; an empty cell cleared stays unchanged.
    expect(outcome.edits.has('1:2')).toBe(false);
    expect(outcome.edits.has('2:1')).toBe(false);
  });

  it('never writes past the last row or column: the overflow is dropped and counted', () => {
    const { layout } = setup();
    // The last row (malnutrition) and last column (Mỹ Phước): only the top-left cell of a 2×2 block fits.
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      { row: 3, col: 3 },
      layout,
    );

    expect(plan.targets.map((target) => target.ref)).toEqual([{ indicatorId: 4, unitId: 3 }]);
    expect(plan.clippedRows).toBe(1);
    expect(plan.clippedCols).toBe(1);
  });

  it('leaves locked units and computed whole-area totals untouched', () => {
    const { layout, context } = setup({
      locks: [{ year: 2023, quarter: 3, unitId: 3, lockedAt: '2023-10-05T02:00:00Z', lockedBy: 'thu-ky' }],
    });
    const outcome = pasteIntoGrid('5\t6\t7\t8', { row: 0, col: 0 }, layout, noEdits, context);

    expect([...outcome.edits.keys()]).toEqual(['1:1', '1:2']);
    expect(outcome.written).toBe(2);
    expect(outcome.skipped).toBe(2);
  });

  it('keeps text pasted into a number cell as an error on that cell', () => {
    const { layout, context } = setup();
    const outcome = pasteIntoGrid('1.2.3,4,5\tabc', { row: 1, col: 1 }, layout, noEdits, context);

    expect(outcome.edits.get('2:1')).toMatchObject({ kind: 'invalid', text: '1.2.3,4,5' });
    expect(outcome.edits.get('2:2')).toMatchObject({ kind: 'invalid', text: 'abc' });
  });

  it('reads "tử số / mẫu số" into a rate cell', () => {
    const { layout, context } = setup();
    const outcome = pasteIntoGrid('45 / 1.230', { row: 3, col: 2 }, layout, noEdits, context);

    expect(outcome.edits.get('4:2')).toMatchObject({
      kind: 'entry',
      measure: { numerator: 45, denominator: 1230, value: null, achieved: null },
      status: 'uoc',
    });
  });

  it('pastes the same way into the transposed grid (rows are units, columns indicators)', () => {
    const g = grid();
    const layout = buildLayout(g.indicators, g.units, 'units', 'Toàn địa bàn');
    // Row 1 = Long Hưng, column 0 = rice: a row of the block runs across indicators.
    const outcome = pasteIntoGrid('100\t200', { row: 1, col: 0 }, layout, noEdits, editContextOf(g, 'uoc'));

    expect([...outcome.edits.keys()]).toEqual(['1:1', '2:1']);
  });
});
