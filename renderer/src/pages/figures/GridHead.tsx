import { memo } from 'react';
import { Button, Dropdown } from 'antd';
import { LockOutlined, MoreOutlined } from '@ant-design/icons';
import type { FigureStatus } from '@shared/domain/figure';
import type { Target } from '@shared/domain/plan';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { GridLayout, IndicatorItem, ScopeItem } from './grid-layout';
import { isScopeLocked, type LockState } from './grid-model';
import { slotItems, type Slot } from './grid-window';
import { planFigureText } from './plan-figure';

const g = viFigures.grid;

interface GridHeadProps {
  layout: GridLayout;
  locks: LockState;
  plans: ReadonlyMap<number, Target>;
  /** The columns drawn and the gaps of those scrolled out of view (see `windowSlots`). */
  colSlots: readonly Slot[];
  /** Must keep its identity: the header re-renders only when the layout, the locks or the plans change. */
  onColumnStatus: (col: number, status: FigureStatus) => void;
}

function ColumnMenu({
  col,
  name,
  onColumnStatus,
}: { col: number; name: string } & Pick<GridHeadProps, 'onColumnStatus'>) {
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'chinh_thuc', label: g.setColumnOfficial },
          { key: 'uoc', label: g.setColumnEstimated },
        ],
        onClick: ({ key }) => onColumnStatus(col, key as FigureStatus),
      }}
    >
      <Button size="small" type="text" icon={<MoreOutlined />} aria-label={g.columnMenu(name)} />
    </Dropdown>
  );
}

const gapHead = (slot: Slot & { kind: 'gap' }, rowSpan?: number) => (
  <th key={`gap-${slot.from}`} className="fg-gap" aria-hidden rowSpan={rowSpan} />
);

/**
 * The column headings: STT, Chỉ tiêu, ĐVT, KH năm and one column per unit (locked units marked), or, turned, the
 * field groups over one column per indicator with its ĐVT and plan; only the columns in view are drawn. Each column
 * has "chuyển cả cột sang chính thức".
 */
export const GridHead = memo(function GridHead({ layout, locks, plans, colSlots, onColumnStatus }: GridHeadProps) {
  if (layout.orientation === 'indicators') {
    return (
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="fg-sticky fg-stt">
            {g.stt}
          </th>
          <th scope="col" className="fg-sticky fg-rowhead">
            {g.indicator}
          </th>
          <th scope="col" className="fg-sticky fg-meta--unit">
            {g.measureUnit}
          </th>
          <th scope="col">{g.plan}</th>
          {colSlots.map((slot) => {
            if (slot.kind === 'gap') return gapHead(slot);
            const col = slot.index;
            const scope = layout.columns[col] as ScopeItem;
            const locked = isScopeLocked(locks, scope.unitId);
            return (
              <th
                key={scope.unitId ?? 'area'}
                scope="col"
                aria-colindex={5 + col}
                className={locked ? 'fg-head--locked' : undefined}
              >
                <span className="fg-head__name" title={scope.name}>
                  {scope.name}
                </span>
                <span className="fg-head__tools">
                  {locked && (
                    <span className="fg-head__sub">
                      <LockOutlined aria-hidden /> {g.locked}
                    </span>
                  )}
                  <ColumnMenu col={col} name={scope.name} onColumnStatus={onColumnStatus} />
                </span>
              </th>
            );
          })}
        </tr>
      </thead>
    );
  }
  // Field groups over the indicators in view: each heading spans its drawn columns, split where a gap cuts it.
  const drawn = slotItems(colSlots);
  const groupOf = (col: number) => layout.groups.findIndex((run) => col >= run.start && col < run.start + run.count);
  const groupCells: Array<Slot | { kind: 'group'; group: number; span: number; first: number }> = [];
  for (const slot of colSlots) {
    const last = groupCells[groupCells.length - 1];
    if (slot.kind === 'gap') groupCells.push(slot);
    else if (last?.kind === 'group' && last.group === groupOf(slot.index)) last.span += 1;
    else groupCells.push({ kind: 'group', group: groupOf(slot.index), span: 1, first: slot.index });
  }
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" rowSpan={2} className="fg-sticky fg-rowhead fg-rowhead--unit">
          {g.unit}
        </th>
        {groupCells.map((cell) =>
          cell.kind === 'gap' ? (
            gapHead(cell, 2)
          ) : cell.kind === 'group' ? (
            <th key={`group-${cell.first}`} scope="colgroup" colSpan={cell.span} className="fg-head__group">
              {layout.groups[cell.group]?.label}
            </th>
          ) : null,
        )}
      </tr>
      <tr aria-rowindex={2}>
        {drawn.map((col) => {
          const item = layout.columns[col] as IndicatorItem;
          const plan = plans.get(item.indicator.id);
          const sub = [item.indicator.measureUnit, plan ? `${g.plan}: ${planFigureText(plan)}` : null];
          return (
            <th key={item.indicator.id} scope="col" aria-colindex={2 + col}>
              <span className="fg-head__name" title={item.indicator.name}>
                {item.number}. {item.indicator.name}
              </span>
              <span className="fg-head__sub">{sub.filter(Boolean).join(' · ')}</span>
              <ColumnMenu col={col} name={item.indicator.name} onColumnStatus={onColumnStatus} />
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
