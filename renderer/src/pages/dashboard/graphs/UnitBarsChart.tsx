import { Bar, BarChart, CartesianGrid, LabelList, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { formatAmount } from '@renderer/format/evaluation-cells';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import type { UnitBar, UnitBarsData } from '../shape/unit-bars';
import { axisFont, chartSize, seriesStyle } from './chart-style';
import { LegendSample, TargetTick } from './SeriesMarkers';

const s = viDashboard.target.unitSeries;
const margin = { top: 8, right: 130, bottom: 8, left: 8 };

interface UnitBarsChartProps {
  data: UnitBarsData;
  decimals: number;
  onOpenUnit: (unitId: number) => void;
}

/**
 * Each unit's year to date as a bar, its own target as a black tick across the bar, the figure and its % printed at
 * the end of the bar. Clicking a bar opens the unit's page.
 */
export function UnitBarsChart({ data, decimals, onOpenUnit }: UnitBarsChartProps) {
  const { width, rowHeight, padding } = chartSize.unitBars;
  const labelColumnX = width - margin.right + 10;
  const number = (value: unknown) => (typeof value === 'number' ? formatAmount(value, decimals) : String(value ?? ''));
  return (
    <div data-testid="unit-bars-chart">
      <BarChart
        layout="vertical"
        width={width}
        height={padding + data.rows.length * rowHeight}
        data={data.rows}
        margin={margin}
        accessibilityLayer
      >
        <CartesianGrid stroke="#e5e5e5" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 'auto']}
          allowDecimals={decimals > 0}
          tick={axisFont}
          tickFormatter={(value: number) => formatVietnameseNumber(value)}
        />
        <YAxis type="category" dataKey="name" width={200} tick={axisFont} interval={0} />
        <Tooltip formatter={(value, name) => [number(value), name]} />
        <Bar
          dataKey="value"
          name={s.ytd}
          fill={seriesStyle.unitBar.fill}
          barSize={16}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(entry) => {
            const row = (entry as { payload?: UnitBar }).payload;
            if (row) onOpenUnit(row.unitId);
          }}
        >
          <LabelList
            dataKey="label"
            content={(props) => {
              const box = props.viewBox as { y?: number; height?: number } | undefined;
              const row = typeof props.index === 'number' ? data.rows[props.index] : undefined;
              if (row === undefined || box?.y === undefined) return null;
              // A column of figures right of the plot: a target tick beyond the bar never strikes a figure.
              return (
                <text
                  x={labelColumnX}
                  y={box.y + (box.height ?? 0) / 2}
                  dominantBaseline="central"
                  fontSize={12}
                  fill="#262626"
                >
                  {row.label}
                </text>
              );
            }}
          />
        </Bar>
        {data.rows.map((row) =>
          row.marker === null ? null : (
            <ReferenceDot
              key={row.unitId}
              x={row.marker}
              y={row.name}
              ifOverflow="extendDomain"
              shape={(p) => <TargetTick cx={Number(p.cx)} cy={Number(p.cy)} />}
            />
          ),
        )}
      </BarChart>
      <div className="dashboard-series-legend" aria-hidden>
        <LegendSample marker={<rect x={4} y={2} width={28} height={10} fill={seriesStyle.unitBar.fill} />}>
          {s.ytd}
        </LegendSample>
        {data.hasMarkers && (
          <LegendSample marker={<rect x={16.5} y={0} width={3} height={14} fill={seriesStyle.ownTarget.fill} />}>
            {s.ownTarget}
          </LegendSample>
        )}
      </div>
    </div>
  );
}
