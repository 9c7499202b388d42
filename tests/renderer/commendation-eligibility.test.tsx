import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AwardTitle } from '@shared/commendation/catalogue';
import { seedRules } from '@shared/commendation/catalogue';
import { evaluateEligibility, type Candidate, type EligibilityFacts } from '@shared/commendation/evaluate-eligibility';
import type { AwardRecord, ProposalEntry } from '@shared/commendation/registry';
import { rulesInForce, type AwardRule } from '@shared/commendation/rules';
import type { DecisionDetail } from '@shared/contract/decisions';
import type { ProposalDetail } from '@shared/contract/proposals';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import {
  awardsByYear,
  decisionLabel,
  describeRule,
  eligibilityRows,
  formatMoney,
  formatMultiple,
} from '@renderer/pages/commendation/commendation-format';
import { parseCommendationPath } from '@renderer/pages/commendation/commendation-route';
import { createFakeApi, type FakeOverrides } from './support/fake-api';

const title: AwardTitle = {
  id: 3,
  code: 'CSTD_TINH',
  name: 'Chiến sĩ thi đua cấp tỉnh',
  category: 'danh_hieu',
  recipient: 'ca_nhan',
  position: 30,
  tier: 'tinh',
  authority: 'Chủ tịch UBND cấp tỉnh',
  withinCouncil: false,
  prizeMultiple: 3,
  effectiveFrom: '2000-01-01',
  legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1 điểm b',
  confirmed: true,
};

const person = (id: number, name: string, unitId: number, unitName: string): Candidate => ({
  kind: 'person',
  id,
  name,
  unitId,
  unitName,
  position: 'Công chức',
});

/** CSTĐ cấp tỉnh 2023 as the core would check it, plus a cap of one person per unit so the cap fills up. */
function proposalDetail(entries: ProposalEntry[] = []): ProposalDetail {
  const cap: AwardRule = {
    key: 'CSTD_TINH.TOI_DA',
    effectiveFrom: '2000-01-01',
    titleCode: 'CSTD_TINH',
    label: 'Không quá 01 cá nhân mỗi đơn vị',
    source: 'tinh',
    sourceNote: '',
    appliesTo: 'all',
    definition: { kind: 'countCap', maxCount: 1 },
    active: true,
  };
  const rules = [...rulesInForce(seedRules, '2023-12-31', 'Y', 'CSTD_TINH'), cap];
  const years = (codes: Record<number, string[]>) =>
    new Map(Object.entries(codes).map(([y, list]) => [Number(y), new Set(list)]));
  const facts: EligibilityFacts = {
    year: 2023,
    period: 'Y',
    titleCode: 'CSTD_TINH',
    recipient: 'ca_nhan',
    titleNames: new Map(),
    titles: new Map([
      ['person:1', years({ 2020: ['CSTDCS'], 2021: ['CSTDCS'], 2022: ['CSTDCS'] })],
      ['person:2', years({ 2020: ['CSTDCS'], 2021: ['CSTDCS'] })],
      ['person:3', years({ 2020: ['CSTDCS'], 2021: ['CSTDCS'], 2022: ['CSTDCS'] })],
    ]),
    members: new Map(),
    initiatives: new Map([
      [1, [{ title: 'Phần mềm hộ nghèo', year: 2022, scope: 'tinh' as const }]],
      [3, [{ title: 'Sổ tay chứng thực', year: 2022, scope: 'tinh' as const }]],
    ]),
    targetStatuses: new Map(),
    alreadyAwarded: new Map(),
    alreadyDecided: new Set(),
  };
  const candidates = evaluateEligibility(
    [
      person(1, 'Nguyễn Văn An', 10, 'Xã Long Hưng'),
      person(2, 'Trần Thị Bích', 10, 'Xã Long Hưng'),
      person(3, 'Lê Thị Cúc', 10, 'Xã Long Hưng'),
    ],
    rules,
    facts,
  );
  return {
    proposal: {
      id: 7,
      year: 2023,
      period: 'Y',
      titleId: title.id,
      titleCode: title.code,
      titleName: title.name,
      note: '',
      demo: false,
      entryCount: entries.length,
      submission: { number: '', issuedOn: null },
    },
    entries,
    eligibility: { year: 2023, period: 'Y', title, rules, principles: [], candidates, note: null, upward: null },
  };
}

