import { crc32, inflateRawSync } from 'node:zlib';
import { AppError } from '@shared/errors';
import { importMessages } from '@shared/i18n/vi-excel';
import { importLimits } from './limits';

const signatures = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: an old .xls, or an .xlsx saved with a password (Excel encrypts it into OLE2). */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const endRecordSize = 22;
const maxCommentLength = 0xffff;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipSummary {
  entries: number;
  unzippedBytes: number;
  sheets: number;
  cells: number;
}

// Element counts in worksheet XML, with or without a namespace prefix. `<c` must be followed by a space, `>` or `/`
// so that `<col>` and `<cfRule>` do not count.
const rowTag = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const cellTag = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;
const worksheetPart = /^xl\/worksheets\/[^/]+\.xml$/i;

function corrupt(fileName: string, cause?: unknown): AppError {
  return new AppError('FILE_INVALID', importMessages.corrupt(fileName), { cause });
}

function tooLarge(fileName: string, detail: string): AppError {
  return new AppError('FILE_INVALID', importMessages.tooLarge(fileName, detail));
}

function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - endRecordSize - maxCommentLength);
  for (let at = bytes.length - endRecordSize; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === signatures.end) return at;
  }
  return -1;
}

function readCentralDirectory(fileName: string, bytes: Buffer): CentralEntry[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw corrupt(fileName);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: an .xlsx under the upload cap never needs them, so they only appear in crafted files.
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw corrupt(fileName);
  if (offset + size > end) throw corrupt(fileName);
  if (count > importLimits.maxEntries) {
    throw tooLarge(fileName, importMessages.entryCount(count, importLimits.maxEntries));
  }
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== signatures.central) throw corrupt(fileName);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw corrupt(fileName);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at = next;
  }
  return entries;
}

/**
 * Inflates one entry with the output capped at its declared size: a lying header (a few bytes declared, gigabytes
 * inside) stops at the cap instead of filling memory.
 */
function inflateEntry(fileName: string, bytes: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== signatures.local) throw corrupt(fileName);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw corrupt(fileName);
  // Bit 0: encrypted entry; not something Excel writes into an .xlsx.
  if ((entry.flags & 1) !== 0) throw corrupt(fileName);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let content: Buffer;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(fileName, importMessages.sizeMismatch);
      }
      throw corrupt(fileName, error);
    }
  } else throw corrupt(fileName);
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw corrupt(fileName);
  return content;
}

/**
 * Checks that `bytes` is a well-formed zip whose content is the size of a template, before exceljs (which unzips
 * everything into memory) sees it: the declared unzipped total, every entry inflated under a cap and its CRC
 * checked, and the rows and cells of each worksheet counted from its XML. Throws AppError FILE_INVALID with a
 * Vietnamese message naming the file; returns what it counted.
 */
export function inspectXlsxZip(fileName: string, bytes: Buffer): ZipSummary {
  if (bytes.length >= oleMagic.length && bytes.subarray(0, oleMagic.length).equals(oleMagic)) {
    throw new AppError('FILE_INVALID', importMessages.oldXls(fileName));
  }
  if (bytes.length < endRecordSize + 4 || !bytes.subarray(0, 4).equals(zipMagic)) {
    throw new AppError('FILE_INVALID', importMessages.notXlsx(fileName));
  }
  const entries = readCentralDirectory(fileName, bytes);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > importLimits.maxUnzippedBytes) {
    const megabytes = (size: number) => Math.round(size / 1048576);
    throw tooLarge(
      fileName,
      importMessages.unzippedSize(megabytes(declared), megabytes(importLimits.maxUnzippedBytes)),
    );
  }
  let sheets = 0;
  let cells = 0;
  for (const entry of entries) {
    const content = inflateEntry(fileName, bytes, entry);
    if (!worksheetPart.test(entry.name)) continue;
    sheets++;
    if (sheets > importLimits.maxSheets) {
      throw tooLarge(fileName, importMessages.sheetCount(sheets, importLimits.maxSheets));
    }
    const xml = content.toString('utf8');
    const rows = xml.match(rowTag)?.length ?? 0;
    if (rows > importLimits.maxRowsPerSheet) {
      throw tooLarge(fileName, importMessages.rowCount(rows, importLimits.maxRowsPerSheet));
    }
    cells += xml.match(cellTag)?.length ?? 0;
    if (cells > importLimits.maxCells) throw tooLarge(fileName, importMessages.cellCount(cells, importLimits.maxCells));
  }
  return { entries: entries.length, unzippedBytes: declared, sheets, cells };
}
