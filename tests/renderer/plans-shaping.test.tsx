import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { PlanImportProposal } from '@shared/contract/plans';
import type { Indicator } from '@shared/domain/indicator';
import type { PlanTask, Target } from '@shared/domain/plan';
import { numberText, readNumberText, tidyNumberText } from '@renderer/format/number-text';
import {
  allocationAdditivity,
  allocationBalance,
  allocationRowsFrom,
  allocationsInput,
  readAllocations,
} from '@renderer/pages/plans/detail/allocation';
import { describePhasing, milestoneTexts, phasingChoice } from '@renderer/pages/plans/detail/phasing';
import { groupTargets } from '@renderer/pages/plans/detail/target-groups';
import { planUpdateInput, targetUpdateInput } from '@renderer/pages/plans/detail/target-payloads';
import { isTaskLate, onTimeSummary } from '@renderer/pages/plans/detail/tasks';
import {
  blankPlanProposal,
  buildImportInput,
  reviewRowProblems,
  reviewRowsFrom,
  withReadRows,
  withTypedRow,
  type ReviewRow,
} from '@renderer/pages/plans/import/review-rows';
import { planYears, plansOfYear } from '@renderer/pages/plans/list/plan-list';
import { headerFromValues } from '@renderer/pages/plans/plan-header-values';
import { parsePlanRoute } from '@renderer/pages/plans/plan-routes';
import { withComparator } from '@renderer/pages/plans/target-fields';

