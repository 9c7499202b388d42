import type { Indicator } from '@shared/domain/indicator';

/** A catalogue indicator for grid tests: Kinh tế, no unit, higher is better, whole numbers, unless told otherwise. */
export function indicator(
  id: number,
  name: string,
  kind: Indicator['kind'],
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id,
    name,
    group: 'kinh_te',
    measureUnit: null,
    kind,
    areaOnly: false,
    numeratorLabel: null,
    denominatorLabel: null,
    rateScale: 100,
    direction: 'higher',
    decimals: 0,
    demo: false,
    ...extra,
  };
}
