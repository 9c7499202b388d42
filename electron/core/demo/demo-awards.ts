import type { DecisionIssuer } from '@shared/commendation/registry';
import type { CoreContext } from '../context';
import { saveExemplar } from '../exemplars/service';
import { saveInitiative } from '../initiatives/service';
import { savePerson } from '../people/service';
import { createDecision } from '../decisions/service';

interface DemoPerson {
  name: string;
  position: string;
  unit: string;
  /** Titles by year, as the district's year-end decisions gave them. */
  titles: Readonly<Record<number, readonly string[]>>;
}

/**
 * People of the demo district with three years of titles, so CSTĐ cấp tỉnh for 2023 shows both cases:
 * Nguyễn Văn An has CSTĐCS 2020–2022 and a provincial initiative; Trần Thị Bích misses CSTĐCS in 2022;
 * Lê Văn Cường has the titles but only a cơ sở initiative.
 */
export const demoPeople: readonly DemoPerson[] = [
  {
    name: 'Nguyễn Văn An',
    position: 'Chủ tịch UBND xã',
    unit: 'XA-LH',
    titles: { 2020: ['LDTT', 'CSTDCS'], 2021: ['LDTT', 'CSTDCS'], 2022: ['LDTT', 'CSTDCS'] },
  },
  {
    name: 'Trần Thị Bích',
    position: 'Công chức Văn hóa – Xã hội',
    unit: 'XA-LH',
    titles: { 2020: ['LDTT', 'CSTDCS'], 2021: ['LDTT', 'CSTDCS'], 2022: ['LDTT'] },
  },
  {
    name: 'Lâm Thị Mai',
    position: 'Công chức Địa chính – Xây dựng',
    unit: 'XA-LH',
    titles: { 2021: ['LDTT'], 2022: ['LDTT'] },
  },
  {
    name: 'Lê Văn Cường',
    position: 'Phó Chủ tịch UBND xã',
    unit: 'XA-MT',
    titles: { 2020: ['LDTT', 'CSTDCS'], 2021: ['LDTT', 'CSTDCS'], 2022: ['LDTT', 'CSTDCS'] },
  },
  {
    name: 'Phạm Thị Dung',
    position: 'Công chức Tư pháp – Hộ tịch',
    unit: 'XA-MT',
    titles: { 2021: ['LDTT'], 2022: ['LDTT'] },
  },
  { name: 'Võ Minh Đức', position: 'Chủ tịch UBND thị trấn', unit: 'TT-HHN', titles: { 2022: ['LDTT'] } },
  {
    name: 'Huỳnh Thị Hoa',
    position: 'Trưởng phòng',
    unit: 'P-NNPTNT',
    titles: { 2021: ['LDTT', 'CSTDCS'], 2022: ['LDTT', 'CSTDCS'] },
  },
  { name: 'Đặng Quốc Khánh', position: 'Chuyên viên', unit: 'P-NNPTNT', titles: { 2022: ['LDTT'] } },
  { name: 'Trương Thị Lan', position: 'Chuyên viên', unit: 'P-VHTT', titles: { 2022: ['LDTT'] } },
];

/** The district's year-end decisions of past years (prize money at the base salary of their dates). */
const demoDecisions: ReadonlyArray<{ year: number; number: string; signedOn: string; issuer: DecisionIssuer }> = [
  { year: 2020, number: '1520/QĐ-UBND', signedOn: '2020-12-28', issuer: 'chu_tich' },
  // The committee's decision, signed "TM. ỦY BAN NHÂN DÂN": both kinds appear in the registry.
  { year: 2021, number: '1688/QĐ-UBND', signedOn: '2021-12-27', issuer: 'uy_ban' },
  { year: 2022, number: '1735/QĐ-UBND', signedOn: '2022-12-26', issuer: 'chu_tich' },
];

/** Seeds people, their award history, initiatives and an exemplar, through the secretary's own services. */
export function seedDemoAwards(ctx: CoreContext): void {
  const units = new Map(ctx.repos.units.all().map((u) => [u.code, u.id]));
  const titles = new Map(ctx.repos.awardTitles.all().map((t) => [t.code, t.id]));
  const people = demoPeople.map((p) => ({
    ...p,
    id: savePerson(ctx, {
      fullName: p.name,
      position: p.position,
      unitId: units.get(p.unit)!,
      birthDate: null,
      gender: null,
      statGroup: 'truc_tiep',
      reason: 'Dữ liệu mẫu',
      demo: true,
    }).id,
  }));
  for (const d of demoDecisions) {
    createDecision(ctx, {
      number: d.number,
      signedOn: d.signedOn,
      signer: 'Nguyễn Việt Phú',
      authority: d.issuer === 'uy_ban' ? 'Ủy ban nhân dân huyện Mỹ Tú' : 'Chủ tịch Ủy ban nhân dân huyện Mỹ Tú',
      subject: `Về việc công nhận danh hiệu thi đua năm ${d.year}`,
      issuer: d.issuer,
      signingMode: '',
      signerTitle: 'Chủ tịch',
      method: 'thuong_xuyen',
      entryIds: [],
      recipients: people.flatMap((p) =>
        (p.titles[d.year] ?? []).map((code) => ({
          titleId: titles.get(code)!,
          year: d.year,
          period: 'Y' as const,
          personId: p.id,
          unitId: null,
        })),
      ),
      demo: true,
    });
  }
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;
  saveInitiative(ctx, {
    title: 'Ứng dụng phần mềm quản lý hồ sơ hộ nghèo trên điện thoại',
    authorsText: '',
    authorIds: [idOf('Nguyễn Văn An')],
    unitId: units.get('XA-LH')!,
    year: 2022,
    recognitionDecision: 'Quyết định số 2456/QĐ-UBND ngày 15/11/2022 của UBND tỉnh',
    scope: 'tinh',
    reason: 'Dữ liệu mẫu',
    demo: true,
  });
  saveInitiative(ctx, {
    title: 'Sổ tay hướng dẫn thủ tục chứng thực cho người dân',
    authorsText: '',
    authorIds: [idOf('Lê Văn Cường'), idOf('Phạm Thị Dung')],
    unitId: units.get('XA-MT')!,
    year: 2021,
    recognitionDecision: 'Quyết định số 1102/QĐ-UBND ngày 20/10/2021 của UBND huyện',
    scope: 'co_so',
    reason: 'Dữ liệu mẫu',
    demo: true,
  });
  const movement = ctx.repos.movements.all()[0];
  saveExemplar(ctx, {
    kind: 'nguoi_tot_viec_tot',
    who: 'Ông Lý Văn Sáu, ấp Tân Hòa',
    personId: null,
    unitId: units.get('XA-LH')!,
    deed: 'Hiến 300 m² đất làm đường giao thông nông thôn',
    occurredOn: '2023-03-15',
    movementId: movement?.id ?? null,
    demo: true,
  });
}
