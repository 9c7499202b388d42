import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reading and writing the zip container of .xlsx and .docx files by hand, so that nothing is unzipped before its
 * size is known: the central directory is read first, every entry is inflated with its output capped at the size it
 * declares, and its CRC is checked. Errors are plain `ZipProblem`s; the guard words them for the secretary.
 */

export type ZipProblem =
  { kind: 'corrupt' } | { kind: 'tooManyEntries'; count: number } | { kind: 'inflatesBeyondDeclared'; name: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const signatures = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const endRecordSize = 22;
const maxCommentLength = 0xffff;

export interface CentralEntry {
  /** The name as stored (UTF-8 when bit 11 is set; anything else is read as Latin-1 and is never canonical). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - endRecordSize - maxCommentLength);
  for (let at = bytes.length - endRecordSize; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === signatures.end) return at;
  }
  return -1;
}

/** The entries the central directory lists, refused past `maxEntries` before any is read. */
export function readCentralDirectory(bytes: Buffer, maxEntries: number): CentralEntry[] {
  if (bytes.length < endRecordSize) throw new ZipError({ kind: 'corrupt' });
  const end = findEndRecord(bytes);
  if (end < 0) throw new ZipError({ kind: 'corrupt' });
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers and multi-disk archives: an Office file under the upload cap never needs them.
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw new ZipError({ kind: 'corrupt' });
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
    throw new ZipError({ kind: 'corrupt' });
  }
  if (offset + size > end) throw new ZipError({ kind: 'corrupt' });
  if (count > maxEntries) throw new ZipError({ kind: 'tooManyEntries', count });
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== signatures.central) throw new ZipError({ kind: 'corrupt' });
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw new ZipError({ kind: 'corrupt' });
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      flags,
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: rawName.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1'),
    });
    at = next;
  }
  return entries;
}

/**
 * Inflates one entry with the output capped at its declared size: a lying header (a few bytes declared, gigabytes
 * inside) stops at the cap instead of filling memory.
 */
export function inflateEntry(bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== signatures.local) throw new ZipError({ kind: 'corrupt' });
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipError({ kind: 'corrupt' });
  // Bit 0: an encrypted entry; not something Excel or Word writes into an .xlsx or a .docx.
  if ((entry.flags & 1) !== 0) throw new ZipError({ kind: 'corrupt' });
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Buffer;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipError({ kind: 'inflatesBeyondDeclared', name: entry.name });
      }
      throw new ZipError({ kind: 'corrupt' });
    }
  } else throw new ZipError({ kind: 'corrupt' });
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw new ZipError({ kind: 'corrupt' });
  return content;
}

/**
 * A new archive of the given parts, stored without compression: what the parsers read is exactly what was checked,
 * under exactly the checked names (no duplicate, no second directory, no trailing data, nothing else).
 */
export function buildStoredZip(parts: ReadonlyArray<{ name: string; content: Buffer }>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(signatures.local, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(part.content.length, 18);
    local.writeUInt32LE(part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(signatures.central, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(0, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(part.content.length, 20);
    record.writeUInt32LE(part.content.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.content);
    central.push(record, name);
    offset += local.length + name.length + part.content.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(endRecordSize);
  end.writeUInt32LE(signatures.end, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
