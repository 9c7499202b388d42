import { splitSentences } from './clauses';
import { isoDate } from './dates';
import { capitalizeFirst, isUpperCaseLine, lowerVietnamese, trimChars } from './normalize';
import { readMarker } from './outline';
import { parsePhases } from './phases';
import type { PlanHeader, SourceLine } from './types';

const localLevel = String.raw`(?:huyện|xã|phường|thị trấn|thị xã|quận|tỉnh|thành phố|đặc khu)`;
const properName = String.raw`(?:\s+\p{Lu}[\p{L}]*)*`;
// How far into a plan its header can be: the letterhead, the title and the opening sentence.
const headerReach = 60;

const motto = /CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc|-{3,}|_{3,}/giu;
const numberPattern = /(?:^|[\s(])Số\s*:?\s*(\d*)\s*\/\s*(\p{Lu}[\p{Lu}\d]*(?:\s*-\s*[\p{Lu}\d]+)*)/u;
const proseNumber = /(?:Kế hoạch|KH)\s+số\s*:?\s*(\d+)\s*\/\s*(\p{Lu}[\p{Lu}\d]*(?:\s*-\s*[\p{Lu}\d]+)*)/u;
// A plan cites the plans above it ("Căn cứ Kế hoạch số …", "Thực hiện …"); a news report names the plan itself with
// "Theo Kế hoạch số …", so "Theo" does not make a citation.
const citing = /^(?:[-–+•]\s*)?(?:Căn cứ|Thực hiện|Triển khai|Tiếp tục|Trên cơ sở)\s/iu;

function symbolOf(raw: string): string {
  return raw.replace(/\s*-\s*/g, '-').replace(/\s+/g, '');
}

function readNumber(
  units: readonly SourceLine[],
  paragraphs: readonly SourceLine[],
): { number: string | null; symbol: string | null } {
  for (const { text } of units.slice(0, headerReach)) {
    const match = numberPattern.exec(text);
    if (!match || citing.test(text)) continue;
    const symbol = symbolOf(match[2] ?? '');
    const digits = match[1] ?? '';
    // "Số: /KH-UBND" is a draft whose number the clerk fills in at issue time.
    return { number: digits === '' ? null : `${digits}/${symbol}`, symbol };
  }
  // A news report or a plan without its header table: "UBND xã … ban hành Kế hoạch số 15/KH-UBND về …".
  for (const { text } of paragraphs.slice(0, headerReach)) {
    for (const sentence of splitSentences(text)) {
      // "(Kèm theo Kế hoạch số 14/KH-UBND ngày 15/01/2026 …)": an annex names the plan it belongs to.
      const annex = /^\(?\s*Kèm theo\s/iu.test(sentence.text);
      if (!annex && (citing.test(sentence.text) || !/ban hành|phát động|thi đua/iu.test(sentence.text))) continue;
      const match = proseNumber.exec(sentence.text);
      if (match) {
        const symbol = symbolOf(match[2] ?? '');
        return { number: `${match[1] ?? ''}/${symbol}`, symbol };
      }
    }
  }
  return { number: null, symbol: null };
}

interface WrittenDate {
  date: string | null;
  year: number | null;
}

const spelledDate = /^ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu;
const numericDate = /^(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/iu;

/** "ngày 10 tháng 01 năm 2024", "ngày 10/01/2024", "10-1-2024"; a blank day or month gives the year only. */
function readDateAt(text: string): WrittenDate | null {
  const head = text.slice(0, 60);
  const match = spelledDate.exec(head) ?? numericDate.exec(head);
  if (!match) return null;
  const year = Number(match[3]);
  const date = match[1] && match[2] ? isoDate(year, Number(match[2]), Number(match[1])) : null;
  return { date, year };
}

/** The place before ", ngày": the last run of capitalised words ("Tân Hòa", "TP. Hồ Chí Minh"). */
function placeBefore(prefix: string): string | null {
  const words = prefix.trim().split(/\s+/u);
  const place: string[] = [];
  for (let i = words.length - 1; i >= 0 && place.length < 6; i -= 1) {
    const word = words[i] ?? '';
    if (!/^(?:\p{Lu}[\p{Ll}.']*|TP\.|Tp\.)$/u.test(word)) break;
    place.unshift(word);
  }
  if (place.length === 0) {
    // A place in capitals ("TÂN HÒA, ngày …") after the letterhead's capitals: only the words after the last marker.
    for (let i = words.length - 1; i >= 0 && place.length < 4; i -= 1) {
      const word = words[i] ?? '';
      if (!/^\p{Lu}+$/u.test(word) || /^(?:NAM|PHÚC|UBND|KH)$/u.test(word)) break;
      place.unshift(word);
    }
  }
  const text = place.join(' ');
  return text === '' ? null : text;
}

function readPlaceAndDate(
  units: readonly SourceLine[],
  paragraphs: readonly SourceLine[],
): { place: string | null } & WrittenDate {
  for (const { text } of units.slice(0, headerReach)) {
    if (citing.test(text)) continue;
    for (const match of text.matchAll(/,\s*(?=(?:ngày\s*)?\d{0,2}\s*(?:tháng|[/.-]))/giu)) {
      const at = match.index ?? 0;
      const written = readDateAt(text.slice(at + match[0].length));
      if (!written) continue;
      const prefix = text.slice(Math.max(0, at - 80), at);
      return { place: placeBefore(prefix.replace(motto, ' ')), ...written };
    }
  }
  // A plan quoted in prose: "Kế hoạch số 15/KH-UBND ngày 10/01/2024", "Ngày 10/1/2024, UBND xã … ban hành …".
  for (const { text } of paragraphs.slice(0, headerReach)) {
    for (const sentence of splitSentences(text)) {
      const annex = /^\(?\s*Kèm theo\s/iu.test(sentence.text);
      if (!annex && (citing.test(sentence.text) || !/ban hành|phát động/iu.test(sentence.text))) continue;
      const found = /(?:^|\s)(ngày\s*\d{1,2}.{0,40})/iu.exec(sentence.text);
      const written = found ? readDateAt(found[1] ?? '') : null;
      if (written?.date) return { place: null, ...written };
    }
  }
  return { place: null, date: null, year: null };
}

const titleWord = /^(?:KẾ HOẠCH|KẾ HOẠCH LIÊN TỊCH|CHƯƠNG TRÌNH)(?:\s|$)/u;
const notTitle = /^(?:Căn cứ|Thực hiện|Nhằm|Để|Số\s*:|Trên cơ sở)/iu;

function readTitle(units: readonly SourceLine[]): string | null {
  const head = units.slice(0, headerReach);
  const index = head.findIndex((unit) => titleWord.test(unit.text));
  if (index !== -1) {
    const sameLine = trimChars((head[index]?.text ?? '').replace(titleWord, ''), ' :-–');
    if (sameLine) return sameLine;
    const parts: string[] = [];
    for (const unit of head.slice(index + 1, index + 4)) {
      if (notTitle.test(unit.text) || unit.text.split(/\s+/u).length > 40) break;
      parts.push(unit.text);
      if (/năm\s+\d{4}|[.;:]$/u.test(unit.text)) break;
    }
    return parts.length === 0 ? null : trimChars(parts.join(' '), ' .');
  }
  // A news report: its headline says what was launched.
  const headline = head
    .slice(0, 6)
    .find((unit) => /phát động|thi đua/iu.test(unit.text) && unit.text.split(/\s+/u).length <= 40);
  return headline ? trimChars(headline.text, ' .') : null;
}

function readTheme(units: readonly SourceLine[]): string | null {
  for (const { text } of units.slice(0, headerReach)) {
    const match = /chủ đề\s*(?:là\s*)?:?\s*[“"]([^”"]{3,600})[”"]/iu.exec(text);
    if (match) return match[1]?.trim() ?? null;
  }
  return null;
}

function firstLegalSentence(text: string): string {
  const sentence = splitSentences(text)[0]?.text ?? text;
  const semicolon = sentence.indexOf(';');
  return trimChars(semicolon === -1 ? sentence : sentence.slice(0, semicolon), ' .;,');
}

function readLegalBases(units: readonly SourceLine[]): string[] {
  const bases: string[] = [];
  for (const { text } of units.slice(0, headerReach)) {
    const rest = readMarker(text).rest;
    // Several bases may share one paragraph: "Căn cứ …; Căn cứ …".
    for (const piece of rest.split(/(?=Căn cứ\s)/u)) {
      if (/^Căn cứ\s/u.test(piece) || /^Thực hiện\s+(?:\S+\s+){0,3}số\s+\d/iu.test(piece)) {
        const basis = firstLegalSentence(piece);
        if (basis.length > 12 && !/^Căn cứ (?:Kế hoạch này|vào Kế hoạch này|nội dung)/iu.test(basis)) bases.push(basis);
      }
    }
    if (bases.length >= 40) break;
  }
  return bases;
}

const bodyStart =
  /^(?:ỦY BAN|UỶ BAN|UBND|PHÒNG|SỞ|BAN|HỘI ĐỒNG|VĂN PHÒNG|TRƯỜNG|CÔNG AN|ĐẢNG ỦY|ĐẢNG UỶ|TRUNG TÂM|BỆNH VIỆN|CHI CỤC|CỤC|BỘ|BAN CHỈ HUY|HUYỆN ĐOÀN|TỈNH ĐOÀN|MẶT TRẬN|HỘI)(?![\p{L}])/u;

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
  // A school or a hospital is named by a proper name: each word of it keeps its capital ("Trường THPT Long Xuyên").
  const named = /^(trường|bệnh viện|trung tâm y tế)\s+(.+)$/u.exec(lower);
  const kind = /^(ủy ban nhân dân|uỷ ban nhân dân|văn phòng|hội đồng|phòng|sở|ban)\s+(\S+)(.*)$/u.exec(lower);
  const written = named
    ? `${named[1]} ${(named[2] ?? '').split(' ').map(capitalizeFirst).join(' ')}`
    : kind
      ? `${kind[1]} ${capitalizeFirst(kind[2] ?? '')}${kind[3] ?? ''}`
      : lower;
  // An acronym ("THPT", "HĐND") keeps its capitals: a word of capitals without a vowel.
  const words = text.split(/\s+/u);
  return capitalizeFirst(
    written
      .split(' ')
      .map((word, index) =>
        words[index] !== undefined &&
        !/[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u.test(words[index]!)
          ? words[index]!
          : word,
      )
      .join(' '),
  );
}

function readIssuer(units: readonly SourceLine[], allText: string): string | null {
  // The left column of the header table: parent and issuing bodies in capitals, split over lines.
  const capitals: string[] = [];
  for (const { text } of units.slice(0, 12)) {
    const own = trimChars(
      text
        .replace(motto, ' ')
        .replace(/Số\s*:.*$/u, '')
        .replace(/\s{2,}/g, ' '),
      ' ',
    );
    if (own !== '' && isUpperCaseLine(own) && !titleWord.test(own)) capitals.push(own);
    if (/^(?:Số\s*:|KẾ HOẠCH\b)/u.test(text) || /ngày\s.*tháng/iu.test(text)) break;
  }
  // "UBND HUYỆN KẾ SÁCH / PHÒNG NỘI VỤ": the parent body comes first, the issuing body last.
  const issuing = capitals.findLastIndex((text) => bodyStart.test(text));
  if (issuing !== -1) return issuerFromCapitals(capitals.slice(issuing).join(' ').slice(0, 200));

  // Plans converted without their header table name the issuer in the opening sentence.
  const opening = units
    .slice(0, headerReach)
    .map((unit) => unit.text)
    .join(' ')
    .slice(0, 20_000);
  const body = new RegExp(
    String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(${localLevel})(${properName})\s+(?:đã\s+)?(?:ban hành|xây dựng|phát động|tổ chức)`,
    'u',
  ).exec(opening);
  if (!body) return null;
  const level = body[1] ?? '';
  let name = (body[2] ?? '').trim();
  if (!name) {
    // "Ủy ban nhân dân huyện phát động…": the district's name is given elsewhere ("huyện Mỹ Tú").
    const named = new RegExp(String.raw`${level}((?:\s+\p{Lu}[\p{L}]*)+)`, 'u').exec(allText.slice(0, 50_000));
    name = named?.[1]?.trim() ?? '';
  }
  return `Ủy ban nhân dân ${level}${name ? ` ${name}` : ''}`;
}

function readSignature(lines: readonly SourceLine[]): { signer: string | null; signerCapacity: string[] } {
  const recipients = lines.findIndex((line) => /^Nơi nhận\s*:?/iu.test(line.text));
  const tail = (recipients === -1 ? lines.slice(-15) : lines.slice(recipients + 1, recipients + 40)).filter(
    (line) => line.text,
  );
  const personName = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
  const cells = tail.flatMap((line) =>
    line.text
      .slice(0, 2000)
      .split(' | ')
      .map((text) => ({ line: line.line, text: text.trim() })),
  );
  const signerLine = [...cells].reverse().find((cell) => personName.test(cell.text));
  const signerCapacity = cells
    .filter((cell) => !/^[-–+]/u.test(cell.text) && isUpperCaseLine(cell.text) && cell !== signerLine)
    .map((cell) => cell.text);
  return { signer: signerLine?.text ?? null, signerCapacity };
}

function yearsIn(text: string | null): number[] {
  return [...(text ?? '').matchAll(/năm\s+(\d{4})(?!\s*[-–]\s*\d)/giu)].map((match) => Number(match[1]));
}

/**
 * Reads the header of a plan: number and symbol, place and date (every common form), issuer, title, theme, year,
 * phases, signer and legal bases, from the letterhead or, without one, from the opening prose. Anything the text
 * does not state is null (or empty) rather than guessed. The year comes from the title first, then the date.
 * @example readHeader({ units: [{ line: 1, text: 'Số: 21/KH-UBND' }], paragraphs: [], preamble: [], lines: [] }).number === '21/KH-UBND'
 */
export function readHeader(input: {
  /** Lines and table cells in reading order: the letterhead's pieces stay apart. */
  units: readonly SourceLine[];
  /** Paragraphs with their continuation lines joined: sentences stay whole. */
  paragraphs: readonly SourceLine[];
  /** The paragraphs before the first section: where the legal bases are. */
  preamble: readonly SourceLine[];
  lines: readonly SourceLine[];
}): PlanHeader {
  const { units, paragraphs, preamble, lines } = input;
  // The issuer's name may be given further down ("huyện Mỹ Tú"): the first few thousand lines are enough.
  const allText = lines
    .slice(0, 5000)
    .map((line) => line.text)
    .join('\n');
  const { number, symbol } = readNumber(units, paragraphs);
  const { place, date, year: dateYear } = readPlaceAndDate(units, paragraphs);
  const title = readTitle(units);
  const theme = readTheme(paragraphs);
  const year = yearsIn(title).at(-1) ?? dateYear ?? yearsIn(theme).at(-1) ?? null;
  return {
    number,
    symbol,
    date,
    place,
    issuer: readIssuer(units, allText),
    title,
    theme,
    year,
    phases: parsePhases(lines, year),
    ...readSignature(lines),
    legalBases: readLegalBases(preamble),
  };
}
