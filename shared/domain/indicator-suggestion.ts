import type { AggregationKind, Direction } from './indicator';
import type { Comparator, IndicatorGroup } from './target-form';

interface TargetReading {
  name: string;
  group: IndicatorGroup;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  unit: string | null;
  /** An increase/decrease given as a % of the baseline: the "%" is the change, not the indicator's unit. */
  relative: boolean;
}

export interface IndicatorSuggestion {
  name: string;
  group: IndicatorGroup;
  measureUnit: string | null;
  kind: AggregationKind;
  direction: Direction;
  decimals: number;
  rateScale: number;
}

const unitCountWords = /^(xã|phường|thị trấn|thôn|ấp|bản|tổ dân phố|khóm|đơn vị|trường|cơ quan|hợp tác xã|htx)$/i;
const stockWords = /^(con|ha|héc ta|hecta|m2|m²|km|cây|chiếc|hộ)$/i;

function decimalsOf(n: number | null): number {
  if (n === null || Number.isInteger(n)) return 0;
  return Math.min(6, String(n).split('.')[1]?.length ?? 0);
}

/**
 * A first guess at how a target's indicator adds up, for the secretary to confirm on the review screen.
 * Percentages are rates (Σ numerators ÷ Σ denominators), counts of communes are unit counts, herds and areas are
 * stocks, everything else measured in amounts is a flow.
 * @example suggestIndicator({name:'Tỷ lệ hộ nghèo', comparator:'decrease', unit:'%', …}).kind === 'rate'
 */
export function suggestIndicator(target: TargetReading): IndicatorSuggestion {
  const changeInPercent = target.relative && (target.comparator === 'increase' || target.comparator === 'decrease');
  const unit = changeInPercent ? null : target.unit?.trim() || null;
  let kind: AggregationKind;
  // "… trên một đơn vị diện tích", "tạ/ha": a value per hectare is Σ value ÷ Σ area, not a sum.
  const perArea = /trên (một )?(đơn vị )?diện tích|\/ ?ha\b|trên 1 ha/i.test(`${target.name} ${unit ?? ''}`);
  if (changeInPercent) kind = 'flow';
  else if (perArea && target.comparator !== 'achieve' && target.comparator !== 'text') kind = 'intensity';
  else if (target.comparator === 'achieve' || target.comparator === 'text') kind = 'qualitative';
  else if (unit === '%' || unit === '‰' || /^tỷ lệ/i.test(target.name)) kind = 'rate';
  else if (unit !== null && unitCountWords.test(unit)) kind = 'unit_count';
  else if (unit !== null && stockWords.test(unit) && !/sản lượng|giá trị|thu/i.test(target.name)) kind = 'stock';
  else kind = 'flow';

  let direction: Direction;
  if (['decrease', 'lte', 'lt', 'zero'].includes(target.comparator)) direction = 'lower';
  else if (target.comparator === 'between' || target.comparator === 'eq') direction = 'band';
  else direction = 'higher';

  return {
    name: target.name,
    group: target.group,
    measureUnit: kind === 'intensity' && unit !== null && !unit.includes('/') ? `${unit}/ha` : unit,
    kind,
    direction,
    decimals: Math.max(decimalsOf(target.value), decimalsOf(target.max), kind === 'rate' ? 1 : 0),
    rateScale: kind === 'intensity' ? 1 : unit === '‰' ? 1000 : 100,
  };
}
