import { describe, expect, it } from 'vitest';
import { suggestIndicator } from '@shared/domain/indicator-suggestion';
import { aggregationInWords } from '@shared/i18n/vi-indicator';
import type { Comparator } from '@shared/domain/target-form';

const read = (name: string, comparator: Comparator, value: number | null, unit: string | null, relative = false) =>
  suggestIndicator({ name, group: 'kinh_te', comparator, value, max: null, unit, relative });

describe('the import proposes how a target adds up from its wording', () => {
  it.each([
    ['Nông nghiệp chiếm', 'eq', 38.5, '%'],
    ['Tỷ trọng công nghiệp – xây dựng', 'eq', 25, '%'],
    ['Tốc độ tăng trưởng kinh tế', 'gte', 7.5, '%'],
  ] as const)('"%s" is a level entered for the whole area', (name, comparator, value, unit) => {
    expect(read(name, comparator, value, unit)).toMatchObject({ kind: 'level', areaOnly: true });
  });

  it('per-capita income is a level with at least one decimal, and may be given per unit', () => {
    expect(read('Thu nhập bình quân đầu người', 'gte', 60, 'triệu đồng')).toMatchObject({
      kind: 'level',
      areaOnly: false,
      decimals: 1,
    });
  });

  it('the review says it in words: levels take the latest quarter, flows add the quarters up', () => {
    expect(aggregationInWords(read('Nông nghiệp chiếm', 'eq', 38.5, '%'))).toContain('lấy số quý gần nhất');
    expect(aggregationInWords(read('Sản lượng lúa', 'gte', 320080, 'tấn'))).toContain('cộng dồn các quý');
  });

  it('still reads rates, flows and growth of a flow as before', () => {
    expect(read('Tỷ lệ hộ nghèo', 'decrease', 0.5, '%').kind).toBe('rate');
    expect(read('Sản lượng lúa', 'gte', 320080, 'tấn')).toMatchObject({ kind: 'flow', decimals: 0 });
    expect(read('Giá trị sản xuất', 'increase', 10, '%', true)).toMatchObject({ kind: 'flow', measureUnit: null });
  });

  it('takes its decimals from the plan’s figure, rates at least one', () => {
    expect(read('Tỷ lệ bao phủ bảo hiểm y tế', 'gte', 95, '%').decimals).toBe(1);
    expect(read('Diện tích nuôi trồng thủy sản', 'gte', 1250.25, 'ha').decimals).toBe(2);
  });
});
