import { AppError } from '@shared/errors';
import { guardMessages, type OfficeKind } from '@shared/i18n/vi-import-guard';
import { parseCell, rangeArea } from './cell-ranges';
import { guardLimits, type DocxLimits, type XlsxLimits } from './guard-limits';
import { attribute, scanXml, type ScannedTag, type ScanOptions } from './xml-scan';
import { buildStoredZip, inflateEntry, readCentralDirectory, ZipError, type CentralEntry } from './zip-entries';

/** An imported file as the parsers may see it: rebuilt from its checked parts, under their canonical names. */
export interface GuardedArchive {
  /** A new zip of exactly the checked parts (stored, no compression), for exceljs, mammoth or JSZip. */
  bytes: Buffer;
  /** The same parts by canonical name, for readers that take a part directly (the plan reader's `word/document.xml`). */
  parts: ReadonlyMap<string, Buffer>;
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: an old .xls/.doc, or an Office file saved with a password (it is encrypted into OLE2). */
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * The parts each parser reads, by exact name. exceljs finds its parts by unanchored patterns (any entry whose name
 * merely contains `xl/worksheets/sheet1.xml` is parsed as a sheet), so the guard decides instead: these are kept,
 * a name that exceljs would take for one of them is refused, anything else (thumbnails, printer settings, custom
 * XML) is left out of the rebuilt archive.
 */
const keptParts: Record<OfficeKind, RegExp[]> = {
  xlsx: [
    /^\[Content_Types\]\.xml$/,
    /^_rels\/\.rels$/,
    /^docProps\/(app|core)\.xml$/,
    /^xl\/workbook\.xml$/,
    /^xl\/_rels\/workbook\.xml\.rels$/,
    /^xl\/sharedStrings\.xml$/,
    /^xl\/styles\.xml$/,
    /^xl\/worksheets\/sheet\d{1,4}\.xml$/,
    /^xl\/worksheets\/_rels\/sheet\d{1,4}\.xml\.rels$/,
    /^xl\/theme\/theme\d{1,3}\.xml$/,
    /^xl\/media\/[A-Za-z0-9]+\.[A-Za-z0-9]{3,4}$/,
    /^xl\/drawings\/drawing\d{1,4}\.xml$/,
    /^xl\/drawings\/_rels\/drawing\d{1,4}\.xml\.rels$/,
    /^xl\/drawings\/vmlDrawing\d{1,4}\.vml$/,
    /^xl\/comments\d{1,4}\.xml$/,
    /^xl\/tables\/table\d{1,4}\.xml$/,
  ],
  docx: [
    /^\[Content_Types\]\.xml$/,
    /^_rels\/\.rels$/,
    /^word\/document\.xml$/,
    /^word\/_rels\/document\.xml\.rels$/,
    /^word\/(styles|numbering|footnotes|endnotes|comments|settings|fontTable)\.xml$/,
    /^word\/(header|footer)\d{1,3}\.xml$/,
  ],
};

/** The names exceljs matches without anchors (lib/xlsx/xlsx.js): a kept part's name anywhere inside another name. */
const parsedByExceljs = [
  /_rels\/\.rels/,
  /xl\/workbook\.xml/,
  /xl\/_rels\/workbook\.xml\.rels/,
  /xl\/sharedStrings\.xml/,
  /xl\/styles\.xml/,
  /docProps\/(app|core)\.xml/,
  /xl\/worksheets\/sheet(\d+)[.]xml/,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/theme\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/media\//,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
];

const isXml = (name: string) => /\.(xml|rels|vml)$/.test(name);

class Refusal extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/**
 * The one guard in front of every parser of an imported Excel or Word file (exceljs, mammoth, the plan reader's own
 * table reading). Bytes in, a rebuilt archive out, or an AppError FILE_INVALID with a Vietnamese message naming the
 * file. It checks, before anything is parsed: the zip structure and its entry count; canonical, unique part names
 * (a part renamed so that a parser takes it for another is refused); the unzipped size of the file and of each
 * part, each inflated under the size it declares with its CRC checked; no DOCTYPE or ENTITY in any XML; the number
 * of XML elements; for Excel the sheets, rows, cells, last row and merged areas; for Word the table cells. Data
 * validations and defined names, which exceljs expands cell by cell and no reader uses, are cut out of the XML.
 */
export function guardOfficeFile(fileName: string, bytes: Buffer, kind: OfficeKind): GuardedArchive {
  const refuse = (error: AppError): never => {
    throw new Refusal(error);
  };
  const crafted = (detail: string) => refuse(new AppError('FILE_INVALID', guardMessages.crafted(fileName, detail)));
  const tooLarge = (detail: string) =>
    refuse(new AppError('FILE_INVALID', guardMessages.tooLarge(kind, fileName, detail)));
  try {
    if (bytes.length >= oleMagic.length && bytes.subarray(0, oleMagic.length).equals(oleMagic)) {
      refuse(new AppError('FILE_INVALID', guardMessages.oldFormat(kind, fileName)));
    }
    if (bytes.length < 26 || !bytes.subarray(0, 4).equals(zipMagic)) {
      refuse(new AppError('FILE_INVALID', guardMessages.notZip(kind, fileName)));
    }
    const limits = guardLimits[kind];
    const entries = readCentralDirectory(bytes, limits.maxEntries);
    const kept = selectParts(entries, kind, crafted);
    const declared = kept.reduce((sum, { entry }) => sum + entry.size, 0);
    if (declared > limits.maxUnzippedBytes) {
      tooLarge(guardMessages.unzippedSize(megabytes(declared), megabytes(limits.maxUnzippedBytes)));
    }
    for (const { entry, name } of kept) {
      if (entry.size > limits.maxPartBytes) {
        tooLarge(guardMessages.partSize(name, megabytes(entry.size), megabytes(limits.maxPartBytes)));
      }
    }
    const checker: PartChecker =
      kind === 'xlsx' ? new XlsxChecker(guardLimits.xlsx, tooLarge) : new DocxChecker(guardLimits.docx, tooLarge);
    const parts = new Map<string, Buffer>();
    let elements = 0;
    for (const { entry, name } of kept) {
      let content = inflateEntry(bytes, entry);
      if (isXml(name)) {
        const scan = scanXml(content, {
          maxElements: limits.maxElements - elements,
          ...checker.scanOptions(name),
        });
        if (scan.declaration) crafted(guardMessages.declaration(name));
        if (scan.overLimit) tooLarge(guardMessages.elementCount(elements + scan.elements, limits.maxElements));
        elements += scan.elements;
        content = scan.content;
      }
      parts.set(name, content);
    }
    const ordered = [...parts].map(([name, content]) => ({ name, content }));
    return { bytes: buildStoredZip(ordered), parts };
  } catch (error) {
    if (error instanceof Refusal) throw error.appError;
    if (error instanceof ZipError) {
      const { problem } = error;
      if (problem.kind === 'tooManyEntries') {
        throw new AppError(
          'FILE_INVALID',
          guardMessages.tooLarge(kind, fileName, guardMessages.entryCount(problem.count, guardLimits[kind].maxEntries)),
        );
      }
      if (problem.kind === 'inflatesBeyondDeclared') {
        throw new AppError('FILE_INVALID', guardMessages.tooLarge(kind, fileName, guardMessages.sizeMismatch));
      }
      throw new AppError('FILE_INVALID', guardMessages.corrupt(kind, fileName), { cause: error });
    }
    throw error;
  }
}

const megabytes = (size: number) => Math.round(size / 1048576);

/**
 * The entries to keep, under canonical names: one leading "/" (some writers add it) is dropped; a backslash, a
 * control character, an empty, "." or ".." segment, or two entries with the same name in any letter case are
 * refused; a name a parser would take for a part it is not is refused; anything else unknown is left out.
 */
function selectParts(
  entries: readonly CentralEntry[],
  kind: OfficeKind,
  crafted: (detail: string) => never,
): Array<{ entry: CentralEntry; name: string }> {
  const seen = new Set<string>();
  const kept: Array<{ entry: CentralEntry; name: string }> = [];
  for (const entry of entries) {
    const name = entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;
    if (name.endsWith('/') && entry.size === 0) continue; // a folder entry
    const segments = name.split('/');
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
    if (/[\\\u0000-\u001f\u007f]/.test(name) || segments.some((s) => s === '' || s === '.' || s === '..')) {
      crafted(guardMessages.badName(entry.name));
    }
    const folded = name.toLowerCase();
    if (seen.has(folded)) crafted(guardMessages.duplicateName(name));
    seen.add(folded);
    if (keptParts[kind].some((pattern) => pattern.test(name))) kept.push({ entry, name });
    else if (kind === 'xlsx' && parsedByExceljs.some((pattern) => pattern.test(name))) {
      crafted(guardMessages.renamedPart(name));
    }
  }
  return kept;
}

/** What to watch for, and cut, in one XML part; called once per part, in archive order. */
interface PartChecker {
  scanOptions(name: string): Pick<ScanOptions, 'watch' | 'visit' | 'cut'>;
}

const worksheet = /^xl\/worksheets\/sheet\d+\.xml$/;

/** Sheets, rows, cells, the last row used, merged areas; data validations and defined names cut out. */
class XlsxChecker implements PartChecker {
  private sheets = 0;
  private cells = 0;
  private rows = 0;
  private merged = 0;
  constructor(
    private readonly limits: XlsxLimits,
    private readonly tooLarge: (detail: string) => never,
  ) {}

