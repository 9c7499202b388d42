import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { buildStoredZip, inflateEntry, readCentralDirectory } from '@core/import-guard/zip-entries';

/**
 * Hostile Office files built from real ones (issue 16, finding 4): the audit's reproductions, and the mutations the
 * fault-and-fuzz bench draws from. Parts are read with the app's own zip reader and written back deflated, so a
 * test can change one part and keep the rest byte for byte.
 */

export interface Part {
  name: string;
  content: Buffer;
}

/** The parts of a zip, in order. */
export function unzipParts(bytes: Buffer): Part[] {
  return readCentralDirectory(bytes, 100_000).map((entry) => ({
    name: entry.name,
    content: inflateEntry(bytes, entry),
  }));
}

/** A zip of the parts, deflated like Excel and Word write them (so a bomb stays small on disk). */
export function zipParts(parts: readonly Part[], options: { stored?: boolean } = {}): Buffer {
  if (options.stored) return buildStoredZip(parts);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content);
    const crc = crc32(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(part.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(part.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Changes one part's text (the first whose name matches). */
export function editPart(bytes: Buffer, name: RegExp, edit: (xml: string) => string): Buffer {
  let done = false;
  const parts = unzipParts(bytes).map((part) => {
    if (done || !name.test(part.name)) return part;
    done = true;
    return { ...part, content: Buffer.from(edit(part.content.toString('utf8')), 'utf8') };
  });
  if (!done) throw new Error(`no part ${name}`);
  return zipParts(parts);
}

/** The audit's merge bomb: one `<mergeCell ref="A1:XFD1048576"/>` in the first sheet of a real workbook. */
export function mergeBomb(workbook: Buffer): Buffer {
  return editPart(workbook, /^xl\/worksheets\/sheet1\.xml$/, (xml) =>
    xml.includes('<mergeCells')
      ? xml.replace(/<mergeCells[^>]*>/, (open) => `${open}<mergeCell ref="A1:XFD1048576"/>`)
      : xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
  );
}

/** A worksheet of `rows` × `columns` numbers (rows without `r`, so it deflates to almost nothing). */
export function bigSheetXml(rows: number, columns: number): Buffer {
  const row = `<row>${'<c><v>1</v></c>'.repeat(columns)}</row>`;
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${row.repeat(rows)}</sheetData></worksheet>`,
    'utf8',
  );
}

/**
 * The audit's renamed parts: a huge sheet under a name exceljs parses as a sheet although it is not one (a leading
 * "/", a ".bak" suffix, another folder).
 */
export function renamedPart(workbook: Buffer, name: string, content = bigSheetXml(20_000, 158)): Buffer {
  return zipParts([...unzipParts(workbook), { name, content }]);
}

/** A plan .docx as Word writes it: a title, paragraphs, and one table. */
export async function planDocx(paragraphs: string[], table: string[][] = []): Promise<Buffer> {
  const children: Array<Paragraph | Table> = paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] }));
  if (table.length > 0) {
    children.push(
      new Table({
        rows: table.map(
          (cells) =>
            new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The audit's inflating .docx: a real document whose document.xml repeats one paragraph up to `megabytes` MB. */
export async function inflatingDocx(megabytes = 50): Promise<Buffer> {
  const real = await planDocx(['KẾ HOẠCH thi đua năm 2026']);
  return editPart(real, /^word\/document\.xml$/, (xml) => {
    const paragraph = '<w:p><w:r><w:t>Chỉ tiêu 1: Tổng sản phẩm tăng 7,5% so với năm trước.</w:t></w:r></w:p>';
    const times = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(paragraph));
    return xml.replace('<w:body>', `<w:body>${paragraph.repeat(times)}`);
  });
}
