import { describe, expect, it } from 'vitest';
import type { Target } from '@shared/domain/plan';
import { describeTarget } from '@renderer/pages/plans/describe-target';

type Form = Pick<Target, 'comparator' | 'value' | 'max' | 'changeMode' | 'baselineYear' | 'baselineValue'>;

function target(form: Partial<Form> & Pick<Form, 'comparator'>): Form {
  return { value: null, max: null, changeMode: null, baselineYear: null, baselineValue: null, ...form };
}

describe('describeTarget: a target in the words of a plan', () => {
  it('"Sản lượng lúa đạt 320.080 tấn" reads "từ 320.080 tấn trở lên", with Vietnamese thousands', () => {
    expect(describeTarget(target({ comparator: 'gte', value: 320080 }), { measureUnit: 'tấn' })).toBe(
      'từ 320.080 tấn trở lên',
    );
  });

  it('strict bounds keep the plan\'s words and glue "%" to the number: "trên 98%", "dưới 0,04%"', () => {
    expect(describeTarget(target({ comparator: 'gt', value: 98 }), { measureUnit: '%' })).toBe('trên 98%');
    expect(describeTarget(target({ comparator: 'lt', value: 0.04 }), { measureUnit: '%' })).toBe('dưới 0,04%');
    expect(describeTarget(target({ comparator: 'lte', value: 6 }), { measureUnit: '%' })).toBe('bằng hoặc dưới 6%');
  });

  it('a share in % reads "chiếm", any other equality "bằng"', () => {
    expect(describeTarget(target({ comparator: 'eq', value: 38.5 }), { measureUnit: '%' })).toBe('chiếm 38,5%');
    expect(describeTarget(target({ comparator: 'eq', value: 12 }), { measureUnit: 'xã' })).toBe('bằng 12 xã');
  });

  it('a range gives both ends, the unit once: "từ 90 đến 95%"', () => {
    expect(describeTarget(target({ comparator: 'between', value: 90, max: 95 }), { measureUnit: '%' })).toBe(
      'từ 90 đến 95%',
    );
  });

  it('a poverty-rate fall in percentage points reads "giảm 0,2 – 0,5 điểm %"', () => {
    expect(
      describeTarget(target({ comparator: 'decrease', value: 0.2, max: 0.5, changeMode: 'points' }), {
        measureUnit: '%',
      }),
    ).toBe('giảm 0,2 – 0,5 điểm %');
  });

  it('a relative change names its base year, or says it is against the base figure', () => {
    expect(
      describeTarget(target({ comparator: 'increase', value: 10, changeMode: 'relative', baselineYear: 2022 }), {
        measureUnit: 'tỷ đồng',
      }),
    ).toBe('tăng 10% so với năm 2022');
    expect(
      describeTarget(target({ comparator: 'increase', value: 6.5, changeMode: 'relative' }), { measureUnit: null }),
    ).toBe('tăng 6,5% so với mức gốc');
  });

  it("an absolute change is in the indicator's unit, with the base figure when it is known", () => {
    expect(
      describeTarget(
        target({ comparator: 'decrease', value: 20, changeMode: 'absolute', baselineYear: 2022, baselineValue: 1250 }),
        { measureUnit: 'hộ' },
      ),
    ).toBe('giảm 20 hộ so với năm 2022 (năm gốc: 1.250 hộ)');
  });

  it('"Không để phát sinh hộ nghèo mới" reads "không để phát sinh"', () => {
    expect(describeTarget(target({ comparator: 'zero', value: 0 }), { measureUnit: 'hộ' })).toBe('không để phát sinh');
  });

  it('qualitative targets say they are judged Đạt / Không đạt', () => {
    expect(describeTarget(target({ comparator: 'achieve' }), { measureUnit: null })).toBe(
      'đạt yêu cầu (đánh giá Đạt / Không đạt)',
    );
    expect(describeTarget(target({ comparator: 'text' }), { measureUnit: null })).toBe(
      'định tính (đánh giá Đạt / Không đạt)',
    );
  });

  it('a target without a unit or without its value says so instead of inventing one', () => {
    expect(describeTarget(target({ comparator: 'gte', value: 1192 }), { measureUnit: '  ' })).toBe('từ 1.192 trở lên');
    expect(describeTarget(target({ comparator: 'gte' }), { measureUnit: 'tấn' })).toBe('chưa có giá trị');
    expect(describeTarget(target({ comparator: 'between', value: 90 }), { measureUnit: '%' })).toBe('từ 90 đến …');
  });

  it('decimals print with a comma and no floating-point noise: 789,53; 0,3', () => {
    expect(describeTarget(target({ comparator: 'gte', value: 789.53 }), { measureUnit: 'tỷ đồng' })).toBe(
      'từ 789,53 tỷ đồng trở lên',
    );
    expect(describeTarget(target({ comparator: 'lte', value: 0.1 + 0.2 }), { measureUnit: '‰' })).toBe(
      'bằng hoặc dưới 0,3‰',
    );
  });
});
