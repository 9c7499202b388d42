import { CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { formatAmount } from '@renderer/format/evaluation-cells';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import type { ProgressChartData, ProgressRow } from '../shape/progress-series';
import { axisFont, chartSize, seriesStyle } from './chart-style';
import { ActualMarker, ExpectedMarker, LastYearMarker, LegendSample } from './SeriesMarkers';

const s = viDashboard.target.series;

interface ProgressChartProps {
  data: ProgressChartData;
  decimals: number;
  /** Last year, named in the legend ("Cùng kỳ năm 2022"). */
  lastYear: number;
}

interface MarkerProps {
  cx?: number | null;
  cy?: number | null;
  index: number;
  payload?: ProgressRow;
}

const hasPoint = (p: MarkerProps): p is MarkerProps & { cx: number; cy: number } =>
  typeof p.cx === 'number' && typeof p.cy === 'number' && Number.isFinite(p.cx) && Number.isFinite(p.cy);

/**
 * Cumulative actual against the annual level, the expected path and last year, by quarter. Fixed size, no
 * animation (what is printed is what was on screen), values labelled on the actual line.
 */
export function ProgressChart({ data, decimals, lastYear }: ProgressChartProps) {
  const number = (value: unknown) => (typeof value === 'number' ? formatAmount(value, decimals) : String(value ?? ''));
  return (
    <div data-testid="progress-chart">
      <LineChart
        width={chartSize.progress.width}
        height={chartSize.progress.height}
        data={data.rows}
        margin={{ top: 28, right: 40, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid stroke="#e5e5e5" vertical={false} />
        <XAxis dataKey="label" tick={axisFont} padding={{ left: 30, right: 30 }} />
        <YAxis
          width={84}
          tick={axisFont}
          domain={data.axisFromZero ? [0, 'auto'] : ['auto', 'auto']}
          allowDecimals={decimals > 0}
          tickFormatter={(value: number) => formatVietnameseNumber(value)}
        />
        <Tooltip formatter={(value, name) => [number(value), name]} />
        <Line
          dataKey="lastYear"
          name={s.lastYear(lastYear)}
          stroke={seriesStyle.lastYear.stroke}
          strokeWidth={seriesStyle.lastYear.strokeWidth}
          strokeDasharray={seriesStyle.lastYear.dash}
          dot={(p: MarkerProps) => (hasPoint(p) ? <LastYearMarker key={`ly-${p.index}`} cx={p.cx} cy={p.cy} /> : null)}
          isAnimationActive={false}
        />
        <Line
          dataKey="annualLevel"
          name={s.annualLevel}
          stroke={seriesStyle.annualLevel.stroke}
          strokeWidth={seriesStyle.annualLevel.strokeWidth}
          strokeDasharray={seriesStyle.annualLevel.dash}
          dot={false}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="annualLevelLabel"
            content={(props) => {
              const box = props.viewBox as { x?: number; y?: number } | undefined;
              if (typeof props.value !== 'string' || box?.x === undefined || box.y === undefined) return null;
              // Ends at the last quarter, above the line: nothing else is drawn above the plan's level there.
              return (
                <text x={box.x - 8} y={box.y - 8} textAnchor="end" fontSize={12} fill="#000000">
                  {props.value}
                </text>
              );
            }}
          />
        </Line>
        {data.showExpected && (
          <Line
            dataKey="expected"
            name={s.expected}
            stroke={seriesStyle.expected.stroke}
            strokeWidth={seriesStyle.expected.strokeWidth}
            strokeDasharray={seriesStyle.expected.dash}
            dot={(p: MarkerProps) =>
              hasPoint(p) ? <ExpectedMarker key={`ex-${p.index}`} cx={p.cx} cy={p.cy} /> : null
            }
            isAnimationActive={false}
          />
        )}
        <Line
          dataKey="actual"
          name={s.actual}
          stroke={seriesStyle.actual.stroke}
          strokeWidth={seriesStyle.actual.strokeWidth}
          dot={(p: MarkerProps) =>
            hasPoint(p) ? (
              <ActualMarker key={`ac-${p.index}`} cx={p.cx} cy={p.cy} estimated={p.payload?.estimated ?? false} />
            ) : null
          }
          isAnimationActive={false}
        >
          <LabelList
            dataKey="actualLabel"
            position="top"
            offset={10}
            style={{ fontSize: 12, fontWeight: 600, fill: seriesStyle.actual.stroke }}
          />
        </Line>
      </LineChart>
      <div className="dashboard-series-legend" aria-hidden>
        <LegendSample
          stroke={seriesStyle.actual.stroke}
          strokeWidth={seriesStyle.actual.strokeWidth}
          marker={<ActualMarker cx={18} cy={7} estimated={false} />}
        >
          {s.actual}
        </LegendSample>
        <LegendSample marker={<ActualMarker cx={18} cy={7} estimated />}>{s.estimatedPoint}</LegendSample>
        {data.showExpected && (
          <LegendSample
            stroke={seriesStyle.expected.stroke}
            dash={seriesStyle.expected.dash}
            marker={<ExpectedMarker cx={18} cy={7} />}
          >
            {s.expected}
          </LegendSample>
        )}
        <LegendSample
          stroke={seriesStyle.annualLevel.stroke}
          dash={seriesStyle.annualLevel.dash}
          strokeWidth={seriesStyle.annualLevel.strokeWidth}
        >
          {s.annualLevel}
        </LegendSample>
        <LegendSample
          stroke={seriesStyle.lastYear.stroke}
          dash={seriesStyle.lastYear.dash}
          marker={<LastYearMarker cx={18} cy={7} />}
        >
          {s.lastYear(lastYear)}
        </LegendSample>
      </div>
    </div>
  );
}
