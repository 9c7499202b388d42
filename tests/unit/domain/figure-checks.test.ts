import { describe, expect, it } from 'vitest';
import { checkFigureEntry, jumpFactor, type FigureEntry } from '@shared/domain/figure-checks';
import { figure, indicator } from '../evaluation/builders';

const rice = indicator({ id: 1, kind: 'flow', name: 'Sản lượng lúa', decimals: 0 });
const poverty = indicator({ id: 2, kind: 'rate', name: 'Tỷ lệ hộ nghèo', decimals: 1, denominatorLabel: 'Tổng số hộ' });
const structure = indicator({ id: 3, kind: 'level', areaOnly: true, name: 'Nông nghiệp chiếm', decimals: 1 });

const entry = (fields: Partial<FigureEntry> & Pick<FigureEntry, 'indicatorId'>): FigureEntry => ({
  unitId: 11,
  value: null,
  numerator: null,
  denominator: null,
  achieved: null,
  status: 'uoc',
  note: null,
  ...fields,
});
const severities = (issues: { severity: string }[]) => issues.map((i) => i.severity);

describe('plausibility warnings: flagged, never refused', () => {
  it('a quarter of 7.800 against a whole-year target of 1.500 is a warning', () => {
    const issues = checkFigureEntry(entry({ indicatorId: 1, value: 7800 }), rice, {
      annualTarget: { comparator: 'gte', value: 1500, max: null },
    });
    expect(issues).toEqual([
      {
        severity: 'warning',
        message: 'Số của quý (7.800) lớn hơn chỉ tiêu cả năm (1.500); kiểm tra lại (có gõ thừa chữ số?).',
      },
    ]);
  });

  it(`more than ${jumpFactor} times the quarter before is a warning; Mekong rice's 3½ times is not`, () => {
    const before = figure(1, 11, 2023, 1, { value: 780 });
    const typo = checkFigureEntry(entry({ indicatorId: 1, value: 7800 }), rice, { previousQuarter: before });
    expect(typo).toEqual([{ severity: 'warning', message: 'Gấp 10,0 lần quý trước (780); kiểm tra lại.' }]);
    const harvest = checkFigureEntry(entry({ indicatorId: 1, value: 2730 }), rice, { previousQuarter: before });
    expect(harvest).toEqual([]);
  });

  it('a rate above 100% is a warning, typed as a rate or as numerator above denominator', () => {
    expect(severities(checkFigureEntry(entry({ indicatorId: 2, value: 120 }), poverty))).toEqual(['warning']);
    const parts = checkFigureEntry(entry({ indicatorId: 2, numerator: 12, denominator: 10 }), poverty);
    expect(parts).toEqual([
      { severity: 'warning', message: 'Tỷ lệ 120,0% lớn hơn 100%: kiểm tra lại tỷ lệ, tử số, mẫu số.' },
    ]);
  });
});

describe('a rate may be typed as a percentage', () => {
  it('"4,5%" alone, or with its households, is accepted', () => {
    expect(checkFigureEntry(entry({ indicatorId: 2, value: 4.5 }), poverty)).toEqual([]);
    expect(checkFigureEntry(entry({ indicatorId: 2, value: 4.5, denominator: 200 }), poverty)).toEqual([]);
  });

  it('the rate and its numerator and denominator must agree to the shown decimal', () => {
    expect(checkFigureEntry(entry({ indicatorId: 2, value: 4.5, numerator: 9, denominator: 200 }), poverty)).toEqual(
      [],
    );
    expect(checkFigureEntry(entry({ indicatorId: 2, value: 4.5, numerator: 12, denominator: 200 }), poverty)).toEqual([
      { severity: 'error', message: 'Tỷ lệ 4,5% không khớp với tử số và mẫu số (12 / 200 = 6,0%).' },
    ]);
  });

  it('a numerator without denominator, or a denominator alone, is refused and says what is missing', () => {
    expect(checkFigureEntry(entry({ indicatorId: 2, numerator: 9 }), poverty)).toEqual([
      { severity: 'error', message: 'Nhập tỷ lệ (ví dụ 4,5%), hoặc cả tử số và Tổng số hộ.' },
    ]);
    expect(severities(checkFigureEntry(entry({ indicatorId: 2, denominator: 200 }), poverty))).toEqual(['error']);
  });

  it('the whole area’s rate can be typed directly', () => {
    expect(checkFigureEntry(entry({ indicatorId: 2, unitId: null, value: 4.5 }), poverty)).toEqual([]);
  });
});

describe('where a figure is entered', () => {
  it('an area-only share is refused for a unit and accepted for the whole area', () => {
    expect(checkFigureEntry(entry({ indicatorId: 3, value: 38.3 }), structure)).toEqual([
      { severity: 'error', message: 'Chỉ số này chỉ nhập cho toàn địa bàn.' },
    ]);
    expect(checkFigureEntry(entry({ indicatorId: 3, unitId: null, value: 38.3 }), structure)).toEqual([]);
  });

  it('a flow’s whole-area figure is added up from the units, not typed', () => {
    expect(severities(checkFigureEntry(entry({ indicatorId: 1, unitId: null, value: 9 }), rice))).toEqual(['error']);
  });
});