function award(id: number, extra: Partial<AwardRecord>): AwardRecord {
  return {
    id,
    titleId: 3,
    titleCode: 'CSTD_TINH',
    titleName: 'Chiến sĩ thi đua cấp tỉnh',
    year: 2023,
    period: 'Y',
    recipient: 'ca_nhan',
    personId: 1,
    personName: 'Nguyễn Văn An',
    position: 'Chủ tịch UBND xã',
    unitId: 10,
    unitName: 'Xã Long Hưng',
    decisionId: 5,
    decisionNumber: '3012/QĐ-UBND',
    decisionDate: '2024-01-15',
    decisionText: '',
    prizeMultiple: 3,
    baseSalary: 1_800_000,
    prizeAmount: 5_400_000,
    method: 'thuong_xuyen',
    demo: false,
    ...extra,
  };
}

/** A table by its aria-label (role queries walk the whole accessibility tree, too slow for these big pages). */
function tableNamed(name: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const found = document.querySelector<HTMLElement>(`table[aria-label="${name}"]`);
      if (!found) throw new Error(`No table "${name}"`);
      return found;
    },
    { timeout: 5000 },
  );
}

function renderAt(route: string, overrides: FakeOverrides) {
  const fake = createFakeApi({}, overrides);
  window.api = fake.api;
  window.history.replaceState(null, '', `#${route}`);
  render(<App queryClient={createQueryClient()} />);
  return fake;
}

describe('Khen thưởng: pure formatting', () => {
  it('formats prize money the Vietnamese way, with the đồng sign', () => {
    expect(formatMoney(1_800_000)).toBe('1.800.000 đ');
    expect(formatMoney(540_000)).toBe('540.000 đ');
    expect(formatMoney(null)).toBe('—');
    expect(formatMultiple(1.5)).toBe('×1,5');
    expect(decisionLabel(award(1, {}))).toBe('Số 3012/QĐ-UBND ngày 15/01/2024');
    expect(
      decisionLabel(award(1, { decisionNumber: null, decisionDate: null, decisionText: 'QĐ số 9 ngày 1/1/2019' })),
    ).toBe('QĐ số 9 ngày 1/1/2019');
  });

  it('groups history by year, newest first, and describes rules in words', () => {
    const grouped = awardsByYear([award(1, { year: 2021 }), award(2, { year: 2023 }), award(3, { year: 2021 })]);
    expect(grouped.map((g) => [g.year, g.awards.map((a) => a.id)])).toEqual([
      [2023, [2]],
      [2021, [1, 3]],
    ]);
    expect(describeRule({ kind: 'consecutiveTitles', title: 'CSTDCS', years: 3, lastYearOffset: -1 })).toBe(
      '3 năm liên tục đạt CSTĐCS, đến năm xét -1',
    );
    expect(describeRule({ kind: 'shareCap', ofTitle: 'LDTT', maxPercent: 15 })).toBe(
      'Không quá 15% số LĐTT của đơn vị',
    );
  });

  it('separates conditions from caps, which fill in list order', () => {
    const rows = eligibilityRows(proposalDetail().eligibility, []);
    expect(rows.map((r) => [r.name, r.eligible, r.details, r.caps])).toEqual([
      [
        'Nguyễn Văn An',
        true,
        ['đạt CSTĐCS các năm 2020–2022', 'sáng kiến "Phần mềm hộ nghèo" (cấp tỉnh, 2022)'],
        [{ detail: 'trong giới hạn (1/1)', passed: true }],
      ],
      [
        'Trần Thị Bích',
        false,
        ['thiếu CSTĐCS năm 2022', 'chưa có sáng kiến phạm vi cấp tỉnh được công nhận các năm 2020–2022'],
        [],
      ],
      ['Lê Thị Cúc', false, [], [{ detail: 'đơn vị đã đủ 1 cá nhân được đề nghị', passed: false }]],
    ]);
  });

  it('reads the tab and record from the route', () => {
    expect(parseCommendationPath('/khen-thuong')).toEqual({ tab: 'proposals', proposalId: null });
    expect(parseCommendationPath('/khen-thuong/de-nghi/7')).toEqual({ tab: 'proposals', proposalId: 7 });
    expect(parseCommendationPath('/khen-thuong/quyet-dinh/moi/7')).toEqual({
      tab: 'decisions',
      decisionId: null,
      newFromProposal: 7,
    });
    expect(parseCommendationPath('/khen-thuong/tra-cuu')).toEqual({ tab: 'lookup' });
  });
});

