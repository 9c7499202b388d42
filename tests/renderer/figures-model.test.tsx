import { describe, expect, it } from 'vitest';
import type { FigureGrid } from '@shared/contract/figures';
import type { Figure } from '@shared/domain/figure';
import {
  applyCommand,
  initialEntryState,
  setColumnStatus,
  type EntryEnv,
  type EntryState,
} from '@renderer/pages/figures/entry-state';
import { buildLayout } from '@renderer/pages/figures/grid-layout';
import { gridCommand, stepFrom, type KeyInput } from '@renderer/pages/figures/grid-keyboard';
import {
  checkEdits,
  type CheckSources,
  editContextOf,
  hasErrors,
  saveEntries,
  typeIntoCell,
  withoutSaved,
  type GridEdits,
} from '@renderer/pages/figures/grid-model';
import { draftFigures, liveTotals } from '@renderer/pages/figures/grid-totals';
import { indicator } from './support/indicator';

const rice = indicator(1, 'Sản lượng lúa', 'flow');
const herd = indicator(2, 'Tổng đàn gia súc', 'stock');
const malnutrition = indicator(3, 'Tỷ lệ trẻ em suy dinh dưỡng', 'rate', {
  group: 'van_hoa_xa_hoi',
  decimals: 1,
  measureUnit: '%',
  numeratorLabel: 'Số trẻ suy dinh dưỡng',
  denominatorLabel: 'Số trẻ được cân đo',
});
const newRural = indicator(4, 'Số xã đạt chuẩn nông thôn mới', 'unit_count');
const industry = indicator(5, 'Giá trị sản xuất công nghiệp', 'flow', { areaOnly: true });

function figure(indicatorId: number, unitId: number | null, fields: Partial<Figure>, year = 2023): Figure {
  return {
    indicatorId,
    unitId,
    year,
    quarter: 3,
    value: null,
    numerator: null,
    denominator: null,
    achieved: null,
    status: 'uoc',
    note: null,
    ...fields,
  };
}

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

/** Long Hưng (1), Mỹ Hương (2), Mỹ Phước (3, locked); Long Hưng's rice already saved at 100 with a note. */
function env(overrides: Partial<FigureGrid> = {}): EntryEnv {
  const grid: FigureGrid = {
    year: 2023,
    quarter: 3,
    indicators: [rice, herd, newRural, industry, malnutrition],
    targets: [],
    units: [unit(1, 'Xã Long Hưng'), unit(2, 'Xã Mỹ Hương'), unit(3, 'Xã Mỹ Phước')],
    figures: [figure(1, 1, { value: 100, note: 'theo Chi cục Thống kê' })],
    earlierQuarters: [],
    lastYear: [figure(1, 2, { value: 1000 }, 2022)],
    locks: [{ year: 2023, quarter: 3, unitId: 3, lockedAt: '2023-10-05T02:00:00Z', lockedBy: 'thu-ky' }],
    ...overrides,
  };
  return {
    layout: buildLayout(grid.indicators, grid.units, 'indicators', 'Toàn địa bàn'),
    context: editContextOf(grid, 'uoc'),
  };
}

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

function press(state: EntryState, e: EntryEnv, ...keys: KeyInput[]): EntryState {
  return keys.reduce((s, k) => applyCommand(s, gridCommand(k, s.editing !== null), e).state, state);
}

