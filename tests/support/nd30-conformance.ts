import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Nghị định 30/2020/NĐ-CP conformance check every printed document must pass, as it comes out of the app (a PDF
 * from Chromium, or a .docx converted by LibreOffice, the stand-in for Word here). It reads the file the way a clerk
 * looks at paper: poppler's text boxes for positions, its font list, and pixels for rules (lines are not text).
 *
 * The rules, from the decree itself (Phụ lục I, Phần I; Phụ lục III), and how each is measured:
 * - I.1–2 khổ A4, portrait (landscape only for wide tables): `pdfinfo` page sizes (595 × 842 pt ± 1).
 * - I.3 lề trên/dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm: from `pdftotext -bbox` word boxes; no text inside a
 *   margin on any page, and the first page of each part fills the text area (text starts within the upper bound).
 * - I.4 Times New Roman: `pdffonts` lists only Times-metric serif faces (Liberation Serif stands in for it), embedded.
 * - I.7 số trang: Arabic numeral, centred, in the top margin, not on the first page; III.1.đ each annex (Phụ lục,
 *   or a list "Kèm theo" a decision or Tờ trình) is numbered on its own. A part starts on a page whose upper half has
 *   a line beginning "(Kèm theo".
 * - II.1.b tiêu ngữ with a rule as long as its line; II.2.b cơ quan ban hành with a rule 1/3–1/2 of its line, centred;
 *   II.5.b trích yếu with a rule 1/3–1/2 of its line, centred.
 * - II.7 quyền hạn, chức vụ người ký: "TM." before a collective's name; "KT.", "Q.", "TL.", "TUQ." or nothing before
 *   a head's title; a decision of another authority recorded as received carries neither our letterhead nor a
 *   signature.
 * - Phụ lục III, I (bảng chữ viết tắt): the symbol in "Số: …/BC-UBND" is the abbreviation of the document's type.
 * - Signable as it comes out: the signature block shares its page with the last lines of the text, and no word is
 *   broken inside a table cell (each token stays whole on one line of `pdftotext -layout`).
 *
 * Rules and borders are drawn, not written, so they are found in pixels: the page is rendered by `pdftoppm -gray` at
 * 150 dpi (1 px = 0,17 mm); a rule is a run of dark pixels at least 5 mm long and at most 3 px thick with light rows
 * just above and below it (a letter's bar or a dash is shorter; a table border has text or another border beside
 * it, and tables never sit in the header or title block). Each rule is then matched to the text line right above
 * it, and its length and centre compared with that line's.
 */

const mm = (millimetres: number) => (millimetres * 72) / 25.4;
const a4 = { short: 595.28, long: 841.89 };
const dpi = 150;
const pxToPt = 72 / dpi;

/** Phụ lục III, I: tên loại văn bản hành chính → chữ viết tắt. */
export const documentTypeSymbols: Readonly<Record<string, string>> = {
  'NGHỊ QUYẾT': 'NQ',
  'QUYẾT ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'QUY CHẾ': 'QC',
  'QUY ĐỊNH': 'QyĐ',
  'THÔNG CÁO': 'TC',
  'THÔNG BÁO': 'TB',
  'HƯỚNG DẪN': 'HD',
  'CHƯƠNG TRÌNH': 'CTr',
  'KẾ HOẠCH': 'KH',
  'PHƯƠNG ÁN': 'PA',
  'ĐỀ ÁN': 'ĐA',
  'DỰ ÁN': 'DA',
  'BÁO CÁO': 'BC',
  'BIÊN BẢN': 'BB',
  'TỜ TRÌNH': 'TTr',
  'HỢP ĐỒNG': 'HĐ',
  'CÔNG ĐIỆN': 'CĐ',
  'GIẤY MỜI': 'GM',
  'GIẤY GIỚI THIỆU': 'GGT',
  'PHIẾU GỬI': 'PG',
  'PHIẾU CHUYỂN': 'PC',
  'PHIẾU BÁO': 'PB',
};

