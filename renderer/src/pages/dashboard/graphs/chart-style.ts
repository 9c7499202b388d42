/**
 * How each series is drawn, so the charts read in black and white: every series differs by dash pattern and marker
 * as well as by colour, and the legend draws the same pattern and marker.
 */
export const seriesStyle = {
  actual: { stroke: '#1d4e89', strokeWidth: 3, dash: undefined },
  expected: { stroke: '#404040', strokeWidth: 2, dash: '7 4' },
  annualLevel: { stroke: '#000000', strokeWidth: 1.5, dash: '12 4 2 4' },
  lastYear: { stroke: '#8c8c8c', strokeWidth: 2, dash: '2 4' },
  unitBar: { fill: '#1d4e89' },
  ownTarget: { fill: '#000000' },
} as const;

/** Fixed sizes: the chart on screen is the chart on paper (an A4 page holds 760 px across in landscape). */
export const chartSize = {
  progress: { width: 760, height: 340 },
  unitBars: { width: 760, rowHeight: 34, padding: 56 },
} as const;

export const axisFont = { fontSize: 12, fill: '#262626' } as const;
