import type { AwardMethod } from '@shared/commendation/registry';
import type { ProposalPeriod, RuleDefinition } from '@shared/commendation/rules';
import type { ProposalStatus } from '@shared/i18n/vi-commendation';
import type { CoreContext } from '../../context';
import { saveRule } from '../../commendation/service';
import { createDecision } from '../../decisions/service';
import { saveExemplar } from '../../exemplars/service';
import { saveInitiative } from '../../initiatives/service';
import { saveSanction, savePerson } from '../../people/service';
import { addProposalEntry, createProposal, updateProposalEntry } from '../../proposals/service';
import { demoHamlets } from './commune-units';
import { communePeople, noLdtt2026 } from './commune-people';

const reason = 'Dữ liệu mẫu';
const chairman = { signer: 'Lý Văn Sơn', authority: 'Chủ tịch UBND xã Mỹ Tú' };

interface DemoDecision {
  number: string;
  signedOn: string;
  signer: string;
  authority: string;
  subject: string;
  method?: AwardMethod;
  year: number;
  period?: ProposalPeriod;
  title: string;
  /** People by name, or collectives by unit code (`unit:AP-TTH`). */
  to: readonly string[];
}

const everyoneFor2026 = communePeople.filter((p) => !noLdtt2026.has(p.name)).map((p) => p.name);
const cultureHamlets2025 = demoHamlets.filter((h) => !['AP-RR', 'AP-SX', 'AP-BT'].includes(h.code));

/**
 * The registry as it stands in early December 2026: the former district's and the city's decisions of earlier
 * years, the new commune's year-end 2025 decisions (18/12/2025, at 2.340.000 đ), the school-year decisions on either
 * side of 1/7/2026 (the same CSTĐCS at 2.340.000 đ and at 2.530.000 đ), a chuyên đề Giấy khen in October, and the
 * LĐTT, CSTĐCS and Giấy khen of 2026 decided on 02/12/2026, which fall in the 2027 statistics year (01/12–30/11).
 */
