import { memo } from 'react';
import { Button, Dropdown } from 'antd';
import { LockOutlined, MoreOutlined } from '@ant-design/icons';
import type { FigureStatus } from '@shared/domain/figure';
import type { Target } from '@shared/domain/plan';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { GridLayout, IndicatorItem, ScopeItem } from './grid-layout';
import { isScopeLocked, type LockState } from './grid-model';
import { planFigureText } from './plan-figure';

const g = viFigures.grid;

interface GridHeadProps {
  layout: GridLayout;
  locks: LockState;
  plans: ReadonlyMap<number, Target>;
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

/**
 * The column headings: STT, Chỉ tiêu, ĐVT, KH năm and one column per unit (locked units marked), or, turned, the
 * field groups over one column per indicator with its ĐVT and plan. Each column has "chuyển cả cột sang chính thức".
 */
export const GridHead = memo(function GridHead({ layout, locks, plans, onColumnStatus }: GridHeadProps) {
  if (layout.orientation === 'indicators') {
    return (
      <thead>
        <tr>
          <th scope="col" className="fg-sticky fg-stt">
            {g.stt}
          </th>
          <th scope="col" className="fg-sticky fg-rowhead">
            {g.indicator}
          </th>
          <th scope="col">{g.measureUnit}</th>
          <th scope="col">{g.plan}</th>
          {layout.columns.map((column, col) => {
            const scope = column as ScopeItem;
            const locked = isScopeLocked(locks, scope.unitId);
            return (
              <th key={scope.unitId ?? 'area'} scope="col" className={locked ? 'fg-head--locked' : undefined}>
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
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2} className="fg-sticky fg-rowhead fg-rowhead--unit">
          {g.unit}
        </th>
        {layout.groups.map((group) => (
          <th key={group.group} scope="colgroup" colSpan={group.count}>
            {group.label}
          </th>
        ))}
      </tr>
      <tr>
        {layout.columns.map((column, col) => {
          const item = column as IndicatorItem;
          const plan = plans.get(item.indicator.id);
          const sub = [item.indicator.measureUnit, plan ? `${g.plan}: ${planFigureText(plan)}` : null];
          return (
            <th key={item.indicator.id} scope="col">
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