/** Who a document speaks for, which decides the first line of its signature block (II.7.b). */
export type DocumentAuthority =
  /** A collective (ỦY BAN NHÂN DÂN, HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG, CỤM THI ĐUA SỐ 1): "TM. <name>". */
  | { kind: 'collective'; name: string }
  /** The head in person (CHỦ TỊCH, CHỦ TỌA): the title, or KT./Q./TL./TUQ. before it, never TM. */
  | { kind: 'head'; title: string }
  /** Another authority's document recorded as received: no letterhead of ours, no signature. */
  | { kind: 'received'; ownIssuingBody: string }
  /** A register printed for reading (the audit log): no signature to check. */
  | { kind: 'none' };

export interface DocumentSpec {
  /** Orientation of each part: the document, then each annex in order. */
  parts: ReadonlyArray<'portrait' | 'landscape'>;
  /** The document type printed in the title block ("BÁO CÁO"), or null for a part without one. */
  type: string | null;
  /** The title block has a trích yếu, which needs its rule. */
  subject: boolean;
  /** The letterhead (two-column header) is printed: tiêu ngữ and cơ quan ban hành rules are checked. */
  letterhead: boolean;
  /** The parent body's line above the issuing body, not underlined: "UBND TỈNH SÓC TRĂNG". */
  parentBody?: string;
  authority: DocumentAuthority;
  /** The signer's name, printed under the signature space; absent for a received document. */
  signerName?: string;
  /** Words that must stay whole on one line: column heads, status words, formatted figures. */
  tokens: readonly string[];
}

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Line {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
}

const run = (tool: string, args: readonly string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function readPages(pdf: string): Page[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [
      ...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({ x0: +w[1]!, y0: +w[2]!, x1: +w[3]!, y1: +w[4]!, text: decode(w[5]!) })),
  }));
}

/** Words on one baseline, split where the gap between two words is wider than 6 mm (another column). */
function linesOf(words: readonly Word[]): Line[] {
  const sorted = [...words].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
  const rows: Word[][] = [];
  for (const word of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y1 - word.y1) < 1.5);
    if (row) row.push(word);
    else rows.push([word]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let current: Word[] = [];
    const flush = () => {
      if (current.length === 0) return;
      lines.push({
        x0: current[0]!.x0,
        x1: current[current.length - 1]!.x1,
        y0: Math.min(...current.map((w) => w.y0)),
        y1: Math.max(...current.map((w) => w.y1)),
        text: current.map((w) => w.text).join(' '),
      });
      current = [];
    };
    for (const word of row) {
      if (current.length > 0 && word.x0 - current[current.length - 1]!.x1 > mm(6)) flush();
      current.push(word);
    }
    flush();
  }
  return lines.sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0);
}

interface Rule {
  /** In points, like the text boxes. */
  x0: number;
  x1: number;
  y: number;
}

interface Gray {
  width: number;
  height: number;
  dark(x: number, y: number): boolean;
}

