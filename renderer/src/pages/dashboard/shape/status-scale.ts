import { evaluationStatuses, type EvaluationStatus } from '@shared/evaluation/status';

/**
 * How a heatmap cell (and a status tag) is painted: by the unit's status against its own allocation, plain for a
 * figure without an allocation of its own, blank-grey for no figure at all.
 */
export type HeatmapTone = EvaluationStatus | 'no_target' | 'no_data';

export const heatmapTones: readonly HeatmapTone[] = [...evaluationStatuses, 'no_target', 'no_data'];

export interface ToneColors {
  background: string;
  text: string;
  border: string;
}

/**
 * The colour scale of the statuses. Good results are green (darkest for Vượt), on schedule blue, behind amber,
 * missed red, unknown grey. Every pair of text and background reads at 4,5:1 or better, and colour is never alone:
 * tags and cells also carry the status word or its icon, so a black-and-white printout keeps the meaning.
 */
export const toneColors: Readonly<Record<HeatmapTone, ToneColors>> = {
  vuot: { background: '#17603a', text: '#ffffff', border: '#0f4a2c' },
  dat: { background: '#b7e1c1', text: '#0f3d22', border: '#5fae74' },
  dung_tien_do: { background: '#d4e4f7', text: '#123a66', border: '#7fa7d6' },
  cham: { background: '#ffe08a', text: '#5c3d00', border: '#d9a520' },
  khong_dat: { background: '#b42318', text: '#ffffff', border: '#8a1b12' },
  chua_co_so_lieu: { background: '#eeeeee', text: '#4a4a4a', border: '#bdbdbd' },
  no_target: { background: '#ffffff', text: '#262626', border: '#d9d9d9' },
  no_data: { background: '#f7f7f7', text: '#595959', border: '#e5e5e5' },
};

/** The tone of a unit's cell: its status when it has an allocation of its own, else whether it has a figure. */
export function toneOf(status: EvaluationStatus | null, hasFigure: boolean): HeatmapTone {
  if (status !== null) return status;
  return hasFigure ? 'no_target' : 'no_data';
}

/**
 * WCAG relative luminance of a `#rrggbb` colour.
 * @example relativeLuminance('#ffffff') === 1
 */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white).
 * @example contrastRatio('#000000', '#ffffff') === 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
