import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  holderKey,
  type Candidate,
  type EligibilityFacts,
} from '@shared/commendation/evaluate-eligibility';
import { ruleDefinitionSchema, rulesInForce, type AwardRule, type RuleDefinition } from '@shared/commendation/rules';
import { seedRules } from '@shared/commendation/catalogue';

const person = (id: number, unitId = 1): Candidate => ({
  kind: 'person',
  id,
  name: `Người ${id}`,
  unitId,
  unitName: `Đơn vị ${unitId}`,
  position: null,
});
const unit = (id: number): Candidate => ({
  kind: 'unit',
  id,
  name: `Đơn vị ${id}`,
  unitId: id,
  unitName: `Đơn vị ${id}`,
  position: null,
});

const rule = (key: string, definition: RuleDefinition): AwardRule => ({
  key,
  effectiveFrom: '2000-01-01',
  titleCode: 'X',
  label: key,
  source: 'luat',
  sourceNote: '',
  appliesTo: 'all',
  definition,
  active: true,
});

function facts(
  partial: Partial<EligibilityFacts> & { held?: Record<string, Record<number, string[]>> },
): EligibilityFacts {
  const titles = new Map(
    Object.entries(partial.held ?? {}).map(([key, years]) => [
      key,
      new Map(Object.entries(years).map(([y, codes]) => [Number(y), new Set(codes)])),
    ]),
  );
  return {
    year: 2023,
    period: 'Y',
    titleCode: 'CSTDCS',
    recipient: 'ca_nhan',
    titleNames: new Map(),
    titles,
    members: new Map(),
    initiatives: new Map(),
    targetStatuses: new Map(),
    alreadyAwarded: new Map(),
    alreadyDecided: new Set(),
    ...partial,
  };
}

describe('consecutiveTitles', () => {
  const threeCstdcs = rule('R', { kind: 'consecutiveTitles', title: 'CSTDCS', years: 3, lastYearOffset: -1 });
  it('CSTĐ tỉnh for 2023 needs CSTĐCS in 2020, 2021 and 2022; a gap year fails and is named', () => {
    const f = facts({
      held: {
        [holderKey('person', 1)]: { 2020: ['CSTDCS'], 2021: ['CSTDCS'], 2022: ['CSTDCS'] },
        [holderKey('person', 2)]: { 2020: ['CSTDCS'], 2021: ['LDTT'], 2022: ['CSTDCS'] },
      },
    });
    const [ok, gap] = evaluateEligibility([person(1), person(2)], [threeCstdcs], f);
    expect(ok).toMatchObject({ eligible: true, reasons: [] });
    expect(ok!.checks[0]!.detail).toBe('đạt CSTĐCS các năm 2020–2022');
    expect(gap).toMatchObject({ eligible: false, reasons: ['thiếu CSTĐCS năm 2021'] });
  });
});

describe('initiative', () => {
  it('a cơ sở initiative does not meet a provincial-scope rule; a national one does', () => {
    const r = rule('S', { kind: 'initiative', minScope: 'tinh', withinYears: 3, lastYearOffset: -1 });
    const f = facts({
      initiatives: new Map([
        [1, [{ title: 'A', year: 2022, scope: 'co_so' as const }]],
        [2, [{ title: 'B', year: 2021, scope: 'toan_quoc' as const }]],
      ]),
    });
    const [one, two] = evaluateEligibility([person(1), person(2)], [r], f);
    expect(one!.reasons).toEqual(['chưa có sáng kiến phạm vi cấp tỉnh được công nhận các năm 2020–2022']);
    expect(two!.checks[0]!.detail).toBe('sáng kiến "B" (toàn quốc, 2021)');
  });
});