/** One page rendered in grey at 150 dpi; dark = below 150 of 255. */
function renderGray(pdf: string, pageNumber: number, dir: string): Gray {
  const base = join(dir, `p${pageNumber}`);
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(pageNumber),
    '-l',
    String(pageNumber),
    '-singlefile',
    pdf,
    base,
  ]);
  const bytes = readFileSync(`${base}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = bytes.subarray(header[0].length);
  const dark = (x: number, y: number) => y >= 0 && y < height && x >= 0 && x < width && pixels[y * width + x]! < 150;
  return { width, height, dark };
}

/**
 * The ink's extent on a page below the top margin (text, rules and table borders alike), in points: a table's
 * border marks the edge of the text area even where its cells' text stops short of it.
 */
function inkBox(img: Gray): { x0: number; x1: number } {
  let x0 = img.width;
  let x1 = -1;
  const top = Math.ceil((mm(20) / 72) * dpi);
  for (let y = top; y < img.height; y += 2) {
    for (let x = 0; x < img.width; x++) {
      if (img.dark(x, y)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
    }
  }
  return { x0: x0 * pxToPt, x1: (x1 + 1) * pxToPt };
}

/** Horizontal rules of one page (see the module comment). */
function findRules(img: Gray): Rule[] {
  const { width, height, dark } = img;
  const minLength = Math.round((mm(5) / 72) * dpi);
  const found: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const on = x < width && dark(x, y);
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= minLength) found.push({ x0: start, x1: x - 1, y0: y, y1: y });
        start = -1;
      }
    }
  }
  // Merge the rows of one thick line, then keep only lines with light rows just above and below.
  const merged: typeof found = [];
  for (const r of found) {
    const prev = merged.find((m) => r.y0 - m.y1 <= 1 && Math.abs(r.x0 - m.x0) <= 2 && Math.abs(r.x1 - m.x1) <= 2);
    if (prev) prev.y1 = r.y0;
    else merged.push({ ...r });
  }
  const lightShare = (y: number, x0: number, x1: number) => {
    let light = 0;
    for (let x = x0; x <= x1; x++) if (!dark(x, y)) light += 1;
    return light / (x1 - x0 + 1);
  };
  return merged
    .filter((r) => r.y1 - r.y0 <= 3 && lightShare(r.y0 - 3, r.x0, r.x1) > 0.9 && lightShare(r.y1 + 3, r.x0, r.x1) > 0.9)
    .map((r) => ({ x0: r.x0 * pxToPt, x1: (r.x1 + 1) * pxToPt, y: ((r.y0 + r.y1) / 2) * pxToPt }));
}

/** The text line a rule underlines: the nearest line above it (within 8 mm) that overlaps it horizontally. */
function lineAbove(rule: Rule, lines: readonly Line[]): Line | undefined {
  return lines
    .filter((l) => l.y1 <= rule.y + 1 && rule.y - l.y1 < mm(8) && l.x0 < rule.x1 && l.x1 > rule.x0)
    .sort((a, b) => b.y1 - a.y1)[0];
}

/**
 * The block of text a rule closes: the line above it and the lines right above that one (a name or a trích yếu
 * wrapped over several lines), down to `stop`; a rule is measured against its block's widest line.
 */
function blockAbove(rule: Rule, lines: readonly Line[], stop: (line: Line) => boolean): Line | undefined {
  const last = lineAbove(rule, lines);
  if (!last) return undefined;
  const block = [last];
  for (;;) {
    const top = block[block.length - 1]!;
    const next = lines
      // Line boxes of one block may overlap (LibreOffice's leading): "above" is a baseline at least 1 mm higher.
      .filter((l) => l.y1 < top.y1 - mm(1) && top.y0 - l.y1 < mm(2.5) && l.x0 < rule.x1 && l.x1 > rule.x0 && !stop(l))
      .sort((a, b) => b.y1 - a.y1)[0];
    if (!next) break;
    block.push(next);
  }
  return block.reduce((wide, l) => (l.x1 - l.x0 > wide.x1 - wide.x0 ? l : wide));
}

const within = (value: number, low: number, high: number) => value >= low && value <= high;
const fmt = (pt: number) => `${((pt * 25.4) / 72).toFixed(1)} mm`;

/** Every page's parts: index of the part each page belongs to, and its index within that part. */
function partsOf(pages: readonly Page[]): Array<{ part: number; index: number }> {
  let part = 0;
  let index = 0;
  return pages.map((page, i) => {
    const starts =
      i > 0 && linesOf(page.words).some((l) => l.y0 < page.height / 2 && l.text.trimStart().startsWith('(Kèm theo'));
    if (starts) {
      part += 1;
      index = 0;
    } else if (i > 0) index += 1;
    return { part, index };
  });
}

/**
 * Checks a PDF against the spec; returns every failure as a Vietnamese-free technical sentence (empty: conforms).
 * The expectations (type, authority, signer, tokens) come from the test's input, never from the app's output.
 */
export function checkNd30(pdf: string, spec: DocumentSpec): string[] {
  const failures: string[] = [];
  const pages = readPages(pdf);
  const layout = run('pdftotext', ['-layout', pdf, '-']);
  const dir = mkdtempSync(join(tmpdir(), 'nd30-'));
  try {
    const parts = partsOf(pages);
    const partCount = parts[parts.length - 1]!.part + 1;
    if (partCount !== spec.parts.length) failures.push(`parts: found ${partCount}, expected ${spec.parts.length}`);

    pages.forEach((page, i) => {
      const where = `page ${i + 1}`;
      const { part, index } = parts[i]!;
      // A4 and orientation.
      const landscape = page.width > page.height;
      const [w, h] = landscape ? [page.height, page.width] : [page.width, page.height];
      if (Math.abs(w - a4.short) > 1.5 || Math.abs(h - a4.long) > 1.5)
        failures.push(`${where}: not A4 (${page.width} × ${page.height} pt)`);
      const expected = spec.parts[part] ?? 'portrait';
      if ((expected === 'landscape') !== landscape) failures.push(`${where}: ${landscape ? 'landscape' : 'portrait'}`);

      // Page numbers: the words in the top margin.
      const inTopMargin = page.words.filter((wd) => wd.y1 < mm(20));
      const numbers = inTopMargin.filter((wd) => /^\d+$/.test(wd.text));
      if (inTopMargin.length > numbers.length)
        failures.push(`${where}: text other than a page number in the top margin`);
      if (index === 0) {
        if (numbers.length > 0) failures.push(`${where}: first page of part ${part + 1} shows a page number`);
      } else if (numbers.length !== 1 || numbers[0]!.text !== String(index + 1)) {
        failures.push(`${where}: page number "${numbers.map((n) => n.text).join(' ')}" expected "${index + 1}"`);
      } else {
        // Centred across the page or across the text area (Word and Chromium centre it between the margins).
        const centre = (numbers[0]!.x0 + numbers[0]!.x1) / 2;
        const textCentre = (mm(30) + page.width - mm(15)) / 2;
        if (Math.min(Math.abs(centre - page.width / 2), Math.abs(centre - textCentre)) > mm(3))
          failures.push(`${where}: page number not centred`);
      }

      // Margins: nothing inside them (page numbers aside); the first page of a part reaches the text area's edges.
      const body = page.words.filter((wd) => wd.y1 >= mm(20));
      if (body.length === 0) {
        failures.push(`${where}: empty page`);
        return;
      }
      const minX = Math.min(...body.map((wd) => wd.x0));
      const maxX = Math.max(...body.map((wd) => wd.x1));
      const minY = Math.min(...body.map((wd) => wd.y0));
      const maxY = Math.max(...body.map((wd) => wd.y1));
      // Text boxes carry the line's leading: half a millimetre of slack.
      const tol = mm(0.5);
      if (minX < mm(30) - tol) failures.push(`${where}: left margin ${fmt(minX)} < 30 mm`);
      if (page.width - maxX < mm(15) - tol) failures.push(`${where}: right margin ${fmt(page.width - maxX)} < 15 mm`);
      if (minY < mm(20) - tol) failures.push(`${where}: top margin ${fmt(minY)} < 20 mm`);
      if (page.height - maxY < mm(20) - tol)
        failures.push(`${where}: bottom margin ${fmt(page.height - maxY)} < 20 mm`);
      if (index === 0) {
        // The text area is filled across on each part's first page: by justified text, or a table's borders.
        const ink = inkBox(renderGray(pdf, i + 1, dir));
        if (ink.x0 > mm(35) + mm(1)) failures.push(`${where}: left margin ${fmt(ink.x0)} > 35 mm`);
        if (page.width - ink.x1 > mm(20) + mm(1))
          failures.push(`${where}: right margin ${fmt(page.width - ink.x1)} > 20 mm`);
        // The first line's box includes its leading above the glyphs: 3 mm of slack.
        if (minY > mm(25) + mm(3)) failures.push(`${where}: top margin ${fmt(minY)} > 25 mm`);
      }
    });

    // Only the Times-metric serif, embedded.
    const fonts = run('pdffonts', [pdf])
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    if (fonts.length === 0) failures.push('fonts: none');
    for (const font of fonts) {
      const name = font.split(/\s+/)[0]!;
      if (!/\+(LiberationSerif|TimesNewRoman)/.test(name)) failures.push(`fonts: ${name} is not Times New Roman`);
      // Columns end with: emb sub uni object-id generation.
      const columns = font.trim().split(/\s+/);
      if (columns[columns.length - 5] !== 'yes') failures.push(`fonts: ${name} not embedded`);
    }

    checkTitleBlock(pdf, pages, parts, spec, dir, failures);
    checkSignature(pages, spec, failures);

    // Tokens whole: every occurrence in the text (raw order, white space removed, so a token broken over two lines
    // of its cell is found too) must be an occurrence on one line of the layout text.
    const raw = run('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
    const count = (text: string, part: string) => text.split(part).length - 1;
    const layoutLines = layout.split('\n');
    for (const token of spec.tokens) {
      const whole = layoutLines.reduce((sum, l) => sum + count(l, token), 0);
      const anywhere = count(raw, token.replace(/\s+/g, ''));
      if (whole === 0 || anywhere > whole) failures.push(`token "${token}" broken or missing`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

function checkTitleBlock(
  pdf: string,
  pages: readonly Page[],
  parts: ReadonlyArray<{ part: number; index: number }>,
  spec: DocumentSpec,
  dir: string,
  failures: string[],
): void {
  const first = pages[0]!;
  const lines = linesOf(first.words);
  const rules = findRules(renderGray(pdf, 1, dir));
  const typeLine = spec.type === null ? undefined : lines.find((l) => l.text === spec.type);
  if (spec.type !== null && !typeLine) failures.push(`type: "${spec.type}" not printed`);

  // The number's symbol is the abbreviation of the type (Phụ lục III, I).
  const numberLine = lines.find((l) => /^Số:/.test(l.text));
  if (numberLine) {
    const symbol = /\/([^-\s]+)-/.exec(numberLine.text)?.[1];
    const printedType = lines.find((l) => l.text in documentTypeSymbols)?.text;
    const expected = printedType === undefined ? undefined : documentTypeSymbols[printedType];
    if (!expected) failures.push(`symbol: "${numberLine.text}" on a document without a type of Phụ lục III`);
    else if (symbol !== expected)
      failures.push(`symbol: "${numberLine.text}" for ${printedType} (expected ${expected})`);
  }

  const ratio = (rule: Rule, line: Line) => (rule.x1 - rule.x0) / (line.x1 - line.x0);
  const centred = (rule: Rule, line: Line) => Math.abs((rule.x0 + rule.x1) / 2 - (line.x0 + line.x1) / 2) <= mm(1.5);
  const titleTop = typeLine?.y0 ?? first.height / 3;

  if (spec.letterhead) {
    const motto = lines.find((l) => l.text === 'Độc lập - Tự do - Hạnh phúc');
    const mottoRule = rules.find((r) => r.y < titleTop && motto && lineAbove(r, lines) === motto);
    if (!motto || !mottoRule) failures.push('header: no rule under the motto');
    else if (!within(ratio(mottoRule, motto), 0.95, 1.05) || !centred(mottoRule, motto))
      failures.push(`header: motto rule ${(ratio(mottoRule, motto) * 100).toFixed(0)}% of its line, expected 100%`);
    const bodyRule = rules.find((r) => r.y < titleTop && (r.x0 + r.x1) / 2 < first.width / 2);
    const body = bodyRule && blockAbove(bodyRule, lines, (l) => spec.parentBody?.includes(l.text) === true);
    if (!bodyRule || !body) failures.push('header: no rule under the issuing body');
    else if (!within(ratio(bodyRule, body), 0.32, 0.52) || !centred(bodyRule, body))
      failures.push(`header: issuing-body rule ${(ratio(bodyRule, body) * 100).toFixed(0)}% of its line`);
  } else if (spec.authority.kind === 'received') {
    const own = spec.authority.ownIssuingBody;
    if (lines.some((l) => l.text === own)) failures.push(`header: a received document printed on our letterhead`);
  }

  if (spec.subject && typeLine) {
    const subjectRule = rules
      .filter((r) => r.y > typeLine.y1)
      .sort((a, b) => a.y - b.y)
      .find((r) => Math.abs((r.x0 + r.x1) / 2 - first.width / 2) < mm(40));
    const subjectLine = subjectRule && blockAbove(subjectRule, lines, (l) => l.y1 <= typeLine.y1 + 1);
    if (!subjectRule || !subjectLine || subjectRule.y - typeLine.y1 > mm(40))
      failures.push('title: no rule under the trích yếu');
    else if (!within(ratio(subjectRule, subjectLine), 0.32, 0.52) || !centred(subjectRule, subjectLine))
      failures.push(`title: trích yếu rule ${(ratio(subjectRule, subjectLine) * 100).toFixed(0)}% of its line`);
  }

  // Each annex opens with its heading and the "(Kèm theo …)" line, a rule under it.
  pages.forEach((page, i) => {
    if (i === 0 || parts[i]!.index !== 0) return;
    const annexLines = linesOf(page.words);
    const reference = annexLines.filter((l) => l.text.startsWith('(Kèm theo') || l.text.endsWith(')'));
    const annexRules = findRules(renderGray(pdf, i + 1, dir)).filter((r) =>
      reference.some((l) => lineAbove(r, annexLines) === l),
    );
    if (annexRules.length === 0) failures.push(`page ${i + 1}: no rule under the annex heading`);
  });
}

function checkSignature(pages: readonly Page[], spec: DocumentSpec, failures: string[]): void {
  const authority = spec.authority;
  if (authority.kind === 'none') return;
  const allLines = pages.map((p) => linesOf(p.words));
  if (authority.kind === 'received') {
    if (allLines.flat().some((l) => /^(TM|KT|Q|TL|TUQ)\. /.test(l.text)))
      failures.push('signature: a received document carries a signature block');
    return;
  }
  const name = spec.signerName ?? '';
  // The signer's name, last occurrence: the signature is at the end of the main document.
  let pageIndex = -1;
  let nameLine: Line | undefined;
  allLines.forEach((lines, i) => {
    const found = lines.filter((l) => l.text === name || l.text.endsWith(`  ${name}`) || l.text === name.trim());
    if (found.length > 0) {
      pageIndex = i;
      nameLine = found[found.length - 1];
    }
  });
  if (!nameLine || name === '') {
    failures.push(`signature: signer "${name}" not printed`);
    return;
  }
  const lines = allLines[pageIndex]!;
  // The block above the name: across the signature space (up to 35 mm), then line after line (gaps under 3 mm), in
  // the name's column; its capitals are the capacity and title, its other lines the signer's post.
  const centre = (nameLine.x0 + nameLine.x1) / 2;
  const inColumn = (l: Line) => Math.abs((l.x0 + l.x1) / 2 - centre) < mm(15);
  const column: Line[] = [];
  let top = nameLine;
  for (let gap = mm(35); ; gap = mm(3)) {
    const next = lines
      .filter((l) => l.y1 < top.y1 - mm(1) && top.y0 - l.y1 < gap && inColumn(l))
      .sort((a, b) => b.y1 - a.y1)[0];
    if (!next) break;
    column.unshift(next);
    top = next;
  }
  const capacity = column.map((l) => l.text).filter((t) => /\p{L}/u.test(t) && t === t.toLocaleUpperCase('vi'));
  const firstLine = capacity[0] ?? '';
  if (authority.kind === 'collective') {
    if (firstLine !== `TM. ${authority.name}`)
      failures.push(`signature: "${firstLine}" for a document of ${authority.name} (expected "TM. ${authority.name}")`);
  } else {
    const modes = ['', 'KT. ', 'Q. ', 'TL. ', 'TUQ. '].map((m) => `${m}${authority.title}`);
    if (!modes.includes(firstLine) || capacity.some((c) => c.startsWith('TM. ')))
      failures.push(`signature: "${capacity.join(' / ')}" for a decision of the ${authority.title}`);
  }
  // Not orphaned: the text of the document continues on the signature's page, above the block.
  const recipients = lines.find((l) => l.text.startsWith('Nơi nhận:') && Math.abs(l.y0 - top.y0) < mm(30));
  const blockTop = Math.min(top.y0, recipients?.y0 ?? Infinity);
  const above = lines.filter((l) => l.y1 < blockTop - 1 && l.y0 >= mm(20));
  if (above.length < 2) failures.push(`signature: alone on page ${pageIndex + 1}, away from the last lines of text`);
}

/** A .docx (or .xlsx) as Word would print it: LibreOffice converts every file in one call, into `outDir`. */
export function convertWithLibreOffice(files: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) =>
    join(
      outDir,
      `${f
        .split('/')
        .pop()!
        .replace(/\.[^.]+$/, '')}.pdf`,
    ),
  );
}
