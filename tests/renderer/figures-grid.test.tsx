import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Api, ChannelInput, ChannelName, ChannelOutput, Result } from '@shared/contract';
import type { AuditView } from '@shared/contract/audit';
import type { FigureGrid } from '@shared/contract/figures';
import type { PeriodLockView } from '@shared/contract/locks';
import type { PlanSummary } from '@shared/contract/plans';
import type { Figure } from '@shared/domain/figure';
import { checkFigureEntry, isEmptyEntry } from '@shared/domain/figure-checks';
import type { Target } from '@shared/domain/plan';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { createFakeApi, unit } from './support/fake-api';
import { indicator } from './support/indicator';

const rice = indicator(1, 'Sản lượng lúa', 'flow', { measureUnit: 'tấn' });
const herd = indicator(2, 'Tổng đàn gia súc', 'stock', { measureUnit: 'con' });
const malnutrition = indicator(3, 'Tỷ lệ trẻ em suy dinh dưỡng', 'rate', {
  group: 'van_hoa_xa_hoi',
  measureUnit: '%',
  decimals: 1,
  numeratorLabel: 'Số trẻ suy dinh dưỡng',
  denominatorLabel: 'Số trẻ được cân đo',
  direction: 'lower',
});
const indicators = [rice, herd, malnutrition];
const units = [unit(1, 'Xã Long Hưng', 'xa'), unit(2, 'Xã Mỹ Hương', 'xa'), unit(3, 'Xã Mỹ Phước', 'xa')];

function figure(indicatorId: number, unitId: number | null, year: number, fields: Partial<Figure>): Figure {
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

function target(indicatorId: number, value: number): Target {
  return {
    id: indicatorId,
    planId: 1,
    indicatorId,
    unitId: null,
    year: 2023,
    comparator: 'gte',
    value,
    max: null,
    changeMode: null,
    baselineYear: null,
    baselineValue: null,
    sourceText: null,
    phasingMode: 'seasonal',
    milestones: null,
    position: indicatorId,
    note: null,
  };
}

const plan = {
  id: 1,
  number: '05/KH-UBND',
  issuedOn: '2023-01-30',
  place: 'Mỹ Tú',
  issuer: null,
  title: 'Phát động phong trào thi đua năm 2023',
  theme: null,
  year: 2023,
  phases: [],
  legalBases: [],
  signer: null,
  status: 'ban_hanh',
  movementIds: [],
  demo: false,
  targetCount: 3,
} satisfies PlanSummary;

interface CoreState {
  figures: Figure[];
  locks: PeriodLockView[];
  history: AuditView[];
}

/**
 * The figure channels of the core, in memory: the grid of a quarter, a save that refuses locked units and reports
 * warnings as `checkFigureEntry` does, locks, and a cell's history. Every call is recorded.
 */
function renderFigures(initial: Partial<CoreState> = {}) {
  const state: CoreState = {
    figures: [figure(1, 1, 2023, { value: 100 }), figure(1, 2, 2022, { value: 1000, status: 'chinh_thuc' })],
    locks: [{ year: 2023, quarter: 3, unitId: 3, lockedAt: '2023-10-05T02:00:00.000Z', lockedBy: 'thu-ky' }],
    history: [],
    ...initial,
  };
  const fake = createFakeApi({ units });
  const calls: Array<{ channel: ChannelName; input: unknown }> = [];
  const handlers: { [C in ChannelName]?: (input: ChannelInput<C>) => ChannelOutput<C> } = {
    'plans:list': () => [plan],
    'figures:grid': ({ year, quarter }): FigureGrid => ({
      year,
      quarter,
      indicators,
      targets: [target(1, 320080), target(2, 28560)],
      units,
      figures: state.figures.filter((f) => f.year === year && f.quarter === quarter),
      earlierQuarters: state.figures.filter((f) => f.year === year && f.quarter < quarter),
      lastYear: state.figures.filter((f) => f.year === year - 1 && f.quarter === quarter),
      locks: state.locks.filter((l) => l.year === year && l.quarter === quarter),
    }),
    'figures:save': ({ year, quarter, entries }) => {
      const result = {
        inserted: 0,
        updated: 0,
        deleted: 0,
        unchanged: 0,
        warnings: [] as ChannelOutput<'figures:save'>['warnings'],
      };
      for (const entry of entries) {
        const full = {
          ...entry,
          value: entry.value ?? null,
          numerator: entry.numerator ?? null,
          denominator: entry.denominator ?? null,
          achieved: entry.achieved ?? null,
          status: entry.status ?? 'uoc',
          note: entry.note ?? null,
        };
        const index = state.figures.findIndex(
          (f) =>
            f.year === year &&
            f.quarter === quarter &&
            f.indicatorId === entry.indicatorId &&
            f.unitId === entry.unitId,
        );
        const lastYear = state.figures.find(
          (f) =>
            f.year === year - 1 &&
            f.quarter === quarter &&
            f.indicatorId === entry.indicatorId &&
            f.unitId === entry.unitId,
        );
        for (const issue of checkFigureEntry(
          full,
          indicators.find((i) => i.id === entry.indicatorId)!,
          { lastYear },
        )) {
          result.warnings.push({
            indicatorId: entry.indicatorId,
            unitId: entry.unitId,
            message: `Core: ${issue.message}`,
          });
        }
        if (isEmptyEntry(full)) {
          if (index >= 0) state.figures.splice(index, 1);
          result.deleted += 1;
        } else if (index >= 0) {
          state.figures[index] = { ...full, year, quarter };
          result.updated += 1;
        } else {
          state.figures.push({ ...full, year, quarter });
          result.inserted += 1;
        }
      }
      return result;
    },
    'figures:history': () => state.history,
    'locks:unlock': ({ year, quarter, unitIds }) => {
      state.locks = state.locks.filter((l) => unitIds !== null && !unitIds.includes(l.unitId ?? 0));
      return state.locks.filter((l) => l.year === year && l.quarter === quarter);
    },
  };
  const api = { ...fake.api } as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  for (const [channel, handler] of Object.entries(handlers)) {
    api[channel] = async (input) => {
      calls.push({ channel: channel as ChannelName, input: structuredClone(input) });
      return { ok: true, value: (handler as (i: unknown) => unknown)(input) };
    };
  }
  window.api = api as unknown as Api;
  window.history.replaceState(null, '', '#/nhap-so-lieu/2023-Q3');
  render(<App queryClient={createQueryClient()} />);
  return {
    state,
    callsTo: <C extends ChannelName>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input as ChannelInput<C>),
  };
}