describe('keyboard in the entry grid', () => {
  it('maps keys as in a spreadsheet', () => {
    expect(gridCommand(key('ArrowRight'), false)).toEqual({ type: 'move', step: 'right' });
    expect(gridCommand(key('Tab', { shiftKey: true }), false)).toEqual({ type: 'move', step: 'previous' });
    expect(gridCommand(key('Enter'), false)).toEqual({ type: 'edit', text: null, orStep: 'down' });
    expect(gridCommand(key('7'), false)).toEqual({ type: 'edit', text: '7' });
    expect(gridCommand(key('v', { ctrlKey: true }), false)).toEqual({ type: 'none' });
    expect(gridCommand(key('Delete'), false)).toEqual({ type: 'clear' });
    expect(gridCommand(key('Enter'), true)).toEqual({ type: 'commit', step: 'down' });
    expect(gridCommand(key('Tab'), true)).toEqual({ type: 'commit', step: 'next' });
    expect(gridCommand(key('Escape'), true)).toEqual({ type: 'cancel' });
    expect(gridCommand(key('ArrowLeft'), true)).toEqual({ type: 'none' });
  });

  it('stops arrows at the edges; Tab wraps to the next row and leaves the grid after the last cell', () => {
    const size = { rows: 2, cols: 3 };
    expect(stepFrom({ row: 0, col: 0 }, 'up', size)).toEqual({ row: 0, col: 0 });
    expect(stepFrom({ row: 1, col: 2 }, 'right', size)).toEqual({ row: 1, col: 2 });
    expect(stepFrom({ row: 0, col: 2 }, 'next', size)).toEqual({ row: 1, col: 0 });
    expect(stepFrom({ row: 1, col: 0 }, 'previous', size)).toEqual({ row: 0, col: 2 });
    expect(stepFrom({ row: 1, col: 2 }, 'next', size)).toBeNull();
  });

  it('typing starts editing with the key typed; Enter commits and moves down; Escape cancels', () => {
    const e = env();
    // Row 0 rice, column 2 Mỹ Hương.
    let state: EntryState = { ...initialEntryState, active: { row: 0, col: 2 } };
    state = press(state, e, key('5'));
    expect(state.editing).toEqual({ text: '5', at: { row: 0, col: 2 } });

    state = applyCommand(
      { ...state, editing: { text: '5.500', at: state.active } },
      { type: 'commit', step: 'down' },
      e,
    ).state;
    expect(state.active).toEqual({ row: 1, col: 2 });
    expect(state.edits.get('1:2')).toMatchObject({ kind: 'entry', measure: { value: 5500 } });

    state = press(state, e, key('9'), key('Escape'));
    expect(state.editing).toBeNull();
    expect(state.edits.has('2:2')).toBe(false);
  });

  it('refuses to edit a locked unit, a computed total or an area-only indicator in a unit column', () => {
    const e = env();
    const at = (row: number, col: number) => ({ ...initialEntryState, active: { row, col } });
    expect(applyCommand(at(0, 3), { type: 'edit', text: '1' }, e)).toMatchObject({ effect: 'readOnly' });
    expect(applyCommand(at(0, 0), { type: 'edit', text: '1' }, e)).toMatchObject({ effect: 'readOnly' });
    // Row 3 is the area-only indicator: a unit cannot report it, the whole area can.
    expect(applyCommand(at(3, 1), { type: 'edit', text: '1' }, e)).toMatchObject({ effect: 'readOnly' });
    expect(applyCommand(at(3, 0), { type: 'edit', text: '1' }, e).state.editing).not.toBeNull();
    expect(applyCommand(at(0, 3), { type: 'clear' }, e).state.edits.size).toBe(0);
    // Enter on a cell that cannot be edited just moves down, as in a spreadsheet.
    expect(applyCommand(at(0, 0), gridCommand(key('Enter'), false), e)).toMatchObject({
      state: { active: { row: 1, col: 0 } },
      effect: 'none',
    });
  });

  it('sets Đạt / Chưa đạt straight from a key, and cycles with Space', () => {
    const e = env();
    // Row 2 = new-rural standard, column 1 = Long Hưng.
    let state: EntryState = { ...initialEntryState, active: { row: 2, col: 1 } };
    state = press(state, e, key('đ'));
    expect(state.editing).toBeNull();
    expect(state.edits.get('4:1')).toMatchObject({ measure: { achieved: true } });
    state = press(state, e, key(' '));
    expect(state.edits.get('4:1')).toMatchObject({ measure: { achieved: false } });
  });

  it('typing into a rate cell replaces the numerator and keeps the denominator', () => {
    const e = env({ figures: [figure(3, 1, { numerator: 40, denominator: 1230 })] });
    const state = press({ ...initialEntryState, active: { row: 4, col: 1 } }, e, key('4'));
    expect(state.editing?.text).toBe('4 / 1.230');
  });
});

