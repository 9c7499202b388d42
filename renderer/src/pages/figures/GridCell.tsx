import { memo, type ReactNode } from 'react';
import { LockOutlined } from '@ant-design/icons';
import type { CellAccess } from './grid-model';
import { viFigures } from '@renderer/i18n/vi-figures';

/** Everything one cell shows, as plain values so an unchanged cell skips re-rendering. */
export interface CellView {
  id: string;
  label: string;
  text: string;
  align: 'right' | 'center';
  /** A saved or typed figure that is still an estimate. */
  estimated: boolean;
  lastYear: string | null;
  access: CellAccess;
  changed: boolean;
  /** An empty whole-area cell showing what the units add up to, greyed (typing replaces it). */
  hint: boolean;
  severity: 'error' | 'warning' | null;
  /** Tooltip: the problems of the cell, or why it cannot be edited. */
  title: string | undefined;
  row: number;
  col: number;
  total: boolean;
}

interface GridCellProps {
  view: CellView;
  active: boolean;
  /** 1-based column among all of the grid's columns, drawn or not. */
  ariaColIndex: number;
  /** The editor (and the history button) of the active cell. */
  children?: ReactNode;
}

const g = viFigures.grid;

/** One cell of the entry grid. Focus moves between cells (roving tabindex); the grid handles the keys. */
export const GridCell = memo(GridCellView, sameCell);

/** The active and the edited cell always re-render (their editor changes); others only when what they show changes. */
function sameCell(a: GridCellProps, b: GridCellProps): boolean {
  if (a.active || b.active || a.children !== undefined || b.children !== undefined) return false;
  if (a.ariaColIndex !== b.ariaColIndex) return false;
  if (a.view === b.view) return true;
  const keys = Object.keys(a.view) as (keyof CellView)[];
  return keys.every((key) => a.view[key] === b.view[key]);
}

function GridCellView({ view, active, ariaColIndex, children }: GridCellProps) {
  const classes = ['fg-cell', `fg-cell--${view.access}`, `fg-cell--${view.align}`];
  if (view.total) classes.push('fg-cell--total');
  if (view.changed) classes.push('fg-cell--changed');
  if (view.hint) classes.push('fg-cell--hint');
  if (view.severity) classes.push(`fg-cell--${view.severity}`);
  if (active) classes.push('fg-cell--active');
  return (
    <td
      id={view.id}
      role="gridcell"
      className={classes.join(' ')}
      aria-label={view.label}
      aria-describedby={view.text || view.lastYear ? `${view.id}-content` : undefined}
      aria-readonly={view.access !== 'editable' || undefined}
      aria-invalid={view.severity === 'error' || undefined}
      aria-selected={active}
      aria-colindex={ariaColIndex}
      tabIndex={active ? 0 : -1}
      title={view.title}
      data-row={view.row}
      data-col={view.col}
    >
      <div className="fg-cell__content" id={`${view.id}-content`}>
        <span className="fg-cell__value">
          {view.text}
          {view.estimated && view.text !== '' && (
            <sup className="fg-cell__estimate" title={g.estimatedHint}>
              {g.estimatedMark}
            </sup>
          )}
          {view.access === 'locked' && <LockOutlined className="fg-cell__lock" aria-label={g.locked} />}
        </span>
        {view.lastYear !== null && <span className="fg-cell__last-year">{view.lastYear}</span>}
      </div>
      {children}
    </td>
  );
}
