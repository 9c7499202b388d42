import type { ReactNode } from 'react';
import { seriesStyle } from './chart-style';

/** The markers of each series, shared by the chart and its legend so both draw the same shape. */
export function ActualMarker({ cx, cy, estimated }: { cx: number; cy: number; estimated: boolean }) {
  const { stroke } = seriesStyle.actual;
  // Estimated points are hollow: "not final yet" reads without colour.
  return <circle cx={cx} cy={cy} r={5} fill={estimated ? '#ffffff' : stroke} stroke={stroke} strokeWidth={2} />;
}

export function ExpectedMarker({ cx, cy }: { cx: number; cy: number }) {
  return (
    <rect
      x={cx - 4}
      y={cy - 4}
      width={8}
      height={8}
      fill="#ffffff"
      stroke={seriesStyle.expected.stroke}
      strokeWidth={2}
    />
  );
}

export function LastYearMarker({ cx, cy }: { cx: number; cy: number }) {
  return (
    <polygon
      points={`${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`}
      fill="#ffffff"
      stroke={seriesStyle.lastYear.stroke}
      strokeWidth={1.5}
    />
  );
}

/** A vertical tick at a unit's own target, across its bar. */
export function TargetTick({ cx, cy }: { cx: number; cy: number }) {
  return <rect x={cx - 1.5} y={cy - 13} width={3} height={26} fill={seriesStyle.ownTarget.fill} />;
}

/** One legend entry: a short stretch of the series' line with its marker, then its name. */
export function LegendSample({
  stroke,
  dash,
  strokeWidth,
  marker,
  children,
}: {
  stroke?: string;
  dash?: string;
  strokeWidth?: number;
  marker?: ReactNode;
  children: ReactNode;
}) {
  return (
    <span>
      <svg width={36} height={14} aria-hidden viewBox="0 0 36 14">
        {stroke !== undefined && (
          <line x1={0} y1={7} x2={36} y2={7} stroke={stroke} strokeWidth={strokeWidth ?? 2} strokeDasharray={dash} />
        )}
        {marker}
      </svg>
      {children}
    </span>
  );
}