describe('errors and warnings of the changed cells', () => {
  const type = (edits: GridEdits, e: EntryEnv, indicatorId: number, unitId: number | null, text: string) =>
    typeIntoCell(edits, { indicatorId, unitId }, text, e.context).edits;

  const sources = (fields: Partial<CheckSources> = {}): CheckSources => ({
    lastYear: new Map(),
    previousQuarter: new Map(),
    targets: new Map(),
    ...fields,
  });

  // Issue 13: a numerator above its denominator (a rate above 100%) is a warning, never a refusal.
  it('text in a number cell is an error that blocks saving; a rate above 100% is only a warning', () => {
    const e = env();
    let edits: GridEdits = new Map();
    edits = type(edits, e, 2, 1, 'abc');
    edits = type(edits, e, 3, 2, '12 / 10');
    const issues = checkEdits(edits, e.context.indicators, e.context.saved, sources());

    expect(issues.get('2:1')?.[0]).toMatchObject({ severity: 'error' });
    expect(issues.get('3:2')).toEqual([
      { severity: 'warning', message: 'Tỷ lệ 120,0% lớn hơn 100%: kiểm tra lại tỷ lệ, tử số, mẫu số.' },
    ]);
    expect(hasErrors(issues)).toBe(true);
    expect(saveEntries(edits, e.context.saved)).toBeNull();
  });

  it('±50% against the same quarter last year and a negative flow are warnings that do not block', () => {
    const e = env();
    const lastYear = new Map([['1:2', figure(1, 2, { value: 1000 }, 2022)]]);
    let edits: GridEdits = new Map();
    edits = type(edits, e, 1, 2, '1.600');
    edits = type(edits, e, 1, 1, '-20');
    const issues = checkEdits(edits, e.context.indicators, e.context.saved, sources({ lastYear }));

    expect(issues.get('1:2')).toEqual([
      { severity: 'warning', message: 'Cao hơn 60% so với cùng kỳ năm trước (1.000).' },
    ]);
    expect(issues.get('1:1')?.[0]?.severity).toBe('warning');
    expect(hasErrors(issues)).toBe(false);
    expect(saveEntries(edits, e.context.saved)).toHaveLength(2);
  });

  it('a negative herd (a stock) is an error', () => {
    const e = env();
    const issues = checkEdits(type(new Map(), e, 2, 2, '-5'), e.context.indicators, e.context.saved, sources());
    expect(issues.get('2:2')?.[0]).toEqual({ severity: 'error', message: 'Số liệu không được âm.' });
  });
});

describe('what "Lưu" sends', () => {
  it('only the changed cells, a cell typed back to its saved value is not a change, and notes are kept', () => {
    const e = env();
    let edits: GridEdits = new Map();
    edits = typeIntoCell(edits, { indicatorId: 1, unitId: 1 }, '150', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 1, unitId: 2 }, '80', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 1, unitId: 2 }, '', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 2, unitId: 1 }, '3.060', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 2, unitId: 1 }, '3060', e.context).edits;

    expect(saveEntries(edits, e.context.saved)).toEqual([
      {
        indicatorId: 1,
        unitId: 1,
        value: 150,
        numerator: null,
        denominator: null,
        achieved: null,
        status: 'uoc',
        note: 'theo Chi cục Thống kê',
      },
      {
        indicatorId: 2,
        unitId: 1,
        value: 3060,
        numerator: null,
        denominator: null,
        achieved: null,
        status: 'uoc',
        note: null,
      },
    ]);

    const back = typeIntoCell(edits, { indicatorId: 1, unitId: 1 }, '100', e.context).edits;
    expect([...back.keys()]).toEqual(['2:1']);
  });

  it('clearing a saved figure sends an empty entry (the core deletes it)', () => {
    const e = env();
    const edits = typeIntoCell(new Map(), { indicatorId: 1, unitId: 1 }, '', e.context).edits;
    expect(saveEntries(edits, e.context.saved)).toEqual([
      expect.objectContaining({ indicatorId: 1, unitId: 1, value: null, numerator: null, achieved: null }),
    ]);
  });

  it('after a save, only cells edited again while it ran stay changed', () => {
    const e = env();
    const sent = typeIntoCell(new Map(), { indicatorId: 1, unitId: 2 }, '80', e.context).edits;
    const during = typeIntoCell(sent, { indicatorId: 2, unitId: 2 }, '90', e.context).edits;
    expect([...withoutSaved(during, sent).keys()]).toEqual(['2:2']);
  });
});

