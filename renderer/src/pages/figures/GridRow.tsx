import { memo, type ReactNode } from 'react';
import { LockOutlined } from '@ant-design/icons';
import type { Target } from '@shared/domain/plan';
import { viFigures } from '@renderer/i18n/vi-figures';
import { GridCell, type CellView } from './GridCell';
import type { GridLayout, IndicatorItem, ScopeItem } from './grid-layout';
import { isScopeLocked, type LockState } from './grid-model';
import type { Slot } from './grid-window';
import { planFigureText } from './plan-figure';

const g = viFigures.grid;

export interface GridRowProps {
  /** The row's heading cells (STT, name, ĐVT, KH năm; or the unit), built once per layout. */
  head: ReactNode;
  /** 1-based position among the grid's rows (headings included), for assistive technology. */
  ariaRowIndex: number;
  /** How many heading cells precede the figures (for each cell's aria-colindex). */
  headColumns: number;
  /** The unit (or indicator) columns drawn and the gaps of columns scrolled out of view. */
  colSlots: readonly Slot[];
  /** The views of the drawn columns, in the order of `colSlots`. */
  views: CellView[];
  /** Column of the active cell in this row, or -1. */
  activeCol: number;
  activeChildren?: ReactNode;
  /** Column of the cell being edited in this row, or -1. */
  editingCol: number;
  editingChildren?: ReactNode;
}

/**
 * One row of the grid: its heading cells, then the columns in view with a spacer for each run of columns scrolled
 * away. Memoised on its heading, its views (the same array while none of its cells changed), the column window and
 * where the active and edited cells are, so moving through the grid re-renders two rows, not all of them.
 */
export const GridRow = memo(function GridRow({
  head,
  ariaRowIndex,
  headColumns,
  colSlots,
  views,
  activeCol,
  activeChildren,
  editingCol,
  editingChildren,
}: GridRowProps) {
  let drawn = 0;
  return (
    <tr aria-rowindex={ariaRowIndex} className="fg-row">
      {head}
      {colSlots.map((slot) => {
        if (slot.kind === 'gap') return <td key={`gap-${slot.from}`} className="fg-gap" aria-hidden />;
        const view = views[drawn++]!;
        const col = view.col;
        const isActive = col === activeCol;
        const isEditing = col === editingCol;
        const children =
          isActive || isEditing ? (
            <>
              {isActive && activeChildren}
              {isEditing && editingChildren}
            </>
          ) : undefined;
        return (
          <GridCell key={view.id} view={view} active={isActive} ariaColIndex={headColumns + col + 1}>
            {children}
          </GridCell>
        );
      })}
    </tr>
  );
});

/** The heading cells of every row for a layout. */
export function rowHeads(layout: GridLayout, locks: LockState, plans: ReadonlyMap<number, Target>): ReactNode[] {
  if (layout.orientation === 'indicators') {
    return layout.rows.map((rowItem) => {
      const item = rowItem as IndicatorItem;
      const plan = plans.get(item.indicator.id);
      return (
        <>
          <td className="fg-sticky fg-stt">{item.number}</td>
          <th scope="row" className="fg-sticky fg-rowhead" title={item.indicator.name}>
            <span className="fg-rowhead__name">{item.indicator.name}</span>
          </th>
          <td className="fg-sticky fg-meta fg-meta--unit">{item.indicator.measureUnit ?? ''}</td>
          <td className="fg-meta" title={plan?.sourceText ?? undefined}>
            {plan ? planFigureText(plan) : ''}
          </td>
        </>
      );
    });
  }
  return layout.rows.map((rowItem) => {
    const scope = rowItem as ScopeItem;
    return (
      <th scope="row" className="fg-sticky fg-rowhead fg-rowhead--unit" title={scope.name}>
        <span className="fg-rowhead__name">{scope.name}</span>
        {isScopeLocked(locks, scope.unitId) && (
          <span className="fg-rowhead__sub">
            {' '}
            <LockOutlined aria-hidden /> {g.locked}
          </span>
        )}
      </th>
    );
  });
}