export const communeDecisions: readonly DemoDecision[] = [
  {
    number: '1835/QĐ-UBND',
    signedOn: '2023-12-26',
    signer: 'Nguyễn Việt Phú',
    authority: 'Chủ tịch UBND huyện Mỹ Tú',
    subject: 'Về việc công nhận danh hiệu thi đua năm 2023',
    year: 2023,
    title: 'CSTDCS',
    to: ['Thạch Sô Phol'],
  },
  {
    number: '1836/QĐ-UBND',
    signedOn: '2023-12-26',
    signer: 'Nguyễn Việt Phú',
    authority: 'Chủ tịch UBND huyện Mỹ Tú',
    subject: 'Về việc công nhận danh hiệu Lao động tiên tiến năm 2023',
    year: 2023,
    title: 'LDTT',
    to: ['Thạch Sô Phol', 'Võ Minh Trí'],
  },
  {
    number: '1902/QĐ-UBND',
    signedOn: '2024-12-24',
    signer: 'Nguyễn Việt Phú',
    authority: 'Chủ tịch UBND huyện Mỹ Tú',
    subject: 'Về việc công nhận danh hiệu Lao động tiên tiến năm 2024',
    year: 2024,
    title: 'LDTT',
    to: ['Thạch Sô Phol', 'Võ Minh Trí', 'Nguyễn Thị Kim Hoa', 'Nguyễn Văn Tới', 'Trần Văn Lực'],
  },
  {
    number: '1903/QĐ-UBND',
    signedOn: '2024-12-24',
    signer: 'Nguyễn Việt Phú',
    authority: 'Chủ tịch UBND huyện Mỹ Tú',
    subject: 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024',
    year: 2024,
    title: 'CSTDCS',
    to: ['Thạch Sô Phol'],
  },
  {
    number: '2610/QĐ-UBND',
    signedOn: '2024-12-30',
    signer: 'Trần Văn Lâu',
    authority: 'Chủ tịch UBND tỉnh Sóc Trăng',
    subject: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024',
    year: 2024,
    title: 'CSTD_TINH',
    to: ['Lâm Thị Sa Ry'],
  },
  {
    number: '201/QĐ-UBND',
    signedOn: '2025-12-18',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Lao động tiên tiến năm 2025',
    year: 2025,
    title: 'LDTT',
    to: [
      'Thạch Sô Phol',
      'Võ Minh Trí',
      'Nguyễn Thị Kim Hoa',
      'Nguyễn Văn Tới',
      'Trần Văn Lực',
      'Trương Văn Bảo',
      'Đỗ Thị Mỹ Linh',
      'Nguyễn Văn Hậu',
      'Lâm Thị Kim Chi',
      'Sơn Thị Sa Thi',
      'Châu Văn Lợi',
      'Nguyễn Thị Trúc',
    ],
  },
  {
    number: '202/QĐ-UBND',
    signedOn: '2025-12-18',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2025',
    year: 2025,
    title: 'CSTDCS',
    to: ['Thạch Sô Phol', 'Nguyễn Thị Kim Hoa', 'Nguyễn Văn Tới'],
  },
  {
    number: '203/QĐ-UBND',
    signedOn: '2025-12-18',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Tập thể lao động tiên tiến năm 2025',
    year: 2025,
    title: 'TTLDTT',
    to: ['unit:P-KT', 'unit:TT-PVHCC'],
  },
  {
    number: '204/QĐ-UBND',
    signedOn: '2025-12-18',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu "Ấp văn hóa" năm 2025',
    year: 2025,
    title: 'THON_VH',
    to: cultureHamlets2025.map((h) => `unit:${h.code}`),
  },
  {
    number: '205/QĐ-UBND',
    signedOn: '2025-12-18',
    ...chairman,
    subject: 'Về việc tặng Giấy khen năm 2025',
    year: 2025,
    title: 'GK',
    to: ['Lê Văn Lành'],
  },
  {
    number: '3120/QĐ-UBND',
    signedOn: '2025-12-26',
    signer: 'Trần Văn Lâu',
    authority: 'Chủ tịch UBND thành phố Cần Thơ',
    subject: 'Về việc tặng danh hiệu Chiến sĩ thi đua thành phố năm 2025',
    year: 2025,
    title: 'CSTD_TINH',
    to: ['Lâm Thị Sa Ry'],
  },
  {
    number: '130/QĐ-UBND',
    signedOn: '2026-06-25',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Lao động tiên tiến năm học 2025 – 2026',
    year: 2026,
    period: 'H1',
    title: 'LDTT',
    to: ['Lâm Thị Sa Ry', 'Nguyễn Văn Thành', 'Trịnh Thị Mơ', 'Đặng Văn Phúc', 'Lê Thị Thu Hà'],
  },
  {
    number: '131/QĐ-UBND',
    signedOn: '2026-06-30',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm học 2025 – 2026 (Trường THCS Mỹ Tú)',
    year: 2026,
    period: 'H1',
    title: 'CSTDCS',
    to: ['Lâm Thị Sa Ry'],
  },
  {
    number: '134/QĐ-UBND',
    signedOn: '2026-07-01',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm học 2025 – 2026 (Trường Tiểu học Mỹ Thuận)',
    year: 2026,
    period: 'H1',
    title: 'CSTDCS',
    to: ['Đặng Văn Phúc'],
  },
  {
    number: '88/QĐ-UBND',
    signedOn: '2026-10-15',
    ...chairman,
    subject: 'Về việc khen thưởng thành tích trong phong trào "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
    method: 'chuyen_de',
    year: 2026,
    title: 'GK',
    to: ['Huỳnh Văn Sang'],
  },
  {
    number: '89/QĐ-UBND',
    signedOn: '2026-10-15',
    ...chairman,
    subject: 'Về việc khen thưởng tập thể trong phong trào "Vì người nghèo – Không để ai bị bỏ lại phía sau"',
    method: 'chuyen_de',
    year: 2026,
    title: 'GK_TT',
    to: ['unit:HLHPN'],
  },
  {
    number: '210/QĐ-UBND',
    signedOn: '2026-12-02',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Lao động tiên tiến năm 2026',
    year: 2026,
    title: 'LDTT',
    to: everyoneFor2026,
  },
  {
    number: '211/QĐ-UBND',
    signedOn: '2026-12-02',
    ...chairman,
    subject: 'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2026',
    year: 2026,
    title: 'CSTDCS',
    to: ['Nguyễn Thị Kim Hoa', 'Thạch Sô Phol', 'Võ Minh Trí'],
  },
  {
    number: '212/QĐ-UBND',
    signedOn: '2026-12-02',
    ...chairman,
    subject: 'Về việc tặng Giấy khen tổng kết năm 2026',
    year: 2026,
    title: 'GK',
    to: ['Phạm Minh Đức', 'Trần Thị Bích Tuyền'],
  },
];

/**
 * Rules the city sets beside the law (examples of a province's own rules, labelled as demo data): a commune's award
 * of the year grounds a Bằng khen proposal, one Bằng khen per unit, and TTLĐTT needs 70 % LĐTT (as Bắc Ninh's
 * QĐ 86/2025 asks).
 */
