import { memo, type ReactNode } from 'react';
import { LockOutlined } from '@ant-design/icons';
import type { Target } from '@shared/domain/plan';
import { viFigures } from '@renderer/i18n/vi-figures';
import { GridCell, type CellView } from './GridCell';
import type { GridLayout, IndicatorItem, ScopeItem } from './grid-layout';
import { isScopeLocked, type LockState } from './grid-model';
import { planFigureText } from './plan-figure';

const g = viFigures.grid;

export interface GridRowProps {
  /** The row's heading cells (STT, name, ĐVT, KH năm; or the unit), built once per layout. */
  head: ReactNode;
  views: CellView[];
  /** Column of the active cell in this row, or -1. */
  activeCol: number;
  activeChildren?: ReactNode;
  /** Column of the cell being edited in this row, or -1. */
  editingCol: number;
  editingChildren?: ReactNode;
}

/**
 * One row of the grid. Memoised on its heading, its views (the same array while none of its cells changed) and
 * where the active and edited cells are, so moving through a district grid re-renders two rows, not all of them.
 */
export const GridRow = memo(function GridRow({
  head,
  views,
  activeCol,
  activeChildren,
  editingCol,
  editingChildren,
}: GridRowProps) {
  return (
    <tr>
      {head}
      {views.map((view, col) => {
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
          <GridCell key={view.id} view={view} active={isActive}>
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
          <th scope="row" className="fg-sticky fg-rowhead">
            {item.indicator.name}
          </th>
          <td className="fg-meta fg-meta--unit">{item.indicator.measureUnit ?? ''}</td>
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
      <th scope="row" className="fg-sticky fg-rowhead fg-rowhead--unit">
        {scope.name}
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
