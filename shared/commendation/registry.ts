import type { SigningMode } from '../document/document-frame';
import type { ProposalStatus } from '../i18n/vi-commendation';
import type { RecipientKind } from './catalogue';
import type { InitiativeScope, ProposalPeriod } from './rules';

export const genders = ['nam', 'nu'] as const;
export type Gender = (typeof genders)[number];

/**
 * The groups of individuals the Bộ Nội vụ statistics forms count separately (TT 02/2023, biểu 0602 rows 10–14,
 * 0603 rows 06–10); people the secretary has not placed count as working directly (the last row).
 */
export const personStatGroups = [
  'lanh_dao_bo_tinh',
  'lanh_dao_vu_so',
  'doanh_nhan',
  'lanh_dao_khac',
  'truc_tiep',
] as const;
export type PersonStatGroup = (typeof personStatGroups)[number];

/** Domain records of commendation, as the channels return them. */
export interface Person {
  id: number;
  fullName: string;
  position: string | null;
  unitId: number;
  unitName: string;
  birthDate: string | null;
  /** Null: not recorded. NĐ 152 Điều 4 khoản 6 prefers women when candidates tie. */
  gender: Gender | null;
  statGroup: PersonStatGroup;
  demo: boolean;
}

/**
 * What bars an award while it lasts (NĐ 152 Điều 4 khoản 4): a pending review of discipline, an investigation, an
 * inspection or a check, a complaint being verified, or a discipline being served (kỷ luật, with its term).
 */
export const sanctionKinds = [
  'xem_xet_ky_luat',
  'ky_luat',
  'dieu_tra',
  'thanh_tra',
  'kiem_tra',
  'khieu_nai_to_cao',
] as const;
export type SanctionKind = (typeof sanctionKinds)[number];

/** A sanction or pending review of a person or a collective, from `fromDate` to `toDate` (inclusive; null: open). */
export interface Sanction {
  id: number;
  personId: number | null;
  unitId: number | null;
  kind: SanctionKind;
  fromDate: string;
  toDate: string | null;
  /** The decision or letter: "Quyết định số 45/QĐ-UBND ngày 20/10/2026". */
  document: string;
  note: string;
  demo: boolean;
}

/**
 * How an award was given (phương thức khen thưởng, TT 02/2023 biểu 0602–0603): thường xuyên is the yearly merit
 * (công trạng) commendation; chuyên đề and đột xuất results do not ground an upward công trạng proposal
 * (NĐ 152 Điều 4 khoản 3).
 */
export const awardMethods = [
  'thuong_xuyen',
  'chuyen_de',
  'dot_xuat',
  'doi_ngoai',
  'cong_hien',
  'nien_han',
  'khang_chien',
] as const;
export type AwardMethod = (typeof awardMethods)[number];

/** Sáng kiến: recognised at a scope by a decision; authors are people of the registry and/or free text. */
export interface Initiative {
  id: number;
  title: string;
  authorsText: string;
  authorIds: number[];
  unitId: number | null;
  year: number;
  recognitionDecision: string;
  scope: InitiativeScope;
  demo: boolean;
}

export const exemplarKinds = ['dien_hinh_tien_tien', 'nguoi_tot_viec_tot'] as const;
export type ExemplarKind = (typeof exemplarKinds)[number];

/** Điển hình tiên tiến / gương người tốt việc tốt: who, what, when, in which movement. */
export interface Exemplar {
  id: number;
  kind: ExemplarKind;
  who: string;
  personId: number | null;
  unitId: number | null;
  deed: string;
  occurredOn: string;
  movementId: number | null;
  demo: boolean;
}

/**
 * Whose decision it is: the chairman's (chủ tịch, in person), the committee's (ủy ban, a collective), or another
 * body's (cấp trên: a provincial decision recorded here, printed as a list received, never on our letterhead).
 */
export const decisionIssuers = ['chu_tich', 'uy_ban', 'cap_tren'] as const;
export type DecisionIssuer = (typeof decisionIssuers)[number];

export interface Decision {
  id: number;
  number: string;
  signedOn: string;
  signer: string;
  /** Who decided, as it reads in a sentence: "Chủ tịch Ủy ban nhân dân huyện Mỹ Tú", "Chủ tịch UBND tỉnh Sóc Trăng". */
  authority: string;
  subject: string;
  issuer: DecisionIssuer;
  /** How it was signed (Nghị định 30, Phụ lục I, II.7.b): '' in person, KT./Q./TL./TUQ. */
  signingMode: SigningMode;
  /** The signer's own title when it differs from the head's ("Phó Chủ tịch" under "KT. CHỦ TỊCH"). */
  signerTitle: string;
  demo: boolean;
}

/** One title or form given to one recipient, with its decision and frozen prize money. */
export interface AwardRecord {
  id: number;
  titleId: number;
  titleCode: string;
  titleName: string;
  year: number;
  period: ProposalPeriod;
  recipient: RecipientKind;
  personId: number | null;
  personName: string | null;
  position: string | null;
  /** The person's unit, or the collective itself. */
  unitId: number;
  unitName: string;
  decisionId: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** "Quyết định số … ngày …" as text for history imported without a registered decision. */
  decisionText: string;
  prizeMultiple: number | null;
  baseSalary: number | null;
  prizeAmount: number | null;
  method: AwardMethod;
  demo: boolean;
}

export interface Proposal {
  id: number;
  year: number;
  period: ProposalPeriod;
  titleId: number;
  titleCode: string;
  titleName: string;
  note: string;
  demo: boolean;
  entryCount: number;
  /** The Tờ trình the list is attached to: its number (digits) and date, blank until set or first printed. */
  submission: { number: string; issuedOn: string | null };
}

export interface ProposalEntry {
  id: number;
  proposalId: number;
  position: number;
  personId: number | null;
  unitId: number | null;
  name: string;
  unitName: string;
  jobPosition: string | null;
  achievements: string;
  status: ProposalStatus;
  awardId: number | null;
}

/** Counts for statistics: by year, title and unit (a person counts in their unit). */
export interface AwardStatRow {
  year: number;
  titleCode: string;
  titleName: string;
  unitId: number;
  unitName: string;
  count: number;
  prizeTotal: number;
}