const cityRules: ReadonlyArray<{ key: string; title: string; label: string; definition: RuleDefinition }> = [
  {
    key: 'CANTHO.BK.CO_KHEN_CO_SO',
    title: 'BK_TINH',
    label: 'Có danh hiệu Chiến sĩ thi đua cơ sở hoặc Giấy khen của cấp xã trong năm xét',
    definition: { kind: 'anyOfTitles', titles: ['CSTDCS', 'GK'], years: 1, lastYearOffset: 0 },
  },
  {
    key: 'CANTHO.BK.TOI_DA',
    title: 'BK_TINH',
    label: 'Không quá 01 cá nhân mỗi đơn vị được đề nghị Bằng khen',
    definition: { kind: 'countCap', maxCount: 1 },
  },
  {
    key: 'CANTHO.TTLDTT.LDTT',
    title: 'TTLDTT',
    label: 'Có từ 70% cá nhân đạt danh hiệu Lao động tiên tiến',
    definition: { kind: 'membersShare', title: 'LDTT', minPercent: 70, yearOffset: 0 },
  },
];

/** The proposals of the 2026 year end, with their lines' statuses (upward where the city decides). */
const communeProposals: ReadonlyArray<{
  title: string;
  note: string;
  entries: ReadonlyArray<{ who: string; status: Exclude<ProposalStatus, 'quyet_dinh'>; achievements: string }>;
}> = [
  {
    title: 'TTLDXS',
    note: 'Tờ trình gửi UBND thành phố (qua Sở Nội vụ)',
    entries: [
      {
        who: 'unit:P-VHXH',
        status: 'de_nghi_cap_tren',
        achievements: '100% cá nhân hoàn thành nhiệm vụ; 6/7 đạt Lao động tiên tiến; 01 Chiến sĩ thi đua cơ sở.',
      },
      { who: 'unit:HND', status: 'khong_dat', achievements: 'Đang trong thời gian thanh tra.' },
    ],
  },
  {
    title: 'BK_TINH',
    note: 'Bằng khen của Chủ tịch UBND thành phố (công trạng)',
    entries: [
      {
        who: 'Nguyễn Thị Kim Hoa',
        status: 'de_nghi_cap_tren',
        achievements: 'Chiến sĩ thi đua cơ sở năm 2025 và 2026; hoàn thành xuất sắc nhiệm vụ.',
      },
      {
        who: 'Trần Thị Bích Tuyền',
        status: 'da_xet',
        achievements: 'Vận động 36 hộ nghèo vay vốn, thoát nghèo 11 hộ.',
      },
      { who: 'Phạm Minh Đức', status: 'da_xet', achievements: 'Ấp Mỹ Thạnh dẫn đầu Cụm 2 sơ kết 6 tháng.' },
      { who: 'Huỳnh Văn Sang', status: 'de_xuat', achievements: 'Giấy khen chuyên đề "Vì người nghèo" năm 2026.' },
    ],
  },
  {
    title: 'CSTD_TINH',
    note: 'Chiến sĩ thi đua thành phố năm 2026',
    entries: [
      {
        who: 'Thạch Sô Phol',
        status: 'de_nghi_cap_tren',
        achievements: 'Chiến sĩ thi đua cơ sở 2023, 2024, 2025; sáng kiến cấp thành phố năm 2025.',
      },
      { who: 'Nguyễn Văn Tới', status: 'de_xuat', achievements: 'Chiến sĩ thi đua cơ sở năm 2025.' },
    ],
  },
];

