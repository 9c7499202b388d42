import type { CouncilProfile } from '../../../shared/domain/council';
import { vi } from '../i18n/vi';
import { formatPlaceDateLine } from './document-date';

/** The two-column header of an administrative document (domain §7), as the lines to print. */
export interface DocumentHeader {
  /** Cơ quan chủ quản, capitals; empty when the issuing body has no parent line. */
  parentBody: string;
  /** Cơ quan ban hành, bold capitals with a short rule under it. */
  issuingBody: string;
  numberLine: string;
  nation: string;
  motto: string;
  placeDateLine: string;
}

export interface SignerBlock {
  /** "TM. ỦY BAN NHÂN DÂN"; empty when the head signs in their own name. */
  capacity: string;
  title: string;
  name: string;
}

/** Bodies and titles print in capitals whatever case the secretary typed them in. */
function capitals(text: string): string {
  return text.trim().toLocaleUpperCase('vi');
}

/**
 * Builds the header lines of a report ("BC") issued by the council's body on `isoDate`.
 * Printed reports use the same layout; this belongs in shared/ alongside them.
 * @example buildDocumentHeader({ ...profile, place: 'Mỹ Tú', issuingBodyCode: 'UBND' }, '2023-04-05').numberLine === 'Số: …/BC-UBND'
 */
export function buildDocumentHeader(
  profile: Pick<CouncilProfile, 'parentBody' | 'issuingBody' | 'issuingBodyCode' | 'place'>,
  isoDate: string,
): DocumentHeader {
  const code = profile.issuingBodyCode.trim();
  return {
    parentBody: capitals(profile.parentBody),
    issuingBody: capitals(profile.issuingBody) || vi.document.blank,
    numberLine: vi.document.numberLine(code || vi.document.blank),
    nation: vi.document.nation,
    motto: vi.document.motto,
    placeDateLine: formatPlaceDateLine(profile.place, isoDate),
  };
}

/** @example buildSignerBlock({ signerCapacity: 'tm. ủy ban nhân dân', signerTitle: 'Chủ tịch', signerName: ' Nguyễn Việt Phú ' }) → { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Việt Phú' } */
export function buildSignerBlock(
  profile: Pick<CouncilProfile, 'signerCapacity' | 'signerTitle' | 'signerName'>,
): SignerBlock {
  return {
    capacity: capitals(profile.signerCapacity),
    title: capitals(profile.signerTitle) || vi.document.blank,
    name: profile.signerName.trim() || vi.document.blank,
  };
}
