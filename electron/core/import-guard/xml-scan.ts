/**
 * A single pass over the bytes of an XML part, without building anything: counts elements, notices a DOCTYPE or
 * ENTITY declaration (Office never writes one; they are how "billion laughs" files blow up a parser), hands the
 * attributes of the few elements the guard cares about to a visitor, and can cut whole elements out. Every `<` in
 * well-formed XML starts markup (in attribute values it must be escaped), so the scan never misses a tag; inside
 * CDATA or comments it may see tags that are not there, which only makes the counts more cautious.
 */

export interface ScannedTag {
  /** The element's local name (no namespace prefix). */
  name: string;
  /** The raw text of the start tag, `<x:c r="A1" …>`, read as Latin-1 (the attributes the guard reads are ASCII). */
  text: string;
  /** Byte offsets of the start tag. */
  start: number;
  end: number;
}

export interface ScanResult {
  elements: number;
  /** A `<!DOCTYPE` or `<!ENTITY` declaration was found. */
  declaration: boolean;
  /** Stopped because `maxElements` was passed. */
  overLimit: boolean;
  /** The part with the elements named in `cut` removed (the same buffer when nothing was cut). */
  content: Buffer;
}

export interface ScanOptions {
  maxElements: number;
  /** Local names whose start tags are handed to `visit`. */
  watch?: ReadonlySet<string>;
  visit?: (tag: ScannedTag) => void;
  /** Local names of elements removed whole from the content (they never nest within themselves). */
  cut?: ReadonlySet<string>;
}

const lt = 0x3c;
const gt = 0x3e;
const nameEnd = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, gt]);
const quote = new Set([0x22, 0x27]);

/** The offset just after the `>` that closes the tag opened at `start`, skipping `>` inside quoted values. */
function tagEnd(bytes: Buffer, start: number): number {
  let inQuote = 0;
  for (let at = start + 1; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (inQuote !== 0) {
      if (byte === inQuote) inQuote = 0;
    } else if (quote.has(byte)) inQuote = byte;
    else if (byte === gt) return at + 1;
  }
  return bytes.length;
}

export function scanXml(bytes: Buffer, options: ScanOptions): ScanResult {
  let elements = 0;
  let at = 0;
  const cuts: Array<[number, number]> = [];
  while ((at = bytes.indexOf(lt, at)) >= 0) {
    const next = bytes[at + 1];
    if (next === 0x21 /* ! */) {
      const head = bytes.toString('latin1', at + 2, at + 9).toUpperCase();
      if (head.startsWith('DOCTYPE') || head.startsWith('ENTITY')) {
        return { elements, declaration: true, overLimit: false, content: bytes };
      }
      at += 2;
      continue;
    }
    if (next === 0x2f /* / */ || next === 0x3f /* ? */ || next === undefined) {
      at += 1;
      continue;
    }
    let stop = at + 1;
    while (stop < bytes.length && stop - at < 256 && !nameEnd.has(bytes[stop]!)) stop++;
    const qualified = bytes.toString('latin1', at + 1, stop);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (++elements > options.maxElements) return { elements, declaration: false, overLimit: true, content: bytes };
    const watched = options.watch?.has(name) === true;
    const cut = options.cut?.has(name) === true;
    if (!watched && !cut) {
      at = stop;
      continue;
    }
    const end = tagEnd(bytes, at);
    if (watched) options.visit?.({ name, text: bytes.toString('latin1', at, end), start: at, end });
    if (cut) {
      const selfClosing = bytes[end - 2] === 0x2f;
      const close = selfClosing ? -1 : bytes.indexOf(`</${qualified}`, end, 'latin1');
      const until = selfClosing ? end : close < 0 ? bytes.length : tagEnd(bytes, close);
      cuts.push([at, until]);
      at = until;
      continue;
    }
    at = end;
  }
  if (cuts.length === 0) return { elements, declaration: false, overLimit: false, content: bytes };
  const kept: Buffer[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    kept.push(bytes.subarray(from, start));
    from = end;
  }
  kept.push(bytes.subarray(from));
  return { elements, declaration: false, overLimit: false, content: Buffer.concat(kept) };
}

/** One attribute of a start tag's text (`r`, `ref`, `sqref`…), or undefined. */
export function attribute(tagText: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tagText);
  return match ? (match[2] ?? match[3]) : undefined;
}
