import type { AggregationKind, Direction } from './indicator';
import type { Comparator, IndicatorGroup } from './target-form';
import { decimalsIn, minimumDecimals } from './display-decimals';

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
  areaOnly: boolean;
  direction: Direction;
  decimals: number;
  rateScale: number;
}

const unitCountWords = /^(xã|phường|thị trấn|thôn|ấp|bản|tổ dân phố|khóm|đơn vị|trường|cơ quan|hợp tác xã|htx)$/i;
const stockWords = /^(con|ha|héc ta|hecta|m2|m²|km|cây|chiếc|hộ)$/i;
/**
 * Wording of a figure that is read, not added up: a share of a whole ("nông nghiệp chiếm 38,5%", "tỷ trọng",
 * "cơ cấu"), an average or a per-capita figure ("thu nhập bình quân đầu người"), a growth speed ("tốc độ tăng
 * trưởng"). Their year to date is the latest quarter, and units do not add up to the whole area.
 */
const shareWords = /(^|\s)chiếm(\s|$)|tỷ trọng|cơ cấu/i;
const levelWords = /bình quân|đầu người|tốc độ tăng|tốc độ phát triển|trung bình/i;

/**
 * A first guess at how a target's indicator adds up, for the secretary to confirm on the review screen.
 * Shares, averages, per-capita figures and growth speeds are levels (the latest quarter, entered for the whole
 * area); other percentages are rates (Σ numerators ÷ Σ denominators); counts of communes are unit counts; herds and
 * areas are stocks; everything else measured in amounts is a flow. Decimals come from the plan's figure and the unit
 * (rates, percentages and per-capita figures at least one).
 * @example suggestIndicator({name:'Tỷ lệ hộ nghèo', comparator:'decrease', unit:'%', …}).kind === 'rate'
 * @example suggestIndicator({name:'Nông nghiệp chiếm', comparator:'eq', value: 38.5, unit:'%', …}).kind === 'level'
 */
export function suggestIndicator(target: TargetReading): IndicatorSuggestion {
  const changeInPercent = target.relative && (target.comparator === 'increase' || target.comparator === 'decrease');
  const unit = changeInPercent ? null : target.unit?.trim() || null;
  const text = `${target.name} ${unit ?? ''}`;
  let kind: AggregationKind;
  // "… trên một đơn vị diện tích", "tạ/ha": a value per hectare is Σ value ÷ Σ area, not a sum.
  const perArea = /trên (một )?(đơn vị )?diện tích|\/ ?ha\b|trên 1 ha/i.test(text);
  const share = shareWords.test(target.name) || (target.comparator === 'eq' && unit === '%');
  const level = share || levelWords.test(target.name);
  if (target.comparator === 'achieve' || target.comparator === 'text') kind = 'qualitative';
  else if (perArea) kind = 'intensity';
  else if (level) kind = 'level';
  else if (changeInPercent) kind = 'flow';
  else if (unit === '%' || unit === '‰' || /^tỷ lệ/i.test(target.name)) kind = 'rate';
  else if (unit !== null && unitCountWords.test(unit)) kind = 'unit_count';
  else if (unit !== null && stockWords.test(unit) && !/sản lượng|giá trị|thu/i.test(target.name)) kind = 'stock';
  else kind = 'flow';

  let direction: Direction;
  if (['decrease', 'lte', 'lt', 'zero'].includes(target.comparator)) direction = 'lower';
  else if (target.comparator === 'between' || target.comparator === 'eq') direction = 'band';
  else direction = 'higher';

  const measureUnit = kind === 'intensity' && unit !== null && !unit.includes('/') ? `${unit}/ha` : unit;
  // A change given in % of the baseline says nothing of the indicator's own decimals.
  const planDecimals = changeInPercent ? 0 : Math.max(decimalsOf(target.value), decimalsOf(target.max));
  return {
    name: target.name,
    group: target.group,
    measureUnit,
    kind,
    // A structure share or a growth speed exists only for the whole area; a per-capita income may be per thôn.
    areaOnly: share || /tốc độ tăng|tốc độ phát triển/i.test(target.name),
    direction,
    decimals: Math.max(planDecimals, minimumDecimals({ kind, measureUnit, name: target.name })),
    rateScale: kind === 'intensity' ? 1 : unit === '‰' ? 1000 : 100,
  };
}

function decimalsOf(n: number | null): number {
  return n === null ? 0 : decimalsIn(n);
}
