/** The council's own details, printed on every document (domain §7). */
export const councilLevels = ['tinh', 'huyen', 'xa'] as const;
export type CouncilLevel = (typeof councilLevels)[number];

export interface CouncilProfile {
  /**
   * The council's level (since 1/7/2025 a council sits at the province or the commune; huyện only for history).
   * Chosen at first run, changed on Cài đặt. It decides who awards each title and what is proposed upward
   * (commendation catalogue, award authorities by level and date) and which unit kinds the council tracks
   * (`unitKindsByLevel`). Core code reads it through settings' `getCouncilLevel`; the renderer through
   * `settings:council` (also `app:info.councilLevel`).
   */
  level: CouncilLevel;
  /** Cơ quan chủ quản, printed in capitals above the issuing body: "UBND TỈNH SÓC TRĂNG". */
  parentBody: string;
  /** Cơ quan ban hành: "ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ". */
  issuingBody: string;
  /**
   * How the issuing body names itself in running text ("Ủy ban nhân dân huyện Mỹ Tú báo cáo …"); blank: derived from
   * `issuingBody` (shared/document/document-frame.ts, issuerInSentence).
   */
  issuerName: string;
  /** Abbreviation used in document numbers: "UBND" → "Số: 12/BC-UBND". */
  issuingBodyCode: string;
  /** Địa danh in the date line: "Mỹ Tú, ngày 05 tháng 4 năm 2023". */
  place: string;
  /** Signing capacity line: "TM. ỦY BAN NHÂN DÂN". */
  signerCapacity: string;
  /** Chức vụ người ký: "CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
}

export const emptyCouncilProfile: CouncilProfile = {
  level: 'huyen',
  parentBody: '',
  issuingBody: '',
  issuerName: '',
  issuingBodyCode: 'UBND',
  place: '',
  signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signerName: '',
};
