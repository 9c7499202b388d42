import {
  Fragment,
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
import { cellAt, cellDomId, type GridPosition, type IndicatorItem, type ScopeItem } from './grid-layout';
import { gridCommand, type GridCommand, type Step } from './grid-keyboard';
import { cellKey, draftText, currentDraft } from './grid-model';
import { cellView, createCellViewCache, gridViews, type GridDerived } from './grid-view';
import { HistoryPopover } from './HistoryPopover';
import { isBlockPaste } from './paste';
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
  const table = useRef<HTMLTableElement>(null);
  const active = activeRef(state, layout);
  const lastFocusRequest = useRef(props.focusRequest);
  const [cache] = useState(createCellViewCache);
  const views = useMemo(
    () => gridViews(cache, layout, state.edits, context, derived, props.showLastYear),
    [cache, layout, state.edits, context, derived, props.showLastYear],
  );
  // The header (an antd menu per column) must not re-render on every keystroke: give it a callback that never changes.
  const onColumnStatus = useRef(props.onColumnStatus);
  useEffect(() => {
    onColumnStatus.current = props.onColumnStatus;
  });
  const columnStatus = useCallback((col: number, status: FigureStatus) => onColumnStatus.current(col, status), []);
  const heads = useMemo(() => rowHeads(layout, context.locks, props.plans), [layout, context.locks, props.plans]);

  // Roving focus: keep DOM focus on the active cell while the secretary works in the grid (and bring it back after
  // the editor closes, or when the page asks), without stealing it from the toolbar or a dialog.
  const activeId = active ? cellDomId(active) : null;
  const editing = state.editing !== null;
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
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  }, [activeId, editing, props.focusRequest]);

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
    const view = views[state.editing.at.row]![state.editing.at.col]!;
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
  const rowSlots = (row: number): Omit<GridRowProps, 'head' | 'views'> => {
    const slots: Omit<GridRowProps, 'head' | 'views'> = { activeCol: -1, editingCol: -1 };
    if (row === state.active.row) {
      slots.activeCol = state.active.col;
      slots.activeChildren = activeChildren(views[row]![state.active.col]!);
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
    'aria-label': g.label(props.periodLabel),
    'aria-rowcount': layout.rows.length + 1,
    'aria-colcount': layout.columns.length + 1,
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

  if (layout.orientation === 'indicators') {
    return (
      <div className="fg-scroll">
        <table {...tableProps}>
          <GridHead layout={layout} locks={context.locks} plans={props.plans} onColumnStatus={columnStatus} />
          <tbody>
            {layout.rows.map((rowItem, row) => {
              const item = rowItem as IndicatorItem;
              const group = layout.groups.find((run) => run.start === row);
              return (
                <Fragment key={item.indicator.id}>
                  {group && (
                    <tr className="fg-group">
                      <th className="fg-sticky fg-stt" aria-hidden />
                      <th scope="rowgroup" className="fg-sticky fg-rowhead">
                        {group.label}
                      </th>
                      <th colSpan={layout.columns.length + 2} aria-hidden />
                    </tr>
                  )}
                  <GridRow head={heads[row]} views={views[row]!} {...rowSlots(row)} />
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="fg-scroll">
      <table {...tableProps}>
        <GridHead layout={layout} locks={context.locks} plans={props.plans} onColumnStatus={columnStatus} />
        <tbody>
          {layout.rows.map((rowItem, row) => (
            <GridRow
              key={(rowItem as ScopeItem).unitId ?? 'area'}
              head={heads[row]}
              views={views[row]!}
              {...rowSlots(row)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