describe('ước and chính thức', () => {
  it('"chuyển cả cột sang chính thức" changes the filled, editable cells of the column only', () => {
    const e = env({
      figures: [figure(1, 1, { value: 100 }), figure(2, 1, { value: 3000, status: 'chinh_thuc' })],
    });
    let state: EntryState = { ...initialEntryState };
    state = {
      ...state,
      edits: typeIntoCell(state.edits, { indicatorId: 3, unitId: 1 }, '45 / 1.230', e.context).edits,
    };

    // Column 1 is Long Hưng: rice (saved, ước), herd (already chính thức), malnutrition (typed), others empty.
    const after = setColumnStatus(state, 1, 'chinh_thuc', e);

    expect([...after.edits.keys()].sort()).toEqual(['1:1', '3:1']);
    expect(after.edits.get('1:1')).toMatchObject({ status: 'chinh_thuc', measure: { value: 100 } });
    expect(after.edits.get('3:1')).toMatchObject({ status: 'chinh_thuc', measure: { numerator: 45 } });
    // The locked Mỹ Phước column does not change.
    expect(setColumnStatus(state, 3, 'chinh_thuc', env({ figures: [figure(1, 3, { value: 5 })] })).edits.size).toBe(1);
  });

  it('F4 switches the active cell between ước and chính thức, and does nothing on an empty cell', () => {
    const e = env();
    const filled = applyCommand({ ...initialEntryState, active: { row: 0, col: 1 } }, { type: 'toggleStatus' }, e);
    expect(filled.state.edits.get('1:1')).toMatchObject({ status: 'chinh_thuc' });
    const empty = applyCommand({ ...initialEntryState, active: { row: 0, col: 2 } }, { type: 'toggleStatus' }, e);
    expect(empty.state.edits.size).toBe(0);
  });
});

describe('the live whole-area total', () => {
  it('district malnutrition is Σ numerators ÷ Σ denominators, not the mean of commune rates', () => {
    const e = env();
    let edits: GridEdits = new Map();
    edits = typeIntoCell(edits, { indicatorId: 3, unitId: 1 }, '10 / 100', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 3, unitId: 2 }, '90 / 900', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 3, unitId: 1 }, '30 / 100', e.context).edits;
    const totals = liveTotals([malnutrition], draftFigures([], edits, 2023, 3));

    // (30 + 90) / (100 + 900) = 12%, whereas the mean of 30% and 10% would be 20%.
    expect(totals.get(3)?.value).toBeCloseTo(12);
  });

  it('flows add up the units, unit counts count the units that meet the standard, text is left out', () => {
    const e = env();
    let edits: GridEdits = new Map();
    edits = typeIntoCell(edits, { indicatorId: 1, unitId: 2 }, '1.234,5', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 4, unitId: 1 }, 'Đạt', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 4, unitId: 2 }, 'Chưa đạt', e.context).edits;
    edits = typeIntoCell(edits, { indicatorId: 2, unitId: 1 }, 'abc', e.context).edits;
    const totals = liveTotals([rice, herd, newRural], draftFigures([...e.context.saved.values()], edits, 2023, 3));

    expect(totals.get(1)?.value).toBe(1334.5);
    expect(totals.get(4)?.value).toBe(1);
    expect(totals.get(2)).toBeNull();
  });
});