const cell = (unitName: string, indicatorName: string) =>
  screen.getByRole('gridcell', { name: `${unitName} – ${indicatorName}` });

async function openGrid() {
  const core = renderFigures();
  await screen.findByRole('grid', { name: 'Bảng nhập số liệu Quý III/2023' }, { timeout: 5000 });
  return core;
}

/** Types into the active cell as the secretary does: the first key opens the editor, then the rest, then a key. */
function typeInto(target: HTMLElement, text: string, finish: 'Enter' | 'Tab' | 'Escape' = 'Enter') {
  fireEvent.mouseDown(target);
  fireEvent.keyDown(target, { key: text[0] });
  const editor = within(target).getAllByRole('textbox')[0]!;
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: finish });
}

const changedCount = () => screen.getByTestId('figures-changed-count').textContent;

describe('Nhập số liệu: the entry grid', () => {
  it('lays out indicators by field with ĐVT and the annual plan, units as columns after the whole-area total', async () => {
    await openGrid();

    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(0, 5)).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'KH năm', 'Toàn địa bàn']);
    expect(headers.slice(5).map((h) => h?.replace('Đã chốt', '').trim())).toEqual([
      'Xã Long Hưng',
      'Xã Mỹ Hương',
      'Xã Mỹ Phước',
    ]);
    expect(screen.getByRole('rowheader', { name: 'Văn hóa – xã hội' })).toBeTruthy();
    const riceRow = screen.getByRole('rowheader', { name: 'Sản lượng lúa' }).closest('tr')!;
    expect(within(riceRow).getByText('320.080')).toBeTruthy();
    expect(within(riceRow).getByText('tấn')).toBeTruthy();
    // Last year's figure shows faintly under this year's cell.
    expect(within(cell('Xã Mỹ Hương', 'Sản lượng lúa')).getByText('1.000')).toBeTruthy();
  });

  it('moves with the keyboard: arrows, typing edits, Enter commits and moves down, Tab moves right', async () => {
    await openGrid();
    const start = cell('Xã Mỹ Hương', 'Sản lượng lúa');
    fireEvent.mouseDown(start);
    await waitFor(() => expect(document.activeElement).toBe(start));

    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(cell('Xã Long Hưng', 'Sản lượng lúa')));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(cell('Xã Long Hưng', 'Tổng đàn gia súc')));

    fireEvent.keyDown(document.activeElement!, { key: '3' });
    const editor = screen.getByRole('textbox', { name: 'Nhập Xã Long Hưng – Tổng đàn gia súc' });
    expect((editor as HTMLInputElement).value).toBe('3');
    fireEvent.change(editor, { target: { value: '3.060' } });
    fireEvent.keyDown(editor, { key: 'Enter' });

    await waitFor(() => expect(document.activeElement).toBe(cell('Xã Long Hưng', 'Tỷ lệ trẻ em suy dinh dưỡng')));
    expect(cell('Xã Long Hưng', 'Tổng đàn gia súc').textContent).toContain('3.060');
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    await waitFor(() => expect(document.activeElement).toBe(cell('Xã Mỹ Hương', 'Tỷ lệ trẻ em suy dinh dưỡng')));

    // Escape abandons what was typed.
    fireEvent.keyDown(document.activeElement!, { key: '9' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Số trẻ suy dinh dưỡng' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Số trẻ suy dinh dưỡng' })).toBeNull();
    expect(changedCount()).toBe('1 ô đã sửa, chưa lưu');
  });

  it('pastes a block copied from Excel at the active cell, skipping the locked unit', async () => {
    await openGrid();
    const anchor = cell('Xã Long Hưng', 'Sản lượng lúa');
    fireEvent.mouseDown(anchor);

    fireEvent.paste(anchor, { clipboardData: { getData: () => '1.234,5\t\t7\r\n3.000\t2.000\t8\r\n' } });

    await waitFor(() => expect(cell('Xã Long Hưng', 'Sản lượng lúa').textContent).toContain('1.234,5'));
    expect(cell('Xã Mỹ Hương', 'Tổng đàn gia súc').textContent).toContain('2.000');
    expect(cell('Xã Long Hưng', 'Tổng đàn gia súc').textContent).toContain('3.000');
    // Mỹ Phước is locked: its two cells stay empty.
    expect(cell('Xã Mỹ Phước', 'Sản lượng lúa').textContent).not.toContain('7');
    expect(changedCount()).toBe('3 ô đã sửa, chưa lưu');
    // The whole-area total follows at once: 1.234,5 + 0 for rice (Mỹ Hương has nothing this quarter), shown with the
    // decimal its part was typed with, so the total adds up to what is shown (issue 13: it printed 1.235).
    expect(cell('Toàn địa bàn', 'Sản lượng lúa').textContent).toContain('1.234,5');
  });

  it('lists errors, which block "Lưu", and warnings, which do not', async () => {
    const core = await openGrid();
    typeInto(cell('Xã Long Hưng', 'Tổng đàn gia súc'), 'ba nghìn');
    typeInto(cell('Xã Mỹ Hương', 'Sản lượng lúa'), '1.600');

    const panel = await screen.findByRole('list', { name: 'Lỗi và cảnh báo' });
    expect(within(panel).getByText(/Xã Long Hưng – Tổng đàn gia súc: "ba nghìn" không phải là số/)).toBeTruthy();
    expect(
      within(panel).getByText(/Xã Mỹ Hương – Sản lượng lúa: Cao hơn 60% so với cùng kỳ năm trước \(1\.000\)/),
    ).toBeTruthy();
    expect(cell('Xã Long Hưng', 'Tổng đàn gia súc').getAttribute('aria-invalid')).toBe('true');
    expect(cell('Xã Mỹ Hương', 'Sản lượng lúa').getAttribute('aria-invalid')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    expect(await screen.findByText('Còn 1 ô bị lỗi; sửa xong mới lưu được.')).toBeTruthy();
    expect(core.callsTo('figures:save')).toEqual([]);

    typeInto(cell('Xã Long Hưng', 'Tổng đàn gia súc'), '3.000');
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));

    const result = await screen.findByTestId('figures-save-result');
    expect(result.textContent).toContain('Đã lưu: 2 mới, 0 sửa, 0 xóa.');
    expect(result.textContent).toContain('Core: Cao hơn 60% so với cùng kỳ năm trước (1.000).');
    await waitFor(() => expect(changedCount()).toBe('Chưa có thay đổi'));
  });

  it('warns of a jump over the quarter before without blocking: 5.000 after 500 (issue 13)', async () => {
    renderFigures({
      figures: [figure(1, 1, 2023, { value: 100 }), { ...figure(1, 2, 2023, { value: 500 }), quarter: 2 }],
      locks: [],
    });
    await screen.findByRole('grid', { name: 'Bảng nhập số liệu Quý III/2023' }, { timeout: 5000 });
    typeInto(cell('Xã Mỹ Hương', 'Sản lượng lúa'), '5.000');
    const panel = await screen.findByRole('list', { name: 'Lỗi và cảnh báo' });
    expect(within(panel).getByText(/Xã Mỹ Hương – Sản lượng lúa: Gấp 10,0 lần quý trước \(500\)/)).toBeTruthy();
    expect(cell('Xã Mỹ Hương', 'Sản lượng lúa').getAttribute('aria-invalid')).toBeNull();
  });

  it('takes a rate typed as "4,5%"; the whole area says why it cannot add the units up, until typed itself', async () => {
    await openGrid();
    typeInto(cell('Xã Long Hưng', 'Tỷ lệ trẻ em suy dinh dưỡng'), '4,5%');
    typeInto(cell('Xã Mỹ Hương', 'Tỷ lệ trẻ em suy dinh dưỡng'), '3');
    expect(cell('Xã Long Hưng', 'Tỷ lệ trẻ em suy dinh dưỡng').textContent).toContain('4,5%');
    const area = cell('Toàn địa bàn', 'Tỷ lệ trẻ em suy dinh dưỡng');
    expect(area.textContent).toContain('Không tổng hợp được');
    expect(area.getAttribute('title')).toContain('Xã Long Hưng, Xã Mỹ Hương chỉ báo tỷ lệ, chưa có mẫu số');
    // With the children weighed in each commune the whole area is their weighted mean: (9 + 6) ÷ 400 = 3,75%.
    typeInto(cell('Xã Long Hưng', 'Tỷ lệ trẻ em suy dinh dưỡng'), '4,5% / 200');
    typeInto(cell('Xã Mỹ Hương', 'Tỷ lệ trẻ em suy dinh dưỡng'), '3% / 200');
    await waitFor(() => expect(cell('Toàn địa bàn', 'Tỷ lệ trẻ em suy dinh dưỡng').textContent).toContain('3,8%'));
    // The whole area's own rate, typed in its cell, stands.
    typeInto(cell('Toàn địa bàn', 'Tỷ lệ trẻ em suy dinh dưỡng'), '4,1');
    await waitFor(() => expect(cell('Toàn địa bàn', 'Tỷ lệ trẻ em suy dinh dưỡng').textContent).toContain('4,1%'));
    expect(cell('Toàn địa bàn', 'Tỷ lệ trẻ em suy dinh dưỡng').getAttribute('aria-readonly')).toBeNull();
  });

  it('sends only the changed cells in one figures:save, with the reason given', async () => {
    const core = await openGrid();
    typeInto(cell('Xã Long Hưng', 'Sản lượng lúa'), '150');
    typeInto(cell('Xã Mỹ Hương', 'Tổng đàn gia súc'), '2.900');
    // A rate cell: F2 opens its three parts (the rate, or numerator and denominator); this one is typed the
    // precise way, numerator and denominator.
    fireEvent.mouseDown(cell('Xã Mỹ Hương', 'Tỷ lệ trẻ em suy dinh dưỡng'));
    fireEvent.keyDown(cell('Xã Mỹ Hương', 'Tỷ lệ trẻ em suy dinh dưỡng'), { key: 'F2' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Số trẻ suy dinh dưỡng' }), { target: { value: '45' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Số trẻ được cân đo' }), { target: { value: '1.230' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Số trẻ được cân đo' }), { key: 'Enter' });
    // Typed back to its saved value: no longer a change.
    typeInto(cell('Xã Long Hưng', 'Sản lượng lúa'), '100');
    expect(changedCount()).toBe('2 ô đã sửa, chưa lưu');

    fireEvent.change(screen.getByRole('textbox', { name: 'Lý do sửa (không bắt buộc)' }), {
      target: { value: 'Theo báo cáo của xã' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));

    await screen.findByTestId('figures-save-result');
    expect(core.callsTo('figures:save')).toEqual([
      {
        year: 2023,
        quarter: 3,
        reason: 'Theo báo cáo của xã',
        entries: [
          {
            indicatorId: 2,
            unitId: 2,
            value: 2900,
            numerator: null,
            denominator: null,
            achieved: null,
            status: 'uoc',
            note: null,
          },
          {
            indicatorId: 3,
            unitId: 2,
            value: null,
            numerator: 45,
            denominator: 1230,
            achieved: null,
            status: 'uoc',
            note: null,
          },
        ],
      },
    ]);
  });

  it('keeps a locked unit read-only: marked in its column, no editor, nothing typed or cleared', async () => {
    const core = await openGrid();
    expect(screen.getByRole('columnheader', { name: /Xã Mỹ Phước.*Đã chốt/ })).toBeTruthy();
    const locked = cell('Xã Mỹ Phước', 'Sản lượng lúa');
    expect(locked.getAttribute('aria-readonly')).toBe('true');

    fireEvent.mouseDown(locked);
    fireEvent.keyDown(locked, { key: '5' });
    fireEvent.keyDown(locked, { key: 'Delete' });
    fireEvent.doubleClick(locked);

    expect(within(locked).queryByRole('textbox')).toBeNull();
    expect(await screen.findByText(/Số liệu quý này đã chốt, không sửa được/)).toBeTruthy();
    expect(changedCount()).toBe('Chưa có thay đổi');
    expect(screen.getByText('Đã chốt 1/3 đơn vị')).toBeTruthy();
    expect(core.callsTo('figures:save')).toEqual([]);
  });

  it('unlocks only with a reason, then the unit can be edited', async () => {
    const core = await openGrid();
    fireEvent.click(screen.getByRole('button', { name: /Mở khóa/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở khóa' }));
    expect(await within(dialog).findByText('Ghi lý do mở khóa (ít nhất 3 ký tự)')).toBeTruthy();
    expect(core.callsTo('locks:unlock')).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Lý do mở khóa'), {
      target: { value: 'Chi cục Thống kê điều chỉnh' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở khóa' }));

    await waitFor(() =>
      expect(core.callsTo('locks:unlock')).toEqual([
        { year: 2023, quarter: 3, unitIds: null, reason: 'Chi cục Thống kê điều chỉnh' },
      ]),
    );
    await waitFor(() => expect(cell('Xã Mỹ Phước', 'Sản lượng lúa').getAttribute('aria-readonly')).toBeNull());
  });

  it('shows who changed a cell, when, from what to what and why (Alt+↓)', async () => {
    renderFigures({
      history: [
        {
          id: 7,
          at: new Date(2023, 9, 5, 9, 30).toISOString(),
          actor: 'thu-ky',
          entity: 'figure',
          entityId: '1:1:2023-Q3',
          action: 'update',
          before: figure(1, 1, 2023, { value: 80 }),
          after: figure(1, 1, 2023, { value: 100, status: 'chinh_thuc' }),
          reason: 'Số chính thức',
          unitId: 1,
          indicatorId: 1,
          period: '2023-Q3',
        },
      ],
    });
    await screen.findByRole('grid', {}, { timeout: 5000 });
    const target = cell('Xã Long Hưng', 'Sản lượng lúa');
    fireEvent.mouseDown(target);
    fireEvent.keyDown(target, { key: 'ArrowDown', altKey: true });

    const list = await screen.findByRole('list', { name: 'Lịch sử sửa số liệu' });
    expect(list.textContent).toContain('Sửa');
    expect(list.textContent).toContain('thu-ky · 05/10/2023 09:30');
    expect(list.textContent).toContain('80 · Ước → 100 · Chính thức');
    expect(list.textContent).toContain('Lý do: Số chính thức');
  });

  it('asks before leaving with unsaved changes', async () => {
    await openGrid();
    typeInto(cell('Xã Mỹ Hương', 'Sản lượng lúa'), '90');

    fireEvent.click(screen.getByRole('link', { name: 'Đơn vị' }));

    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('Có số liệu chưa lưu').length).toBeGreaterThan(0);
    expect(window.location.hash).toBe('#/nhap-so-lieu/2023-Q3');
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại' }));
    await act(async () => {});
    expect(screen.getByRole('grid')).toBeTruthy();
    expect(changedCount()).toBe('1 ô đã sửa, chưa lưu');
  });

  it('turns the grid (units as rows) and keeps the same cell active', async () => {
    await openGrid();
    fireEvent.mouseDown(cell('Xã Mỹ Hương', 'Tổng đàn gia súc'));
    fireEvent.click(screen.getByRole('switch', { name: 'Đơn vị theo hàng' }));

    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Xã Mỹ Hương' })).toBeTruthy());
    expect(cell('Xã Mỹ Hương', 'Tổng đàn gia súc').getAttribute('aria-selected')).toBe('true');
  });

  it('takes back unsaved edits cell by cell with Ctrl+Z, makes them again with Ctrl+Y and Ctrl+Shift+Z', async () => {
    await openGrid();
    typeInto(cell('Xã Long Hưng', 'Sản lượng lúa'), '150');
    typeInto(cell('Xã Mỹ Hương', 'Sản lượng lúa'), '200');
    typeInto(cell('Xã Mỹ Hương', 'Tổng đàn gia súc'), '2.900');
    expect(changedCount()).toBe('3 ô đã sửa, chưa lưu');

    const undo = () => fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    undo();
    await waitFor(() => expect(changedCount()).toBe('2 ô đã sửa, chưa lưu'));
    expect(cell('Xã Mỹ Hương', 'Tổng đàn gia súc').textContent).not.toContain('2.900');
    // Undo goes back to the cell it took back, as a spreadsheet does.
    expect(document.activeElement).toBe(cell('Xã Mỹ Hương', 'Tổng đàn gia súc'));
    undo();
    await waitFor(() => expect(changedCount()).toBe('1 ô đã sửa, chưa lưu'));
    undo();
    await waitFor(() => expect(changedCount()).toBe('Chưa có thay đổi'));
    // The saved figure is back, not an empty cell.
    expect(cell('Xã Long Hưng', 'Sản lượng lúa').textContent).toContain('100');

    fireEvent.keyDown(document.activeElement!, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(cell('Xã Long Hưng', 'Sản lượng lúa').textContent).toContain('150'));
    fireEvent.keyDown(document.activeElement!, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(changedCount()).toBe('2 ô đã sửa, chưa lưu'));
    expect(cell('Xã Mỹ Hương', 'Sản lượng lúa').textContent).toContain('200');

    // "Hủy thay đổi" still drops everything, after asking; Ctrl+Z brings it back.
    fireEvent.click(screen.getByRole('button', { name: /Hủy thay đổi/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(changedCount()).toBe('Chưa có thay đổi'));
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(changedCount()).toBe('2 ô đã sửa, chưa lưu'));
  });
});
