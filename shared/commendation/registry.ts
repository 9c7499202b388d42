import type { SigningMode } from '../document/document-frame';
import type { ProposalStatus } from '../i18n/vi-commendation';
import type { RecipientKind } from './catalogue';
import type { InitiativeScope, ProposalPeriod } from './rules';

/** Domain records of commendation, as the channels return them. */
export interface Person {
  id: number;
  fullName: string;
  position: string | null;
  unitId: number;
  unitName: string;
  birthDate: string | null;
  demo: boolean;
}

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
