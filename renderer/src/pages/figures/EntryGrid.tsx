import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { FigureStatus } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import type { Target } from '@shared/domain/plan';
import { viFigures } from '@renderer/i18n/vi-figures';
import { cellInputKind } from './cell-parse';
import { CellEditor } from './CellEditor';
import { activeRef, type EntryEffect, type EntryEnv, type EntryState } from './entry-state';
import type { CellView } from './GridCell';
import { GridHead } from './GridHead';
import { GridRow, rowHeads, type GridRowProps } from './GridRow';
import { cellAt, cellDomId, type GridPosition } from './grid-layout';
import { gridCommand, type GridCommand, type Step } from './grid-keyboard';
import { cellKey, draftText, currentDraft } from './grid-model';
import { cellView, createCellViewCache, windowViews, type GridDerived } from './grid-view';
import { gridMetrics, linePlan, scrollToShow, slotItems, uniformOffsets, windowSlots } from './grid-window';
import { HistoryPopover } from './HistoryPopover';
import { isBlockPaste } from './paste';
import { useBoxSize, useFillWindow, useStableSlots } from './use-grid-viewport';
import './entry-grid.css';

export interface EntryGridProps {
  year: number;
  quarter: Quarter;
  periodLabel: string;
  env: EntryEnv;
  state: EntryState;
  derived: GridDerived;
  plans: ReadonlyMap<number, Target>;
  showLastYear: boolean;
  /** Bumped by the page when focus should return to the active cell (after a dialog, "go to cell"). */
  focusRequest: number;
  historyOpen: boolean;
  onHistoryOpenChange: (open: boolean) => void;
  onCommand: (command: GridCommand) => EntryEffect;
  onActivate: (position: GridPosition, edit: boolean) => void;
  onCommit: (text: string, step: Step | null) => void;
  onCancel: () => void;
  onPaste: (text: string) => void;
  onColumnStatus: (col: number, status: FigureStatus) => void;
}

const g = viFigures.grid;

function positionOfEvent(event: MouseEvent): GridPosition | null {
  const cell = (event.target as HTMLElement).closest('td[data-row]');
  if (!cell || cell.querySelector('.fg-editor')?.contains(event.target as Node)) return null;
  return { row: Number(cell.getAttribute('data-row')), col: Number(cell.getAttribute('data-col')) };
}

/**
 * The entry grid (role="grid"): indicators by units, or units by indicators, with the whole-area total first. It
 * renders and forwards; what each key, click and paste means is decided by the pure functions of this folder.
 */