describe('Khen thưởng: the eligibility list of a proposal', () => {
  it('shows an ineligible candidate with its Vietnamese reason and the caps, and adds an eligible one', async () => {
    let detail = proposalDetail();
    const fake = renderAt('/khen-thuong/de-nghi/7', {
      'proposals:get': () => detail,
      'proposals:list': () => [detail.proposal],
      'proposals:addEntry': (input) => {
        detail = proposalDetail([
          {
            id: 70,
            proposalId: 7,
            position: 1,
            personId: input.personId,
            unitId: null,
            name: 'Nguyễn Văn An',
            unitName: 'Xã Long Hưng',
            jobPosition: 'Công chức',
            achievements: input.achievements,
            status: 'de_xuat',
            awardId: null,
          },
        ]);
        return detail;
      },
    });

    const table = await tableNamed('Đối chiếu tiêu chuẩn');
    const bich = within(table).getByText('Trần Thị Bích').closest('tr')!;
    expect(within(bich).getByText('Chưa đủ tiêu chuẩn')).toBeTruthy();
    expect(within(bich).getByText('thiếu CSTĐCS năm 2022')).toBeTruthy();
    const cuc = within(table).getByText('Lê Thị Cúc').closest('tr')!;
    expect(within(cuc).getByText('đơn vị đã đủ 1 cá nhân được đề nghị')).toBeTruthy();
    const an = within(table).getByText('Nguyễn Văn An').closest('tr')!;
    expect(within(an).getByText('Đủ tiêu chuẩn')).toBeTruthy();
    expect(within(an).getByText('trong giới hạn (1/1)')).toBeTruthy();
    expect(screen.getByText(/1\/3 ứng viên đủ tiêu chuẩn/)).toBeTruthy();

    fireEvent.click(within(an).getByLabelText('Thêm Nguyễn Văn An vào đề nghị'));
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('No dialog');
      return found;
    });
    fireEvent.change(within(dialog).getByLabelText('Thành tích'), {
      target: { value: 'Ba năm liền CSTĐCS; sáng kiến cấp tỉnh.' },
    });
    fireEvent.click(within(dialog).getByText('Lưu').closest('button')!);

    await waitFor(() =>
      expect(fake.callsTo('proposals:addEntry')).toEqual([
        { proposalId: 7, personId: 1, unitId: null, achievements: 'Ba năm liền CSTĐCS; sáng kiến cấp tỉnh.' },
      ]),
    );
    const entries = await tableNamed('Danh sách đề nghị');
    expect(await within(entries).findByText('Ba năm liền CSTĐCS; sáng kiến cấp tỉnh.')).toBeTruthy();
    const line = within(entries).getByText('Nguyễn Văn An', { selector: 'td' }).closest('tr')!;
    expect(within(line).getByText('Đề xuất')).toBeTruthy();
    expect(within(table).getByText('Đã có trong đề nghị')).toBeTruthy();
  });

  it("shows a decision's recipients with prize money formatted in đồng", async () => {
    const decision: DecisionDetail = {
      decision: {
        id: 5,
        number: '3012/QĐ-UBND',
        signedOn: '2024-01-15',
        signer: 'Lâm Văn Mẫu',
        authority: 'Chủ tịch UBND tỉnh',
        subject: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2023',
        issuer: 'cap_tren',
        signingMode: '',
        signerTitle: '',
        demo: false,
      },
      awards: [
        award(1, {}),
        award(2, {
          personId: 2,
          personName: 'Lê Văn Cường',
          titleName: 'Lao động tiên tiến',
          prizeMultiple: 0.3,
          prizeAmount: 540_000,
        }),
      ],
      prizeTotal: 5_940_000,
      prizeTotalWords: 'Năm triệu chín trăm bốn mươi nghìn đồng',
    };
    renderAt('/khen-thuong/quyet-dinh/5', {
      'decisions:get': () => decision,
      'decisions:list': () => [decision.decision],
      'decisions:annexHtml': () => ({ html: '<p>DANH SÁCH</p>' }),
    });
    const table = await tableNamed('Danh sách được khen thưởng');
    const cuong = within(table).getByText('Lê Văn Cường').closest('tr')!;
    expect(within(cuong).getByText('540.000 đ')).toBeTruthy();
    expect(within(cuong).getByText('×0,3')).toBeTruthy();
    expect(within(table).getByText('5.400.000 đ')).toBeTruthy();
    expect(within(table).getAllByText('1.800.000 đ')).toHaveLength(2);
    expect(screen.getAllByText('5.940.000 đ').length).toBeGreaterThan(0);
    expect(screen.getByText('Quyết định số 3012/QĐ-UBND ngày 15/01/2024', { selector: 'h3' })).toBeTruthy();
    const frame = await screen.findByTitle('Xem trước danh sách kèm theo quyết định');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe('<p>DANH SÁCH</p>');
  });
});
