import { describe, expect, it } from 'vitest';
import { searchText, vietnameseSelectSearch } from '@renderer/forms/vietnamese-select-search';

const finds = (input: string, label: string) => vietnameseSelectSearch.filterOption(input, { label });

describe('searching a select the way a secretary types', () => {
  it('finds without diacritics, and understands CSTĐ, LĐTT and the other usual abbreviations', () => {
    // The guide's own example (khen-thuong.md): "cstd cap tinh".
    expect(finds('cstd cap tinh', 'Chiến sĩ thi đua cấp tỉnh')).toBe(true);
    expect(finds('LĐTT', 'Lao động tiên tiến')).toBe(true);
    expect(finds('bk chu tich ubnd tinh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toBe(true);
    expect(finds('my tu', 'Xã Mỹ Tú')).toBe(true);
    expect(finds('cstd', 'Lao động tiên tiến')).toBe(false);
    expect(searchText('CSTĐ  cơ sở')).toBe('chien si thi dua co so');
  });
});