/** Seeds the commune's people, sanctions, initiatives, decisions, the city's rules and the 2026 proposals. */
export function seedCommuneAwards(ctx: CoreContext): void {
  const units = new Map(ctx.repos.units.all().map((u) => [u.code, u.id]));
  const titles = new Map(ctx.repos.awardTitles.all().map((t) => [t.code, t.id]));
  const people = new Map<string, number>();
  for (const p of communePeople) {
    const saved = savePerson(ctx, {
      fullName: p.name,
      position: p.position,
      unitId: units.get(p.unit)!,
      birthDate: null,
      gender: p.gender,
      statGroup: p.statGroup ?? 'truc_tiep',
      reason,
      demo: true,
    });
    people.set(p.name, saved.id);
  }
  const who = (ref: string) =>
    ref.startsWith('unit:')
      ? { personId: null, unitId: units.get(ref.slice(5))! }
      : { personId: people.get(ref)!, unitId: null };

  saveSanction(ctx, {
    ...who('Trần Văn Lực'),
    kind: 'xem_xet_ky_luat',
    fromDate: '2026-10-20',
    toDate: null,
    document: 'Quyết định số 45/QĐ-UBND ngày 20/10/2026',
    note: 'Xem xét xử lý kỷ luật về quản lý hồ sơ đất đai (dữ liệu mẫu)',
    reason,
    demo: true,
  });
  saveSanction(ctx, {
    ...who('Lê Thị Ngọc Hân'),
    kind: 'ky_luat',
    fromDate: '2025-03-10',
    toDate: '2026-03-09',
    document: 'Quyết định số 12/QĐ-UBND ngày 10/03/2025 (khiển trách)',
    note: 'Dữ liệu mẫu',
    reason,
    demo: true,
  });
  saveSanction(ctx, {
    ...who('unit:HND'),
    kind: 'thanh_tra',
    fromDate: '2026-11-10',
    toDate: null,
    document: 'Quyết định thanh tra số 310/QĐ-TTr ngày 10/11/2026 của Thanh tra thành phố',
    note: 'Thanh tra việc quản lý, sử dụng Quỹ hỗ trợ nông dân (dữ liệu mẫu)',
    reason,
    demo: true,
  });

  saveInitiative(ctx, {
    title: 'Quy trình luân canh lúa – tôm giảm chi phí cho hộ nghèo ấp Bưng Tróp',
    authorsText: '',
    authorIds: [people.get('Thạch Sô Phol')!],
    unitId: units.get('P-KT')!,
    year: 2025,
    recognitionDecision: 'Quyết định số 2987/QĐ-UBND ngày 05/12/2025 của UBND thành phố Cần Thơ',
    scope: 'tinh',
    reason,
    demo: true,
  });
  saveInitiative(ctx, {
    title: 'Sổ tay điện tử theo dõi hộ nghèo, hộ cận nghèo theo ấp',
    authorsText: '',
    authorIds: [people.get('Nguyễn Thị Kim Hoa')!],
    unitId: units.get('P-VHXH')!,
    year: 2026,
    recognitionDecision: 'Quyết định số 150/QĐ-UBND ngày 20/08/2026 của UBND xã Mỹ Tú',
    scope: 'co_so',
    reason,
    demo: true,
  });

  for (const d of communeDecisions) {
    createDecision(ctx, {
      number: d.number,
      signedOn: d.signedOn,
      signer: d.signer,
      authority: d.authority,
      subject: d.subject,
      // The commune chairman's own decisions; the former district's and the province's are recorded as received.
      issuer: d.authority === chairman.authority ? 'chu_tich' : 'cap_tren',
      signingMode: '',
      signerTitle: 'Chủ tịch',
      method: d.method ?? 'thuong_xuyen',
      entryIds: [],
      recipients: d.to.map((ref) => ({
        titleId: titles.get(d.title)!,
        year: d.year,
        period: d.period ?? 'Y',
        ...who(ref),
      })),
      demo: true,
    });
  }

  for (const r of cityRules) {
    saveRule(ctx, {
      key: r.key,
      effectiveFrom: '2025-07-01',
      titleCode: r.title,
      label: r.label,
      source: 'tinh',
      sourceNote: 'Dữ liệu mẫu: ví dụ quy định riêng của thành phố',
      appliesTo: 'Y',
      definition: r.definition,
      active: true,
      reason,
    });
  }

  for (const p of communeProposals) {
    const created = createProposal(ctx, {
      year: 2026,
      period: 'Y',
      titleId: titles.get(p.title)!,
      note: p.note,
      demo: true,
    });
    for (const e of p.entries) {
      const detail = addProposalEntry(ctx, {
        proposalId: created.proposal.id,
        ...who(e.who),
        achievements: e.achievements,
      });
      const entry = detail.entries.at(-1)!;
      if (e.status !== 'de_xuat') {
        updateProposalEntry(ctx, { entryId: entry.id, achievements: e.achievements, status: e.status, reason });
      }
    }
  }

  saveExemplar(ctx, {
    kind: 'nguoi_tot_viec_tot',
    who: 'Bà Thạch Thị Sen, ấp Tú Điền',
    personId: null,
    unitId: units.get('AP-TD')!,
    deed: 'Hiến 250 m² đất mở rộng đường liên ấp Tú Điền – Cầu Chùa',
    occurredOn: '2026-04-12',
    movementId: ctx.repos.movements.all()[0]?.id ?? null,
    demo: true,
  });
}
