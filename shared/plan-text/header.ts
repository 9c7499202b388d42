import { isoDate } from './dates';
import { capitalizeFirst, isUpperCaseLine, lowerVietnamese, stripListMarker } from './normalize';
import { parsePhases } from './phases';
import type { PlanHeader, SourceLine } from './types';

const localLevel = String.raw`(?:huyện|xã|phường|thị trấn|thị xã|quận|tỉnh|thành phố)`;
const properName = String.raw`(?:\s+\p{Lu}[\p{L}]*)*`;

/** The lines before the first Roman-numbered section: number, date, title, theme and legal bases live there. */
export function preambleOf(lines: readonly SourceLine[]): SourceLine[] {
  const first = lines.findIndex((line) => /^[IVX]+\.\s+\S/.test(line.text) && isUpperCaseLine(line.text));
  return first === -1 ? lines.slice(0, 40) : lines.slice(0, first);
}

function parseNumber(preamble: readonly SourceLine[]): { number: string | null; symbol: string | null } {
  for (const { text } of preamble) {
    const match = /^Số\s*:?\s*(\d*)\s*\/\s*([\p{L}\d][\p{L}\d\s-]*?)\s*$/u.exec(text);
    if (!match) continue;
    const symbol = (match[2] ?? '').replace(/\s*-\s*/g, '-').replace(/\s+/g, '');
    const digits = match[1] ?? '';
    // "Số: /KH-UBND" is a draft whose number the clerk fills in at issue time.
    return { number: digits === '' ? null : `${digits}/${symbol}`, symbol };
  }
  return { number: null, symbol: null };
}

