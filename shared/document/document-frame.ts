import { formatDocumentDate } from './document-date';

/**
 * The frame every printed document shares, whatever its output (HTML and so PDF, Word, Excel): the header, the title
 * block with its rule, Nơi nhận, the signature by the document's own authority, the annex heading. The content in
 * between is each document's own. Rules from Nghị định 30/2020/NĐ-CP (Phụ lục I, Phần I; Phụ lục III), read in the
 * decree's text (copy in the repository ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP).
 */

/** Phụ lục III, I: the types this app prints and their abbreviation in the document's symbol ("Số: 12/BC-UBND"). */
export const documentTypes = {
  bao_cao: { name: 'BÁO CÁO', symbol: 'BC' },
  bien_ban: { name: 'BIÊN BẢN', symbol: 'BB' },
  quyet_dinh: { name: 'QUYẾT ĐỊNH', symbol: 'QĐ' },
  to_trinh: { name: 'TỜ TRÌNH', symbol: 'TTr' },
  ke_hoach: { name: 'KẾ HOẠCH', symbol: 'KH' },
} as const;
export type DocumentType = keyof typeof documentTypes;

/**
 * Quyền hạn của người ký (Phụ lục I, II.7.b): TM. for a collective; KT. (a deputy for the head), Q. (acting head),
 * TL. (by order), TUQ. (by delegation) before the head's title; '' when the head signs in person.
 */
export const signingModes = ['', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type SigningMode = (typeof signingModes)[number];

/** Who a document speaks for. */
export type IssuingAuthority =
  /** A collective (ỦY BAN NHÂN DÂN, CỤM THI ĐUA SỐ 1): signed "TM. <name>", then the head's title. */
  | { kind: 'collective'; name: string; headTitle: string }
  /** A head in person (CHỦ TỊCH): the title alone, or KT./Q./TL./TUQ. before it. */
  | { kind: 'head'; headTitle: string };

/** The lines of the signature block, in capitals, and the signer's name (II.7.đ). */
export interface SignatureBlock {
  lines: string[];
  name: string;
  /** A note under the title, in italics ("(Chủ tịch UBND xã Long Hưng)"): the signer's post where it is not obvious. */
  post?: string;
}

const caps = (text: string) => text.trim().toLocaleUpperCase('vi');

/**
 * The signature block of a document issued by `authority`, signed by someone holding `signerTitle` in `mode`.
 * @example signatureBlock({kind:'collective', name:'Ủy ban nhân dân', headTitle:'Chủ tịch'}, '', 'Chủ tịch', 'Nguyễn Việt Phú').lines → ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']
 * @example signatureBlock({kind:'head', headTitle:'Chủ tịch'}, 'KT', 'Phó Chủ tịch', 'Lê B').lines → ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
 */
export function signatureBlock(
  authority: IssuingAuthority,
  mode: SigningMode,
  signerTitle: string,
  name: string,
): SignatureBlock {
  const head = caps(authority.headTitle);
  const own = caps(signerTitle) || head;
  const headLines = mode === '' ? [head] : mode === 'Q' ? [`Q. ${head}`] : [`${mode}. ${head}`, own];
  const lines = authority.kind === 'collective' ? [`TM. ${caps(authority.name)}`, ...headLines] : headLines;
  return { lines, name: name.trim() || '…' };
}

/** A title block: the type ("BÁO CÁO"), the trích yếu under it, and the rule under the trích yếu (II.5.b). */
export interface TitleBlock {
  type: string;
  subject: string;
  /** A line after the rule: the authority issuing a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ"). */
  authorityLine?: string;
}

/** An annex heading (Phụ lục I, III.1.b–c; Mẫu 2.1 of Phụ lục III): "Phụ lục I", its title, the reference. */
export interface AnnexHeading {
  /** "Phụ lục" alone when the document has one annex; numbered in Roman numerals from two (III.1.a). */
  label: string;
  title: string;
  /** "(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân huyện Mỹ Tú)". */
  reference: string;
}

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** @example romanNumeral(3) === 'III' */
export function romanNumeral(n: number): string {
  return roman[n - 1] ?? String(n);
}

/** What an attached part refers to: "Báo cáo số 45/BC-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân huyện …". */
export interface AttachedTo {
  /** "Báo cáo", "Quyết định", "Tờ trình". */
  typeName: string;
  /** The full number with its symbol ("45/BC-UBND"), or blank while unregistered. */
  number: string;
  isoDate: string | null;
  /** The issuer as it reads in a sentence ("Ủy ban nhân dân huyện Mỹ Tú", "Chủ tịch Ủy ban nhân dân huyện Mỹ Tú"). */
  issuer: string;
}

/** @example attachedReference({typeName:'Báo cáo', number:'45/BC-UBND', isoDate:'2023-07-05', issuer:'Ủy ban nhân dân huyện Mỹ Tú'}) === '(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 7 năm 2023 của Ủy ban nhân dân huyện Mỹ Tú)' */
export function attachedReference(to: AttachedTo): string {
  const date = to.isoDate ? formatDocumentDate(to.isoDate) : 'ngày … tháng … năm …';
  const issuer = to.issuer.trim() === '' ? '' : ` của ${to.issuer.trim()}`;
  return `(Kèm theo ${to.typeName} số ${to.number.trim() || '…'} ${date}${issuer})`;
}

/** The heading of the `index`-th (1-based) of `count` annexes. */
export function annexHeading(index: number, count: number, title: string, to: AttachedTo): AnnexHeading {
  return {
    label: count > 1 ? `Phụ lục ${romanNumeral(index)}` : 'Phụ lục',
    title: caps(title),
    reference: attachedReference(to),
  };
}

/** The number line's full symbol for a document type and issuer code: `documentSymbol('bao_cao', 'UBND') === 'BC-UBND'`. */
export function documentSymbol(type: DocumentType, issuerCode: string): string {
  return `${documentTypes[type].symbol}-${issuerCode.trim() || '…'}`;
}

/**
 * How the issuing body names itself in running text, from the settings, else from the printed name: "ỦY BAN NHÂN DÂN
 * HUYỆN MỸ TÚ" → "Ủy ban nhân dân huyện Mỹ Tú" (place names after the administrative level keep their capitals).
 */
export function issuerInSentence(issuerName: string, issuingBody: string): string {
  if (issuerName.trim() !== '') return issuerName.trim();
  const words = issuingBody.trim().toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const levels = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'trấn', 'thành', 'phố']);
  let inPlace = false;
  return words
    .map((word, i) => {
      if (i === 0) return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
      if (!inPlace && levels.has(word)) {
        // "thành phố", "thị trấn", "thị xã": the place starts after the whole level.
        const next = words[i + 1];
        if (next && levels.has(next)) return word;
        if (word === 'thị' && next === 'xã') return word;
        inPlace = true;
        return word;
      }
      if (inPlace || word.startsWith('(')) return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
      return word;
    })
    .join(' ')
    .replace(/\(([^)]*)\)/g, (m) => m.toLocaleLowerCase('vi'));
}

/**
 * A parent body's name as its line prints it (Phụ lục I, II.2.b: "được viết tắt những cụm từ thông dụng"), so it
 * fits its column on one line: "ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)" → "UBND HUYỆN MỸ TÚ".
 */
export function abbreviatedBody(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/ỦY BAN NHÂN DÂN/giu, 'UBND')
    .replace(/HỘI ĐỒNG NHÂN DÂN/giu, 'HĐND')
    .trim();
}
