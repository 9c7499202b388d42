import JSZip from 'jszip';
import type { WordBlock, WordCell, WordTable } from '@shared/plan-text/word-document';

/**
 * Reads a Word plan's body from the document's own structure (word/document.xml): paragraphs with their list
 * numbering, and tables as rows of cells with their column spans and vertical merges, so that a table of targets
 * keeps each name beside its unit and value. Throws when the bytes are not a zip holding word/document.xml; the
 * caller turns that into its refusal. One function over the file's bytes, so a guard can sit in front of it.
 */
export async function readWordPlan(bytes: Uint8Array): Promise<WordBlock[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (document === null) throw new Error('word/document.xml is missing');
  const [documentXml, numberingXml, stylesXml] = await Promise.all([
    document.async('string'),
    zip.file('word/numbering.xml')?.async('string') ?? Promise.resolve(''),
    zip.file('word/styles.xml')?.async('string') ?? Promise.resolve(''),
  ]);
  return parseWordXml(documentXml, parseNumbering(numberingXml), parseStyleNumbering(stylesXml));
}

interface Tag {
  closing: boolean;
  name: string;
  attributes: string;
  selfClosing: boolean;
}

type Token = { tag: Tag } | { text: string };

const tokenPattern =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/g;

function* tokens(xml: string): Generator<Token> {
  for (const match of xml.matchAll(tokenPattern)) {
    if (match[5] !== undefined) yield { text: match[5] };
    else if (match[2] !== undefined) {
      yield {
        tag: { closing: match[1] === '/', name: match[2], attributes: match[3] ?? '', selfClosing: match[4] === '/' },
      };
    }
  }
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? '') : null;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return safeChar(Number.parseInt(entity.slice(2), 16)) ?? whole;
    if (entity.startsWith('#')) return safeChar(Number.parseInt(entity.slice(1), 10)) ?? whole;
    return entities[entity] ?? whole;
  });
}

function safeChar(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** numId → ilvl → level, from word/numbering.xml. */
export type Numbering = Map<string, Map<number, Level>>;

/** Reads the list definitions Word numbers paragraphs with ("%1.", "%1.%2.", "a)", bullets). */
export function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const numbers = new Map<string, string>();
  let abstractId: string | null = null;
  let level: { ilvl: number; format: string; text: string; start: number } | null = null;
  let numId: string | null = null;
  for (const token of tokens(xml)) {
    if (!('tag' in token)) continue;
    const { tag } = token;
    const local = tag.name.replace(/^w:/, '');
    if (local === 'abstractNum' && !tag.closing) {
      abstractId = attribute(tag.attributes, 'w:abstractNumId');
      if (abstractId !== null) abstracts.set(abstractId, new Map());
    } else if (local === 'lvl' && !tag.closing && abstractId !== null) {
      level = { ilvl: Number(attribute(tag.attributes, 'w:ilvl') ?? 0), format: 'decimal', text: '', start: 1 };
    } else if (local === 'lvl' && tag.closing && level !== null && abstractId !== null) {
      abstracts.get(abstractId)?.set(level.ilvl, { format: level.format, text: level.text, start: level.start });
      level = null;
    } else if (level !== null && local === 'numFmt') level.format = attribute(tag.attributes, 'w:val') ?? 'decimal';
    else if (level !== null && local === 'lvlText') level.text = decode(attribute(tag.attributes, 'w:val') ?? '');
    else if (level !== null && local === 'start') level.start = Number(attribute(tag.attributes, 'w:val') ?? 1);
    else if (local === 'abstractNum' && tag.closing) abstractId = null;
    else if (local === 'num' && !tag.closing) numId = attribute(tag.attributes, 'w:numId');
    else if (local === 'abstractNumId' && numId !== null && abstractId === null) {
      numbers.set(numId, attribute(tag.attributes, 'w:val') ?? '');
    } else if (local === 'num' && tag.closing) numId = null;
  }
  const numbering: Numbering = new Map();
  for (const [id, abstract] of numbers) numbering.set(id, abstracts.get(abstract) ?? new Map());
  return numbering;
}

/** styleId → the list a paragraph style numbers its paragraphs with, from word/styles.xml. */
export function parseStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>();
  let styleId: string | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  for (const token of tokens(xml)) {
    if (!('tag' in token)) continue;
    const local = token.tag.name.replace(/^w:/, '');
    if (local === 'style' && !token.tag.closing) {
      styleId = attribute(token.tag.attributes, 'w:styleId');
      numId = null;
      ilvl = 0;
    } else if (local === 'numId' && styleId !== null) numId = attribute(token.tag.attributes, 'w:val');
    else if (local === 'ilvl' && styleId !== null) ilvl = Number(attribute(token.tag.attributes, 'w:val') ?? 0);
    else if (local === 'style' && token.tag.closing) {
      if (styleId !== null && numId !== null && numId !== '0') styles.set(styleId, { numId, ilvl });
      styleId = null;
    }
  }
  return styles;
}

const romans: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let rest = Math.max(1, Math.min(n, 3999));
  let text = '';
  for (const [value, numeral] of romans) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return text;
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

function formatCount(format: string, n: number): string {
  switch (format) {
    case 'lowerLetter':
      return letters[(n - 1) % 26] ?? 'a';
    case 'upperLetter':
      return (letters[(n - 1) % 26] ?? 'a').toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Counts list items as Word does and writes each paragraph's number ("1.2.", "a)", "-"). */
class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly numbering: Numbering) {}

  label(numId: string, ilvl: number): string {
    const levels = this.numbering.get(numId);
    const level = levels?.get(ilvl);
    if (level === undefined || numId === '0') return '';
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return '';
    const counts = this.counts.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counts.set(numId, counts);
    return level.text.replace(/%(\d)/g, (_whole, digit: string) => {
      const at = Number(digit) - 1;
      const shown = levels?.get(at);
      return formatCount(shown?.format ?? 'decimal', counts[at] ?? shown?.start ?? 1);
    });
  }
}