function indicator(id: number, name: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name,
    group: 'kinh_te',
    measureUnit: 'tấn',
    kind: 'flow',
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

function target(id: number, indicatorId: number, extra: Partial<Target> = {}): Target {
  return {
    id,
    planId: 1,
    indicatorId,
    unitId: null,
    year: 2023,
    comparator: 'gte',
    value: 100,
    max: null,
    changeMode: null,
    baselineYear: null,
    baselineValue: null,
    sourceText: null,
    phasingMode: 'seasonal',
    milestones: null,
    position: id,
    note: null,
    ...extra,
  };
}

/** A two-target proposal as the core returns it: rice matched to the catalogue, the poverty rate new. */
const proposal: PlanImportProposal = {
  sourceText: '…',
  existingPlanId: null,
  parsed: {
    header: {
      number: null,
      symbol: null,
      date: null,
      place: null,
      issuer: null,
      title: null,
      theme: null,
      year: 2023,
      phases: [],
      signer: null,
      signerCapacity: [],
      legalBases: [],
    },
    criteria: [],
    targets: [],
    movements: [],
    notice: null,
  },
  targets: [
    {
      text: 'Sản lượng lúa đạt 320.080 tấn',
      name: 'Sản lượng lúa',
      group: 'kinh_te',
      comparator: 'gte',
      value: 320080,
      max: null,
      unit: 'tấn',
      relative: false,
      baselineYear: null,
      baseline: null,
      reference: null,
      confidence: 0.99,
      reason: 'mục “Chỉ tiêu thi đua”: “đạt …”',
      source: 'prose',
      ambiguous: false,
      ambiguityReason: null,
      note: null,
      line: 49,
      matchedIndicatorId: 2,
      baselineLink: null,
      suggestedIndicator: {
        name: 'Sản lượng lúa',
        group: 'kinh_te',
        measureUnit: 'tấn',
        kind: 'flow',
        direction: 'higher',
      },
    },
    {
      text: 'Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%',
      name: 'Tỷ lệ hộ nghèo',
      group: 'van_hoa_xa_hoi',
      comparator: 'decrease',
      value: 0.2,
      max: 0.5,
      unit: '%',
      relative: false,
      baselineYear: 2022,
      baseline: null,
      reference: { kind: 'year', year: 2022, text: 'so với năm 2022' },
      confidence: 0.99,
      reason: 'mục “Chỉ tiêu thi đua”: “giảm từ …”',
      source: 'prose',
      baselineLink: null,
      ambiguous: false,
      ambiguityReason: null,
      note: 'Hiểu là giảm 0,2–0,5 điểm phần trăm.',
      line: 63,
      matchedIndicatorId: null,
      suggestedIndicator: {
        name: 'Tỷ lệ hộ nghèo',
        group: 'van_hoa_xa_hoi',
        measureUnit: '%',
        kind: 'rate',
        direction: 'lower',
        decimals: 1,
      },
    },
  ],
};

const catalogue = [indicator(2, 'Sản lượng lúa')];

describe('Vietnamese number boxes', () => {
  it('read "1.234,5" as 1234.5, blank as no value, and keep "1,234.5" as unreadable text', () => {
    expect(readNumberText('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumberText('  ')).toEqual({ ok: true, value: null });
    expect(readNumberText('1,234.5')).toEqual({ ok: false, text: '1,234.5' });
    expect(numberText(320080)).toBe('320.080');
    expect(tidyNumberText('320080')).toBe('320.080');
    expect(tidyNumberText('abc')).toBe('abc');
  });
});

describe('a plan typed by hand', () => {
  it('adds typed and pasted rows after the others, saved in the order they were added, without source text', () => {
    let rows = withTypedRow(reviewRowsFrom(blankPlanProposal()));
    expect(rows.map((r) => [r.key, r.typed])).toEqual([[0, true]]);
    // A typed row needs its indicator's name before it can be saved.
    expect(reviewRowProblems(rows, catalogue).get(0)).toBe('Nhập tên chỉ số mới.');
    rows = withReadRows(rows, proposal);
    expect(rows.map((r) => [r.key, r.typed])).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
    const typed = {
      ...rows[0]!,
      newIndicator: { ...rows[0]!.newIndicator, name: 'Số hộ dùng nước sạch' },
      valueText: '1.250',
    };
    const input = buildImportInput({
      header: headerFromValues({ title: 'Kế hoạch gõ tay', year: 2023 }),
      rows: [typed, ...rows.slice(1)],
      sourceText: '',
      movementIds: [],
      replaceExisting: false,
    });
    expect(input.sourceText).toBeNull();
    expect(input.targets.map((t) => [t.newIndicator?.name ?? t.indicatorId, t.value, t.sourceText])).toEqual([
      ['Số hộ dùng nước sạch', 1250, null],
      [2, 320080, proposal.targets[0]!.text],
      ['Tỷ lệ hộ nghèo', 0.2, proposal.targets[1]!.text],
    ]);
  });
});

describe('the review rows', () => {
  it('start from defaultImportRows: numbers in Vietnamese, the parser note kept, a rate fall in points', () => {
    const rows = reviewRowsFrom(proposal);
    expect(rows.map((r) => [r.indicatorId, r.valueText, r.maxText, r.changeMode, r.baselineYear])).toEqual([
      [2, '320.080', '', null, null],
      [null, '0,2', '0,5', 'points', 2022],
    ]);
    expect(rows[1]!.note).toBe('Hiểu là giảm 0,2–0,5 điểm phần trăm.');
    expect(rows[1]!.newIndicator).toMatchObject({
      name: 'Tỷ lệ hộ nghèo',
      measureUnit: '%',
      kind: 'rate',
      decimals: 1,
    });
  });

  it('switching to "không để phát sinh" sets the value to 0 and drops the range and the change', () => {
    const rows = reviewRowsFrom(proposal);
    expect(withComparator(rows[1]!, 'zero')).toMatchObject({
      comparator: 'zero',
      valueText: '0',
      maxText: '',
      changeMode: null,
      baselineYear: null,
    });
    expect(withComparator(rows[0]!, 'achieve')).toMatchObject({ valueText: '', maxText: '' });
  });

  it('name the problem of each row that cannot be saved, including two rows on one indicator', () => {
    const [rice, poverty] = reviewRowsFrom(proposal) as [ReviewRow, ReviewRow];
    const rows: ReviewRow[] = [
      rice,
      { ...poverty, changeMode: null },
      { ...rice, key: 7, valueText: '12.34' },
      { ...rice, key: 8 },
      { ...poverty, key: 9, newIndicator: { ...poverty.newIndicator, name: '  ' } },
    ];
    expect([...reviewRowProblems(rows, catalogue)]).toEqual([
      [1, 'Chọn cách tính mức tăng/giảm: theo % so với năm gốc, theo điểm phần trăm, hay theo số tuyệt đối.'],
      [7, 'Không đọc được số "12.34": viết kiểu Việt Nam, ví dụ 1.234,5.'],
      [8, 'Trùng chỉ số với chỉ tiêu 1: mỗi chỉ số chỉ có một chỉ tiêu toàn địa bàn.'],
      [9, 'Nhập tên chỉ số mới.'],
    ]);
  });

  it('a qualitative indicator refuses a numeric form, as the core would', () => {
    const [, poverty] = reviewRowsFrom(proposal) as [ReviewRow, ReviewRow];
    const qualitative = { ...poverty, newIndicator: { ...poverty.newIndicator, kind: 'qualitative' as const } };
    expect(reviewRowProblems([qualitative], []).get(1)).toBe(
      'Chỉ số định tính chỉ nhận chỉ tiêu dạng "đạt" hoặc định tính.',
    );
  });

  it('become the plans:import payload with new indicators trimmed and labels only for rates', () => {
    const [rice, poverty] = reviewRowsFrom(proposal) as [ReviewRow, ReviewRow];
    const input = buildImportInput({
      header: headerFromValues({ title: ' Kế hoạch thi đua ', year: 2023, legalBases: 'Căn cứ A\n\n Căn cứ B ' }),
      rows: [
        rice,
        {
          ...poverty,
          newIndicator: { ...poverty.newIndicator, measureUnit: ' % ', numeratorLabel: 'Số hộ nghèo ' },
        },
      ],
      sourceText: 'văn bản',
      movementIds: [3],
      replaceExisting: false,
    });
    expect(input.header).toEqual({
      number: null,
      issuedOn: null,
      place: null,
      issuer: null,
      title: 'Kế hoạch thi đua',
      theme: null,
      year: 2023,
      phases: [],
      legalBases: ['Căn cứ A', 'Căn cứ B'],
      signer: null,
    });
    expect(input.targets[1]).toEqual({
      newIndicator: {
        name: 'Tỷ lệ hộ nghèo',
        group: 'van_hoa_xa_hoi',
        measureUnit: '%',
        kind: 'rate',
        areaOnly: false,
        numeratorLabel: 'Số hộ nghèo',
        denominatorLabel: null,
        rateScale: 100,
        direction: 'lower',
        decimals: 1,
      },
      comparator: 'decrease',
      value: 0.2,
      max: 0.5,
      changeMode: 'points',
      baselineYear: 2022,
      baselineValue: null,
      sourceText: 'Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%',
      phasingMode: 'seasonal',
      milestones: null,
      note: 'Hiểu là giảm 0,2–0,5 điểm phần trăm.',
    });
    expect(input.movementIds).toEqual([3]);
  });

  it('keep the phases with ISO dates', () => {
    const header = headerFromValues({
      title: 'KH',
      year: 2023,
      phases: [{ name: ' Đợt I ', start: dayjs('2023-01-01'), end: dayjs('2023-06-30') }],
    });
    expect(header.phases).toEqual([{ name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' }]);
  });
});

describe('the plan page', () => {
  it('groups whole-area targets by field in the usual order, numbered in plan order, with their allocations', () => {
    const indicators = [
      indicator(1, 'Tỷ lệ hộ nghèo', { group: 'van_hoa_xa_hoi' }),
      indicator(2, 'Sản lượng lúa'),
      indicator(3, 'Giữ vững ổn định chính trị', { group: 'quoc_phong_an_ninh' }),
    ];
    const targets = [
      target(10, 1, { position: 0 }),
      target(11, 2, { position: 1 }),
      target(12, 2, { unitId: 5, position: 1 }),
      target(13, 3, { position: 2 }),
    ];
    const groups = groupTargets(targets, indicators);
    expect(
      groups.map((g) => [g.label, g.lines.map((l) => [l.number, l.indicator.name, l.allocations.length])]),
    ).toEqual([
      ['Kinh tế', [[2, 'Sản lượng lúa', 1]]],
      ['Văn hóa – xã hội', [[1, 'Tỷ lệ hộ nghèo', 0]]],
      ['Quốc phòng – an ninh', [[3, 'Giữ vững ổn định chính trị', 0]]],
    ]);
  });

  it('edits send every stored field of the target, changed where asked', () => {
    const stored = target(11, 2, { value: 320080, sourceText: 'Sản lượng lúa đạt 320.080 tấn' });
    expect(targetUpdateInput(stored, { value: 330000 }, '  ')).toEqual({
      id: 11,
      planId: 1,
      indicatorId: 2,
      unitId: null,
      comparator: 'gte',
      value: 330000,
      max: null,
      changeMode: null,
      baselineYear: null,
      baselineValue: null,
      sourceText: 'Sản lượng lúa đạt 320.080 tấn',
      phasingMode: 'seasonal',
      milestones: null,
      note: null,
    });
  });

  it('status changes send the whole header with the new status', () => {
    const plan = {
      id: 1,
      number: '05/KH-UBND',
      issuedOn: '2023-01-30',
      place: 'Mỹ Tú',
      issuer: 'UBND huyện Mỹ Tú',
      title: 'Phát động phong trào thi đua năm 2023',
      theme: null,
      year: 2023,
      phases: [{ name: 'Đợt I', start: '2023-01-01', end: '2023-06-30' }],
      legalBases: ['Căn cứ A'],
      signer: 'Nguyễn Việt Phú',
      status: 'nhap' as const,
      movementIds: [1, 2],
      demo: false,
    };
    const { demo: _demo, ...header } = plan;
    expect(planUpdateInput(plan, { status: 'ban_hanh' })).toEqual({ ...header, status: 'ban_hanh' });
  });
});

describe('allocation to units', () => {
  const units = [
    { id: 1, name: 'Thị trấn Huỳnh Hữu Nghĩa' },
    { id: 2, name: 'Xã Long Hưng' },
  ];
  const allocations = [target(20, 2, { unitId: 2, value: 44811 }), target(21, 2, { unitId: 9, value: 1000 })];

  it('lists active units, then an ended unit that still holds an allocation', () => {
    const rows = allocationRowsFrom(units, [...units, { id: 9, name: 'Xã Mỹ Hương' }], allocations);
    expect(rows.map((r) => [r.unitName, r.retired, r.valueText])).toEqual([
      ['Thị trấn Huỳnh Hữu Nghĩa', false, ''],
      ['Xã Long Hưng', false, '44.811'],
      ['Xã Mỹ Hương', true, '1.000'],
    ]);
  });

  it('adds the units, compares with the whole area in words, and sends blanks as removals', () => {
    const rows = allocationRowsFrom(units, units, allocations).map((r) =>
      r.unitId === 1 ? { ...r, valueText: '275.000,5' } : r,
    );
    const reading = readAllocations(rows, false);
    expect(reading).toMatchObject({ ok: true, sum: 319811.5, filled: 2 });
    expect(allocationBalance(319811.5, 320080, 'tấn')).toBe(
      'Tổng giao còn thiếu 268,5 tấn so với chỉ tiêu toàn địa bàn',
    );
    expect(allocationBalance(320081, 320080, 'tấn')).toBe('Tổng giao nhiều hơn chỉ tiêu toàn địa bàn 1 tấn');
    expect(allocationBalance(0.1 + 0.2, 0.3, null)).toBe('Khớp với chỉ tiêu toàn địa bàn');
    const cleared = rows.map((r) => ({ ...r, valueText: r.unitId === 2 ? '' : r.valueText }));
    const values = readAllocations(cleared, false);
    expect(values.ok && allocationsInput(target(11, 2), values.values, ' Điều chỉnh ')).toEqual({
      planId: 1,
      indicatorId: 2,
      allocations: [
        { unitId: 1, value: 275000.5, max: null },
        { unitId: 2, value: null, max: null },
      ],
      reason: 'Điều chỉnh',
    });
  });

  it('names the unit whose box cannot be read', () => {
    const rows = allocationRowsFrom(units, units, []).map((r) => ({ ...r, valueText: r.unitId === 2 ? '1,2,3' : '' }));
    expect(readAllocations(rows, false)).toEqual({
      ok: false,
      problem: 'Xã Long Hưng: Không đọc được số "1,2,3": viết kiểu Việt Nam, ví dụ 1.234,5.',
    });
  });

  it('does not add rates, averages or changes in % across units', () => {
    expect(allocationAdditivity({ comparator: 'gte', changeMode: null }, { kind: 'flow' })).toBe('additive');
    expect(allocationAdditivity({ comparator: 'lte', changeMode: null }, { kind: 'rate' })).toBe('rate');
    expect(allocationAdditivity({ comparator: 'gte', changeMode: null }, { kind: 'intensity' })).toBe('rate');
    expect(allocationAdditivity({ comparator: 'increase', changeMode: 'relative' }, { kind: 'flow' })).toBe('change');
    expect(allocationAdditivity({ comparator: 'decrease', changeMode: 'absolute' }, { kind: 'stock' })).toBe(
      'additive',
    );
  });
});

describe('phasing', () => {
  const rice = target(11, 2, { value: 320080 });

  it('reads four cumulative milestones in % as shares, checked by validateTargetDraft', () => {
    expect(phasingChoice(rice, 'explicit', ['12,5', '55', '85', '100'])).toEqual({
      ok: true,
      phasingMode: 'explicit',
      milestones: [0.125, 0.55, 0.85, 1],
    });
    expect(phasingChoice(rice, 'explicit', ['20', '50', '80', '90'])).toEqual({
      ok: false,
      problem: 'Mốc quý IV phải là 100% kế hoạch năm.',
    });
    expect(phasingChoice(rice, 'explicit', ['60', '50', '80', '100'])).toEqual({
      ok: false,
      problem: 'Mốc tiến độ lũy kế không được giảm dần qua các quý.',
    });
    expect(phasingChoice(rice, 'explicit', ['20', '', '80', '100'])).toEqual({
      ok: false,
      problem: 'Tiến độ theo mốc cần đủ 4 mốc quý.',
    });
    expect(phasingChoice(rice, 'linear', ['x', '', '', ''])).toEqual({
      ok: true,
      phasingMode: 'linear',
      milestones: null,
    });
  });

  it('shows stored milestones back in %, and an even split when there are none', () => {
    expect(milestoneTexts([0.125, 0.55, 0.85, 1])).toEqual(['12,5', '55', '85', '100']);
    expect(milestoneTexts(null)).toEqual(['25', '50', '75', '100']);
    expect(describePhasing({ phasingMode: 'explicit', milestones: [0.2, 0.5, 0.8, 1] })).toBe(
      'Theo mốc: 20% · 50% · 80% · 100%',
    );
    expect(describePhasing({ phasingMode: 'seasonal', milestones: null })).toBe('Theo mùa vụ năm trước');
  });
});

describe('tasks, list and routes', () => {
  const task = (extra: Partial<PlanTask>): PlanTask => ({
    id: 1,
    planId: 1,
    unitId: 2,
    title: 'Hoàn thành đường giao thông nông thôn',
    assignedBy: null,
    deadline: '2023-06-30',
    completedOn: null,
    state: 'dang_thuc_hien',
    note: null,
    ...extra,
  });

  it('counts tasks done on or before their deadline, leaving cancelled ones out', () => {
    const tasks = [
      task({ state: 'hoan_thanh', completedOn: '2023-06-30' }),
      task({ state: 'hoan_thanh', completedOn: '2023-07-02' }),
      task({ state: 'dang_thuc_hien' }),
      task({ state: 'huy' }),
    ];
    expect(onTimeSummary(tasks)).toEqual({ done: 1, total: 3 });
    expect(tasks.map((t) => isTaskLate(t, '2023-07-05'))).toEqual([false, true, true, false]);
  });

  it('filters plans by year and offers the years newest first', () => {
    const plans = [{ year: 2023 }, { year: 2022 }, { year: 2023 }];
    expect(planYears(plans)).toEqual([2023, 2022]);
    expect(plansOfYear(plans, 2022)).toEqual([{ year: 2022 }]);
    expect(plansOfYear(plans, null)).toHaveLength(3);
  });

  it('reads the section routes', () => {
    expect(parsePlanRoute('/ke-hoach')).toEqual({ kind: 'list' });
    expect(parsePlanRoute('/ke-hoach/nhap')).toEqual({ kind: 'import' });
    expect(parsePlanRoute('/ke-hoach/tao')).toEqual({ kind: 'create' });
    expect(parsePlanRoute('/ke-hoach/12')).toEqual({ kind: 'detail', id: 12 });
    expect(parsePlanRoute('/ke-hoach/0')).toEqual({ kind: 'unknown' });
    expect(parsePlanRoute('/ke-hoach/abc')).toEqual({ kind: 'unknown' });
  });
});