export function EntryGrid(props: EntryGridProps) {
  const { env, state, derived, year, quarter } = props;
  const { layout, context } = env;
  const box = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const active = activeRef(state, layout);
  const lastFocusRequest = useRef(props.focusRequest);
  const [cache] = useState(createCellViewCache);
  const boxHeight = useFillWindow(box);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const size = useBoxSize(box);

  // Which lines and columns are drawn: those in view, plus the active and the edited cell wherever they are.
  const byIndicators = layout.orientation === 'indicators';
  const headWidths = byIndicators
    ? [gridMetrics.sttWidth, gridMetrics.nameWidth, gridMetrics.measureWidth, gridMetrics.planWidth]
    : [gridMetrics.unitNameWidth];
  const headColumns = headWidths.length;
  const headRows = byIndicators ? 1 : 2;
  const frozen = byIndicators
    ? gridMetrics.sttWidth + gridMetrics.nameWidth + gridMetrics.measureWidth
    : headWidths[0]!;
  const beforeCells = byIndicators ? gridMetrics.planWidth : 0;
  const tableWidth = frozen + beforeCells + layout.columns.length * gridMetrics.cellWidth;
  const plan = useMemo(() => linePlan(layout), [layout]);
  const colOffsets = useMemo(
    () => uniformOffsets(layout.columns.length, gridMetrics.cellWidth),
    [layout.columns.length],
  );
  const headHeight = size.headHeight;
  const overscanY = gridMetrics.overscanRows * gridMetrics.rowHeight;
  const overscanX = gridMetrics.overscanColumns * gridMetrics.cellWidth;
  const pinnedRows = [state.active.row, state.editing?.at.row].flatMap((row) =>
    row === undefined || plan.lineOfRow[row] === undefined ? [] : [plan.lineOfRow[row]],
  );
  const pinnedCols = [state.active.col, state.editing?.at.col].filter((col): col is number => col !== undefined);
  const rowSlots = useStableSlots(
    windowSlots(plan.offsets, scroll.top - overscanY, scroll.top + size.height - headHeight + overscanY, pinnedRows),
  );
  const colSlots = useStableSlots(
    windowSlots(
      colOffsets,
      scroll.left - beforeCells - overscanX,
      scroll.left + size.width - frozen - beforeCells + overscanX,
      pinnedCols,
    ),
  );
  const drawnRows = slotItems(rowSlots).flatMap((line) => {
    const entry = plan.lines[line]!;
    return entry.kind === 'row' ? [entry.row] : [];
  });
  const drawnCols = slotItems(colSlots);
  const views = windowViews(cache, layout, drawnRows, drawnCols, state.edits, context, derived, props.showLastYear);

  // The header (an antd menu per column) must not re-render on every keystroke: give it a callback that never changes.
  const onColumnStatus = useRef(props.onColumnStatus);
  useEffect(() => {
    onColumnStatus.current = props.onColumnStatus;
  });
  const columnStatus = useCallback((col: number, status: FigureStatus) => onColumnStatus.current(col, status), []);
  const heads = useMemo(() => rowHeads(layout, context.locks, props.plans), [layout, context.locks, props.plans]);

  // Roving focus: keep DOM focus on the active cell while the secretary works in the grid (and bring it back after
  // the editor closes, or when the page asks), without stealing it from the toolbar or a dialog. The box scrolls
  // by arithmetic so the cell clears the sticky headings (scrollIntoView would leave it under them).
  const activeId = active ? cellDomId(active) : null;
  const editing = state.editing !== null;
  const activeLine = plan.lineOfRow[state.active.row];
  const activeCol = state.active.col;
  useEffect(() => {
    if (editing || !activeId) return;
    const element = document.getElementById(activeId);
    if (!element) return;
    const focused = document.activeElement;
    const requested = lastFocusRequest.current !== props.focusRequest;
    lastFocusRequest.current = props.focusRequest;
    const inGrid = focused !== null && table.current?.contains(focused);
    if (requested || inGrid || focused === document.body || focused === null) {
      if (focused !== element) element.focus({ preventScroll: true });
      const scroller = box.current;
      if (scroller && scroller.clientHeight > 0 && activeLine !== undefined) {
        const head = scroller.querySelector('thead')?.offsetHeight ?? 0;
        const from = plan.offsets[activeLine]!;
        scroller.scrollTop = scrollToShow(
          scroller.scrollTop,
          scroller.clientHeight,
          head,
          from,
          plan.offsets[activeLine + 1]!,
        );
        const left = beforeCells + activeCol * gridMetrics.cellWidth;
        scroller.scrollLeft = scrollToShow(
          scroller.scrollLeft,
          scroller.clientWidth,
          frozen,
          left,
          left + gridMetrics.cellWidth,
        );
      }
    }
  }, [activeId, editing, props.focusRequest, activeLine, activeCol, plan, beforeCells, frozen]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (state.editing) return;
    if (!(event.target as HTMLElement).matches('td[role="gridcell"]')) return;
    if (props.historyOpen && event.key === 'Escape') {
      props.onHistoryOpenChange(false);
      event.preventDefault();
      return;
    }
    const command = gridCommand(event, false);
    if (command.type === 'none') return;
    const effect = props.onCommand(command);
    if (effect !== 'leave') event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (state.editing && !isBlockPaste(text)) return;
    event.preventDefault();
    if (text !== '') props.onPaste(text);
  };

  const onCopy = (event: ClipboardEvent<HTMLTableElement>) => {
    if (state.editing || !active) return;
    const indicator = context.indicators.get(active.indicatorId);
    if (!indicator) return;
    const view = cellView(active, state.active, state.edits, context, derived, false);
    const text =
      view.access === 'computed'
        ? view.text
        : draftText(indicator, currentDraft(active, state.edits, context.saved, context.defaultStatus));
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  };

  // Children of the active cell (its history button) and of the cell being edited (its editor); every other cell
  // comes from the view cache and every other row skips rendering.
  const activeChildren = (view: CellView) => {
    if (!active || view.access === 'computed' || view.access === 'not_applicable') return undefined;
    return (
      <HistoryPopover
        cell={active}
        indicator={context.indicators.get(active.indicatorId)!}
        year={year}
        quarter={quarter}
        cellLabel={view.label}
        changed={view.changed}
        open={props.historyOpen}
        onOpenChange={props.onHistoryOpenChange}
      />
    );
  };
  const editingChildren = () => {
    const at = state.editing ? cellAt(layout, state.editing.at) : null;
    if (!state.editing || !at) return undefined;
    const indicator = context.indicators.get(at.indicatorId)!;
    const view = views.get(state.editing.at.row)?.find((v) => v.col === state.editing!.at.col);
    if (!view) return undefined;
    return (
      <CellEditor
        key={cellKey(at)}
        inputKind={cellInputKind(indicator.kind)}
        initialText={state.editing.text}
        cellLabel={view.label}
        numeratorLabel={indicator.numeratorLabel ?? viFigures.editor.numerator}
        denominatorLabel={indicator.denominatorLabel ?? viFigures.editor.denominator}
        onCommit={props.onCommit}
        onCancel={props.onCancel}
      />
    );
  };
  const cellSlots = (
    row: number,
  ): Pick<GridRowProps, 'activeCol' | 'activeChildren' | 'editingCol' | 'editingChildren'> => {
    const slots: ReturnType<typeof cellSlots> = { activeCol: -1, editingCol: -1 };
    if (row === state.active.row) {
      slots.activeCol = state.active.col;
      const view = views.get(row)?.find((v) => v.col === state.active.col);
      if (view) slots.activeChildren = activeChildren(view);
    }
    if (state.editing && row === state.editing.at.row) {
      slots.editingCol = state.editing.at.col;
      slots.editingChildren = editingChildren();
    }
    return slots;
  };

  const tableProps = {
    ref: table,
    role: 'grid',
    className: 'fg-table',
    style: { width: tableWidth },
    'aria-label': g.label(props.periodLabel),
    'aria-rowcount': plan.lines.length + headRows,
    'aria-colcount': headColumns + layout.columns.length,
    onKeyDown,
    onPaste,
    onCopy,
    onMouseDown: (event: MouseEvent) => {
      const position = positionOfEvent(event);
      if (position) props.onActivate(position, false);
    },
    onDoubleClick: (event: MouseEvent) => {
      const position = positionOfEvent(event);
      if (position) props.onActivate(position, true);
    },
  };
  const spanAll = headColumns + colSlots.length;

  return (
    <div
      ref={box}
      className="fg-scroll"
      style={{ height: boxHeight }}
      onScroll={(event) => {
        const { scrollTop, scrollLeft } = event.currentTarget;
        setScroll((was) =>
          was.top === scrollTop && was.left === scrollLeft ? was : { top: scrollTop, left: scrollLeft },
        );
      }}
    >
      <table {...tableProps}>
        <colgroup>
          {headWidths.map((width, i) => (
            <col key={`head-${i}`} style={{ width }} />
          ))}
          {colSlots.map((slot) =>
            slot.kind === 'gap' ? (
              <col key={`gap-${slot.from}`} style={{ width: slot.size }} />
            ) : (
              <col key={slot.index} style={{ width: gridMetrics.cellWidth }} />
            ),
          )}
        </colgroup>
        <GridHead
          layout={layout}
          locks={context.locks}
          plans={props.plans}
          colSlots={colSlots}
          onColumnStatus={columnStatus}
        />
        <tbody>
          {rowSlots.map((slot) => {
            if (slot.kind === 'gap') {
              return (
                <tr key={`gap-${slot.from}`} className="fg-gap-row" aria-hidden>
                  <td colSpan={spanAll} style={{ height: slot.size }} />
                </tr>
              );
            }
            const line = plan.lines[slot.index]!;
            if (line.kind === 'group') {
              const group = layout.groups[line.group]!;
              return (
                <tr key={`group-${group.group}`} className="fg-group" aria-rowindex={headRows + slot.index + 1}>
                  <th className="fg-sticky fg-stt" aria-hidden />
                  <th scope="rowgroup" className="fg-sticky fg-rowhead">
                    {group.label}
                  </th>
                  <th colSpan={spanAll - 2} aria-hidden />
                </tr>
              );
            }
            const row = line.row;
            const rowItem = layout.rows[row]!;
            return (
              <GridRow
                key={rowItem.kind === 'indicator' ? rowItem.indicator.id : (rowItem.unitId ?? 'area')}
                head={heads[row]}
                ariaRowIndex={headRows + slot.index + 1}
                headColumns={headColumns}
                colSlots={colSlots}
                views={views.get(row)!}
                {...cellSlots(row)}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