function parsePlaceAndDate(preamble: readonly SourceLine[]): {
  place: string | null;
  date: string | null;
  year: number | null;
} {
  for (const { text } of preamble) {
    const match = /^([^,\d]{2,60}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu.exec(text);
    if (!match) continue;
    const year = Number(match[4]);
    const date = match[2] && match[3] ? isoDate(year, Number(match[3]), Number(match[2])) : null;
    return { place: (match[1] ?? '').trim() || null, date, year };
  }
  return { place: null, date: null, year: null };
}

function parseTitle(preamble: readonly SourceLine[]): string | null {
  const index = preamble.findIndex((line) => /^KẾ HOẠCH\b/u.test(line.text));
  if (index === -1) return null;
  const sameLine = (preamble[index]?.text ?? '').replace(/^KẾ HOẠCH\s*/u, '').trim();
  if (sameLine) return sameLine;
  const next = preamble.slice(index + 1).find((line) => line.text !== '');
  if (!next || /^(Căn cứ|Thực hiện|Nhằm)\s/iu.test(next.text)) return null;
  return next.text;
}

function parseTheme(preamble: readonly SourceLine[]): string | null {
  const text = preamble.map((line) => line.text).join(' ');
  const match = /chủ đề\s*:?\s*[“"]([^”"]+)[”"]/iu.exec(text);
  return match?.[1]?.trim() ?? null;
}

/** Cuts a legal basis at the end of its first sentence: the rest of the paragraph is the plan's own text. */
function firstSentence(text: string): string {
  const end = /;|\.(?=\s+\p{Lu})|\.?$/u.exec(text);
  return text.slice(0, end?.index ?? text.length).trim();
}

function parseLegalBases(preamble: readonly SourceLine[]): string[] {
  return preamble
    .map((line) => stripListMarker(line.text).rest)
    .filter((text) => /^Căn cứ\s/iu.test(text) || /^Thực hiện\s+(?:\S+\s+){0,3}số\s+\d/iu.test(text))
    .map(firstSentence);
}

const bodyStart = /^(?:ỦY BAN|UỶ BAN|UBND|PHÒNG|SỞ|BAN|HỘI ĐỒNG|VĂN PHÒNG|TRƯỜNG|CÔNG AN|ĐẢNG ỦY|ĐẢNG UỶ)(?![\p{L}])/u;

/**
 * "ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ" → "Ủy ban nhân dân huyện Mỹ Tú" (the locality keeps its capitals);
 * "PHÒNG NỘI VỤ" → "Phòng Nội vụ" (the word after the kind of body is capitalised, as usage has it).
 */
function issuerFromCapitals(text: string): string {
  const lower = lowerVietnamese(text.replace(/^UBND(?![\p{L}])/u, 'ỦY BAN NHÂN DÂN'));
  const level = new RegExp(String.raw`(${localLevel})\s+(.+)$`, 'u').exec(lower);
  if (level && level.index !== undefined) {
    const name = (level[2] ?? '').split(' ').map(capitalizeFirst).join(' ');
    return capitalizeFirst(`${lower.slice(0, level.index)}${level[1]} ${name}`);
  }
  const kind = /^(ủy ban nhân dân|uỷ ban nhân dân|văn phòng|hội đồng|phòng|sở|ban)\s+(\S+)(.*)$/u.exec(lower);
  if (!kind) return capitalizeFirst(lower);
  return capitalizeFirst(`${kind[1]} ${capitalizeFirst(kind[2] ?? '')}${kind[3] ?? ''}`);
}

function parseIssuer(preamble: readonly SourceLine[], allText: string): string | null {
  // The left column of the header table: parent and issuing bodies in capitals, split over lines.
  const headerLines: string[] = [];
  for (const { text } of preamble) {
    if (/^(Số\s*:|KẾ HOẠCH\b)/u.test(text) || /ngày\s.*tháng/iu.test(text)) break;
    const ownText = text
      .replace(/CỘNG (?:HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM/u, '')
      .replace(/Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/iu, '')
      .trim();
    if (ownText && isUpperCaseLine(ownText)) headerLines.push(ownText);
  }
  // "UBND HUYỆN KẾ SÁCH / PHÒNG NỘI VỤ": the parent body comes first, the issuing body last.
  const issuingLine = headerLines.findLastIndex((text) => bodyStart.test(text));
  if (issuingLine !== -1) return issuerFromCapitals(headerLines.slice(issuingLine).join(' '));

  // Plans converted without their header table name the issuer in the opening sentence.
  const preambleText = preamble.map((line) => line.text).join(' ');
  const body = new RegExp(
    String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(${localLevel})(${properName})\s+(?:ban hành|xây dựng|phát động)`,
    'u',
  ).exec(preambleText);
  if (!body) return null;
  const level = body[1] ?? '';
  let name = (body[2] ?? '').trim();
  if (!name) {
    // "Ủy ban nhân dân huyện phát động…": the district's name is given elsewhere ("huyện Mỹ Tú").
    const named = new RegExp(String.raw`${level}((?:\s+\p{Lu}[\p{L}]*)+)`, 'u').exec(allText);
    name = named?.[1]?.trim() ?? '';
  }
  return `Ủy ban nhân dân ${level}${name ? ` ${name}` : ''}`;
}

function parseSignature(lines: readonly SourceLine[]): { signer: string | null; signerCapacity: string[] } {
  const recipients = lines.findIndex((line) => /^Nơi nhận\s*:?/iu.test(line.text));
  const tail = (recipients === -1 ? lines.slice(-15) : lines.slice(recipients + 1)).filter((line) => line.text);
  const personName = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
  const signerLine = [...tail].reverse().find((line) => personName.test(line.text));
  const signerCapacity = tail
    .filter((line) => !line.text.startsWith('-') && isUpperCaseLine(line.text) && line !== signerLine)
    .map((line) => line.text);
  return { signer: signerLine?.text ?? null, signerCapacity };
}

/**
 * Reads the header of a plan: number, place and date, issuer, title, theme, year, phases, signer
 * and legal bases. Anything the text does not state is null (or empty) rather than guessed.
 * @example parseHeader(normalizePlanText('Số: 21/KH-UBND')).number === '21/KH-UBND'
 */
export function parseHeader(lines: readonly SourceLine[]): PlanHeader {
  const preamble = preambleOf(lines);
  const allText = lines.map((line) => line.text).join('\n');
  const { number, symbol } = parseNumber(preamble);
  const { place, date, year: dateYear } = parsePlaceAndDate(preamble);
  const title = parseTitle(preamble);
  const theme = parseTheme(preamble);
  const titleYears = [...(title ?? '').matchAll(/năm\s+(\d{4})/giu)].map((match) => Number(match[1]));
  const themeYear = /năm\s+(\d{4})/iu.exec(theme ?? '')?.[1];
  const year = titleYears.at(-1) ?? dateYear ?? (themeYear === undefined ? null : Number(themeYear));
  return {
    number,
    symbol,
    date,
    place,
    issuer: parseIssuer(preamble, allText),
    title,
    theme,
    year,
    phases: parsePhases(lines, year),
    ...parseSignature(lines),
    legalBases: parseLegalBases(preamble),
  };
}