  scanOptions(name: string) {
    if (name === 'xl/workbook.xml') return { cut: new Set(['definedNames']) };
    if (!worksheet.test(name)) return {};
    this.rows = 0;
    if (++this.sheets > this.limits.maxSheets) {
      this.tooLarge(guardMessages.sheetCount(this.sheets, this.limits.maxSheets));
    }
    return {
      watch: worksheetTags,
      cut: new Set(['dataValidations']),
      visit: (tag: ScannedTag) => this.visit(tag),
    };
  }

  private visit(tag: ScannedTag): void {
    const { limits, tooLarge } = this;
    if (tag.name === 'row') {
      if (++this.rows > limits.maxRowsPerSheet) tooLarge(guardMessages.rowCount(this.rows, limits.maxRowsPerSheet));
      this.checkRow(Number(attribute(tag.text, 'r') ?? 0));
    } else if (tag.name === 'c') {
      if (++this.cells > limits.maxCells) tooLarge(guardMessages.cellCount(this.cells, limits.maxCells));
      const ref = attribute(tag.text, 'r');
      if (ref !== undefined) this.checkRow(parseCell(ref)?.row ?? 0);
    } else if (tag.name === 'mergeCell') {
      const ref = attribute(tag.text, 'ref') ?? '';
      this.merged += rangeArea(ref);
      if (this.merged > limits.maxMergedCells) tooLarge(guardMessages.mergedCells(this.merged, limits.maxMergedCells));
      for (const end of ref.split(':')) this.checkRow(parseCell(end)?.row ?? 0);
    } else if (tag.name === 'col') {
      const max = Number(attribute(tag.text, 'max') ?? 0);
      const min = Number(attribute(tag.text, 'min') ?? 0);
      // exceljs makes one column object for every index from 1 to `max`.
      if (!(max <= 16_384) || !(min <= 16_384)) tooLarge(guardMessages.columnSpan(Math.max(max, min)));
    }
  }

  private checkRow(row: number): void {
    if (row > this.limits.maxRowNumber) this.tooLarge(guardMessages.rowNumber(row, this.limits.maxRowNumber));
  }
}

const worksheetTags: ReadonlySet<string> = new Set(['row', 'c', 'mergeCell', 'col']);
const tableCellTags: ReadonlySet<string> = new Set(['tc']);

/** Table cells across the document and its headers and footers. */
class DocxChecker implements PartChecker {
  private tableCells = 0;
  constructor(
    private readonly limits: DocxLimits,
    private readonly tooLarge: (detail: string) => never,
  ) {}

  scanOptions() {
    return {
      watch: tableCellTags,
      visit: () => {
        if (++this.tableCells > this.limits.maxTableCells) {
          this.tooLarge(guardMessages.tableCells(this.tableCells, this.limits.maxTableCells));
        }
      },
    };
  }
}