describe('membersShare and membersAtLeast (TTLĐXS)', () => {
  const rules = [
    rule('A', { kind: 'membersShare', title: 'LDTT', minPercent: 70, yearOffset: 0 }),
    rule('B', { kind: 'membersAtLeast', title: 'CSTDCS', minCount: 1, yearOffset: 0 }),
  ];
  const members = new Map([[1, [11, 12, 13]]]);
  it('2 of 3 LĐTT is 66%, below 70%; with a CSTĐCS member the second rule passes', () => {
    const f = facts({
      recipient: 'tap_the',
      members,
      held: { 'person:11': { 2023: ['LDTT', 'CSTDCS'] }, 'person:12': { 2023: ['LDTT'] } },
    });
    expect(evaluateEligibility([unit(1)], rules, f)[0]!.reasons).toEqual([
      'mới có 66% thành viên (2/3) đạt LĐTT năm 2023, cần từ 70%',
    ]);
  });
  it('3 of 3 LĐTT but no CSTĐCS fails on the second rule only', () => {
    const f = facts({
      recipient: 'tap_the',
      members,
      held: { 'person:11': { 2023: ['LDTT'] }, 'person:12': { 2023: ['LDTT'] }, 'person:13': { 2023: ['LDTT'] } },
    });
    expect(evaluateEligibility([unit(1)], rules, f)[0]!.reasons).toEqual(['chưa có thành viên đạt CSTĐCS năm 2023']);
  });
});

describe('caps fill in list order', () => {
  it('shareCap: 15% of 7 LĐTT is 1 place; the second eligible person is stopped, one already decided counts', () => {
    const members = new Map([[1, [1, 2, 3, 4, 5, 6, 7]]]);
    const held = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((id) => [`person:${id}`, { 2023: ['LDTT'] }]));
    const cap = rule('CAP', { kind: 'shareCap', ofTitle: 'LDTT', maxPercent: 15 });
    const open = evaluateEligibility([person(1), person(2)], [cap], facts({ members, held }));
    expect(open.map((c) => c.eligible)).toEqual([true, false]);
    expect(open[1]!.reasons).toEqual(['vượt tỷ lệ: CSTĐCS không quá 15% số LĐTT của đơn vị (tối đa 1)']);
    const taken = evaluateEligibility([person(1)], [cap], facts({ members, held, alreadyAwarded: new Map([[1, 1]]) }));
    expect(taken[0]!.eligible).toBe(false);
  });
  it('countCap is per unit', () => {
    const cap = rule('N', { kind: 'countCap', maxCount: 2 });
    const list = evaluateEligibility([person(1, 1), person(2, 1), person(3, 1), person(4, 2)], [cap], facts({}));
    expect(list.map((c) => c.eligible)).toEqual([true, true, false, true]);
    expect(list[2]!.reasons).toEqual(['đơn vị đã đủ 2 cá nhân được đề nghị']);
  });
});

describe('targetCompletion', () => {
  it('3 of 7 targets met by 30/6 is 42%: "mới đạt 42% chỉ tiêu đến 30/6"; 4 of 7 passes', () => {
    const r = rule('T', {
      kind: 'targetCompletion',
      period: 'H1',
      minPercent: 50,
      statuses: ['vuot', 'dat', 'dung_tien_do'],
    });
    const f = facts({
      period: 'H1',
      targetStatuses: new Map([
        [
          'H1',
          new Map([
            [1, ['dat', 'vuot', 'dung_tien_do', 'cham', 'cham', 'cham', 'chua_co_so_lieu'] as const],
            [2, ['dat', 'vuot', 'dung_tien_do', 'dat', 'cham', 'cham', 'cham'] as const],
          ]),
        ],
      ]),
    });
    const [behind, ahead, none] = evaluateEligibility([unit(1), unit(2), unit(3)], [r], f);
    expect(behind!.reasons).toEqual(['mới đạt 42% chỉ tiêu đến 30/6']);
    expect(ahead!.eligible).toBe(true);
    expect(none!.reasons).toEqual(['đơn vị chưa được giao chỉ tiêu năm 2023']);
  });
});

describe('rule versions, base salary and prize money', () => {
  it('the Cà Mau 2023 rules are in force in 2023 and retired from 2024, their old version kept', () => {
    const keys = (date: string, period: 'H1' | 'Y') =>
      rulesInForce(seedRules, date, period, 'BK_TINH').map((r) => r.key);
    expect(keys('2023-06-30', 'H1')).toEqual(['CAMAU2023.BK_6T.CHI_TIEU', 'CAMAU2023.BK_6T.TOI_DA']);
    expect(keys('2024-06-30', 'H1')).toEqual([]);
    expect(seedRules.filter((r) => r.key === 'CAMAU2023.BK_6T.TOI_DA')).toHaveLength(2);
  });
  it('every seeded rule is valid in the documented format', () => {
    for (const r of seedRules) expect(ruleDefinitionSchema.safeParse(r.definition).success).toBe(true);
  });
});
