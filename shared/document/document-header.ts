import type { CouncilProfile } from '../domain/council';
import { documentWords } from '../i18n/vi-document';
import { formatPlaceDateLine } from './document-date';
import type { SignatureBlock } from './document-frame';

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
 * @example buildDocumentHeader({ ...profile, place: 'Mỹ Tú', issuingBodyCode: 'UBND' }, '2023-04-05').numberLine === 'Số: …/BC-UBND'
 */
export function buildDocumentHeader(
  profile: Pick<CouncilProfile, 'parentBody' | 'issuingBody' | 'issuingBodyCode' | 'place'>,
  isoDate: string,
  /** The document's own number, blank until it is registered; and its kind symbol (BC = báo cáo, TTr = tờ trình). */
  number = '',
  kind = 'BC',
): DocumentHeader {
  const code = profile.issuingBodyCode.trim();
  return {
    parentBody: capitals(profile.parentBody),
    issuingBody: capitals(profile.issuingBody) || documentWords.blank,
    numberLine: documentWords.numberLine(number, kind, code || documentWords.blank),
    nation: documentWords.nation,
    motto: documentWords.motto,
    placeDateLine: formatPlaceDateLine(profile.place, isoDate),
  };
}

/** @example buildSignerBlock({ signerCapacity: 'tm. ủy ban nhân dân', signerTitle: 'Chủ tịch', signerName: ' Nguyễn Việt Phú ' }) → { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Việt Phú' } */
export function buildSignerBlock(
  profile: Pick<CouncilProfile, 'signerCapacity' | 'signerTitle' | 'signerName'>,
): SignerBlock {
  return {
    capacity: capitals(profile.signerCapacity),
    title: capitals(profile.signerTitle) || documentWords.blank,
    name: profile.signerName.trim() || documentWords.blank,
  };
}

/** The council's own signature (the settings' capacity, title and name) as the frame prints it. */
export function councilSignature(
  profile: Pick<CouncilProfile, 'signerCapacity' | 'signerTitle' | 'signerName'>,
): SignatureBlock {
  const block = buildSignerBlock(profile);
  return { lines: [block.capacity, block.title].filter((line) => line !== ''), name: block.name };
}
