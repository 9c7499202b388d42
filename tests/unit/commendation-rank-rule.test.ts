import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  type Candidate,
  type ClusterRankFact,
  type EligibilityFacts,
} from '@shared/commendation/evaluate-eligibility';
import { ruleDefinitionSchema, type AwardRule, type ProposalPeriod } from '@shared/commendation/rules';

const unit = (id: number): Candidate => ({
  kind: 'unit',
  id,
  name: `Xã ${id}`,
  unitId: id,
  unitName: `Xã ${id}`,
  position: null,
});

const rankRule = (maxRank: number, period: ProposalPeriod = 'Y'): AwardRule => ({
  key: 'CO_TINH.XEP_HANG_CUM',
  effectiveFrom: '2000-01-01',
  titleCode: 'CO_TINH',
  label: 'Dẫn đầu cụm thi đua',
  source: 'tinh',
  sourceNote: '',
  appliesTo: 'Y',
  definition: { kind: 'clusterRank', period, maxRank },
  active: true,
});

function facts(ranks: Record<number, ClusterRankFact[]>, period: ProposalPeriod = 'Y'): EligibilityFacts {
  return {
    year: 2023,
    period: 'Y',
    titleCode: 'CO_TINH',
    recipient: 'tap_the',
    titleNames: new Map(),
    titles: new Map(),
    members: new Map(),
    initiatives: new Map(),
    targetStatuses: new Map(),
    alreadyAwarded: new Map(),
    alreadyDecided: new Set(),
    clusterRanks: new Map([[period, new Map(Object.entries(ranks).map(([id, list]) => [Number(id), list]))]]),
  };
}

const cum1 = (rank: number | null): ClusterRankFact[] => [{ clusterName: 'Cụm thi đua số 1', rank, of: 5 }];

describe('clusterRank rule kind (xếp hạng trong cụm)', () => {
  it('is part of the rule format, and refuses a rank below 1', () => {
    expect(ruleDefinitionSchema.safeParse({ kind: 'clusterRank', period: 'Y', maxRank: 1 }).success).toBe(true);
    expect(ruleDefinitionSchema.safeParse({ kind: 'clusterRank', period: 'Y', maxRank: 0 }).success).toBe(false);
    expect(ruleDefinitionSchema.safeParse({ kind: 'clusterRank', period: 'Q2', maxRank: 1 }).success).toBe(false);
  });

  it('passes the cluster leader and fails the third with "xếp hạng 3/5 trong Cụm thi đua số 1"', () => {
    const [first, third] = evaluateEligibility([unit(1), unit(3)], [rankRule(1)], facts({ 1: cum1(1), 3: cum1(3) }));
    expect(first).toMatchObject({ eligible: true, reasons: [] });
    expect(first!.checks[0]!.detail).toBe('xếp hạng 1/5 trong Cụm thi đua số 1');
    expect(third!.eligible).toBe(false);
    expect(third!.reasons).toEqual(['xếp hạng 3/5 trong Cụm thi đua số 1 (cần xếp thứ nhất)']);
  });

  it('accepts a rank within the first n', () => {
    const [third] = evaluateEligibility([unit(3)], [rankRule(3)], facts({ 3: cum1(3) }));
    expect(third!.eligible).toBe(true);
    const [fourth] = evaluateEligibility([unit(4)], [rankRule(3)], facts({ 4: cum1(4) }));
    expect(fourth!.reasons).toEqual(['xếp hạng 4/5 trong Cụm thi đua số 1 (cần trong 3 hạng đầu)']);
  });

  it('says when the round is not finished, and when the unit is in no cluster', () => {
    const [pending, outside] = evaluateEligibility([unit(1), unit(9)], [rankRule(1)], facts({ 1: cum1(null) }));
    expect(pending!.reasons).toEqual(['Cụm thi đua số 1 chưa có kết quả chấm điểm tổng kết năm 2023']);
    expect(outside!.reasons).toEqual(['đơn vị không thuộc cụm, khối thi đua nào năm 2023']);
  });

  it('reads the round of the rule’s own period (a mid-year rule does not use year-end ranks)', () => {
    const [one] = evaluateEligibility([unit(1)], [rankRule(1, 'H1')], facts({ 1: cum1(1) }, 'Y'));
    expect(one!.reasons).toEqual(['đơn vị không thuộc cụm, khối thi đua nào năm 2023']);
  });

  it('takes the best place when a unit is in a cụm and a khối', () => {
    const places = [...cum1(4), { clusterName: 'Khối xã biên giới', rank: 1, of: 3 }];
    const [both] = evaluateEligibility([unit(1)], [rankRule(1)], facts({ 1: places }));
    expect(both!.eligible).toBe(true);
    expect(both!.checks[0]!.detail).toBe('xếp hạng 1/3 trong Khối xã biên giới');
  });
});