interface ParagraphState {
  text: string;
  numId: string | null;
  ilvl: number;
  styleId: string | null;
}

/**
 * Turns word/document.xml into paragraphs and tables. Deleted text, field codes and the fallback copy of drawings
 * are skipped; a text box's paragraphs are read where the box sits; a table inside a cell gives its text to the cell.
 */
export function parseWordXml(
  xml: string,
  numbering: Numbering = new Map(),
  styleNumbering: Map<string, { numId: string; ilvl: number }> = new Map(),
): WordBlock[] {
  const blocks: WordBlock[] = [];
  const counter = new ListCounter(numbering);
  const paragraphs: ParagraphState[] = [];
  const tables: WordTable[] = [];
  const cells: { cell: WordCell }[] = [];
  let inText = false;
  // Tabs count only inside a run: <w:tabs><w:tab …/> in a paragraph's properties are tab stops, not text.
  let runDepth = 0;
  let skipDepth = 0;
  let skipName: string | null = null;

  const emit = (text: string) => {
    const cell = cells.at(-1);
    if (cell) cell.cell.paragraphs.push(text);
    else blocks.push({ kind: 'paragraph', text });
  };

  for (const token of tokens(xml)) {
    if ('text' in token) {
      const paragraph = paragraphs.at(-1);
      if (inText && skipDepth === 0 && paragraph) paragraph.text += decode(token.text);
      continue;
    }
    const { tag } = token;
    if (skipDepth > 0) {
      if (tag.name === skipName && !tag.selfClosing) skipDepth += tag.closing ? -1 : 1;
      continue;
    }
    switch (tag.name) {
      case 'w:del':
      case 'w:instrText':
      case 'mc:Fallback':
      case 'w:delText':
        if (!tag.closing && !tag.selfClosing) {
          skipDepth = 1;
          skipName = tag.name;
        }
        break;
      case 'w:p':
        if (tag.selfClosing) emit('');
        else if (!tag.closing) paragraphs.push({ text: '', numId: null, ilvl: 0, styleId: null });
        else {
          const paragraph = paragraphs.pop();
          if (paragraph) {
            const list =
              paragraph.numId ?? (paragraph.styleId ? (styleNumbering.get(paragraph.styleId)?.numId ?? null) : null);
            const ilvl =
              paragraph.numId !== null ? paragraph.ilvl : (styleNumbering.get(paragraph.styleId ?? '')?.ilvl ?? 0);
            const label = list === null ? '' : counter.label(list, ilvl);
            emit(label === '' ? paragraph.text : `${label} ${paragraph.text}`);
          }
        }
        break;
      case 'w:t':
        inText = !tag.closing && !tag.selfClosing;
        break;
      case 'w:r':
        if (!tag.selfClosing) runDepth = Math.max(0, runDepth + (tag.closing ? -1 : 1));
        break;
      case 'w:tab':
        if (!tag.closing && runDepth > 0 && paragraphs.length > 0)
          paragraphs.at(-1)!.text += cells.length === 0 ? '\t' : ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (!tag.closing && paragraphs.length > 0) {
          // A line break inside a paragraph starts a new line (letterheads break "ỦY BAN NHÂN DÂN / XÃ TÂN HÒA").
          const paragraph = paragraphs.at(-1)!;
          emit(paragraph.text);
          paragraph.text = '';
        }
        break;
      case 'w:pStyle':
        if (paragraphs.length > 0) paragraphs.at(-1)!.styleId = attribute(tag.attributes, 'w:val');
        break;
      case 'w:numId':
        if (paragraphs.length > 0) paragraphs.at(-1)!.numId = attribute(tag.attributes, 'w:val');
        break;
      case 'w:ilvl':
        if (paragraphs.length > 0) paragraphs.at(-1)!.ilvl = Number(attribute(tag.attributes, 'w:val') ?? 0);
        break;
      case 'w:tbl':
        // A table inside a cell gives its paragraphs to the cell it sits in: only the outer table has rows.
        if (!tag.closing && !tag.selfClosing) tables.push({ kind: 'table', rows: [] });
        else if (tag.closing) {
          const table = tables.pop();
          if (table && tables.length === 0) blocks.push(table);
        }
        break;
      case 'w:tr':
        if (!tag.closing && !tag.selfClosing && tables.length === 1 && cells.length === 0) tables[0]!.rows.push([]);
        break;
      case 'w:tc':
        if (!tag.closing && !tag.selfClosing) {
          if (tables.length === 1) {
            const cell: WordCell = { paragraphs: [], span: 1, continuesAbove: false };
            tables[0]!.rows.at(-1)?.push(cell);
            cells.push({ cell });
          }
        } else if (tag.closing && tables.length === 1) cells.pop();
        break;
      case 'w:gridSpan':
        if (tables.length === 1 && cells.length > 0 && paragraphs.length === 0) {
          cells.at(-1)!.cell.span = Math.max(1, Math.min(64, Number(attribute(tag.attributes, 'w:val') ?? 1) || 1));
        }
        break;
      case 'w:vMerge':
        if (tables.length === 1 && cells.length > 0 && paragraphs.length === 0) {
          cells.at(-1)!.cell.continuesAbove = attribute(tag.attributes, 'w:val') !== 'restart';
        }
        break;
      default:
        break;
    }
  }
  return blocks;
}
