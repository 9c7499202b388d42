import { areaRuleOf, quarterRuleOf, type AggregationKind, type AreaRule, type Indicator } from '../domain/indicator';

/** How a kind adds up, in the words the review screen, the entry grid and the user guide use. */
export const quarterRuleWords: Readonly<Record<ReturnType<typeof quarterRuleOf>, string>> = {
  sum: 'cộng dồn các quý',
  latest: 'lấy số quý gần nhất',
  ratio_of_sums: 'tổng tử số ÷ tổng mẫu số các quý',
};

export const areaRuleWords: Readonly<Record<AreaRule, string>> = {
  sum: 'cộng các đơn vị',
  ratio_of_sums: 'tổng tử số ÷ tổng mẫu số các đơn vị, hoặc tỷ lệ toàn địa bàn nhập trực tiếp',
  count: 'đếm số đơn vị đạt',
  entered: 'nhập số toàn địa bàn',
};

/** The short name of each kind (the select on the review screen and the indicator editor). */
export const aggregationKindLabels: Readonly<Record<AggregationKind, string>> = {
  flow: 'Cộng dồn',
  stock: 'Thời điểm',
  level: 'Tỷ trọng, bình quân',
  rate: 'Tỷ lệ',
  intensity: 'Năng suất, trên một ha',
  unit_count: 'Số đơn vị đạt',
  qualitative: 'Định tính',
};

/**
 * "Lũy kế: cộng dồn các quý · Toàn địa bàn: cộng các đơn vị": how an indicator's figures add up, in one line.
 * @example aggregationInWords({ kind: 'level', areaOnly: true }) === 'Lũy kế: lấy số quý gần nhất · Toàn địa bàn: nhập số toàn địa bàn'
 */
export function aggregationInWords(indicator: Pick<Indicator, 'kind' | 'areaOnly'>): string {
  if (indicator.kind === 'qualitative') {
    return indicator.areaOnly
      ? 'Hội đồng đánh giá Đạt/Không đạt cho toàn địa bàn'
      : 'Đạt/Chưa đạt theo từng đơn vị (tổng hợp: số đơn vị đạt trên tổng số đơn vị), hoặc Hội đồng đánh giá cho toàn địa bàn';
  }
  return `Lũy kế: ${quarterRuleWords[quarterRuleOf(indicator.kind)]} · Toàn địa bàn: ${areaRuleWords[areaRuleOf(indicator)]}`;
}

export const areaOnlyLabel = 'Chỉ toàn địa bàn';
export const areaOnlyHelp =
  'Chỉ nhập một số cho toàn địa bàn, không giao và không nhập theo đơn vị (giá trị sản xuất công nghiệp, cơ cấu kinh tế).';
