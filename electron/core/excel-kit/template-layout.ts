/**
 * The shape of a unit sheet, shared by the exporter and the importer. The importer never trusts fixed letters or
 * the sheet name: a hidden row carries a key in every column (so an inserted column only shifts them) and a hidden
 * marker cell names the unit by code and the quarter. Both are found by scanning the top of the sheet.
 */

export const templateVersion = 1;
const markerPrefix = 'THIDUA-DESK';
const unitSheetKind = 'mau-so-lieu';
const instructionsKind = 'huong-dan';

export interface TemplateMarker {
  version: number;
  unitCode: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** @example unitSheetMarker({version:1, unitCode:'XA-LH', year:2023, quarter:2}) === 'THIDUA-DESK|mau-so-lieu|1|XA-LH|2023|2' */
export function unitSheetMarker(marker: TemplateMarker): string {
  return [markerPrefix, unitSheetKind, marker.version, marker.unitCode, marker.year, marker.quarter].join('|');
}

export const instructionsMarker = [markerPrefix, instructionsKind, templateVersion].join('|');

export type MarkerReading =
  | { kind: 'unit'; marker: TemplateMarker }
  | { kind: 'instructions' }
  /** Starts like our marker but was edited: the unit or quarter cannot be trusted. */
  | { kind: 'invalid' }
  /** A newer app wrote it; its layout may differ. */
  | { kind: 'newer'; version: number };

export function isMarkerText(text: string): boolean {
  return text.startsWith(`${markerPrefix}|`);
}

/** Reads a marker cell's text; only call it on text for which `isMarkerText` holds. */
export function readMarker(text: string): MarkerReading {
  const parts = text.trim().split('|');
  if (parts[1] === instructionsKind) return { kind: 'instructions' };
  const version = Number(parts[2]);
  if (parts[1] !== unitSheetKind || !Number.isInteger(version) || version < 1) return { kind: 'invalid' };
  if (version > templateVersion) return { kind: 'newer', version };
  const [, , , unitCode, yearText, quarterText] = parts;
  const year = Number(yearText);
  const quarter = Number(quarterText);
  const validCode = unitCode !== undefined && /^[A-Za-z0-9_.-]{1,40}$/.test(unitCode);
  if (parts.length !== 6 || !validCode || !Number.isInteger(year) || ![1, 2, 3, 4].includes(quarter)) {
    return { kind: 'invalid' };
  }
  return { kind: 'unit', marker: { version, unitCode, year, quarter: quarter as 1 | 2 | 3 | 4 } };
}

/** The columns of the indicator table, in the order they are written. */
export const templateColumns = [
  'stt',
  'name',
  'measureUnit',
  'plan',
  'lastYear',
  'value',
  'numerator',
  'denominator',
  'achieved',
  'status',
  'note',
  'indicatorId',
] as const;
export type TemplateColumn = (typeof templateColumns)[number];

/** The columns the importer reads; the others are labels for the unit. */
export const importedColumns = [
  'value',
  'numerator',
  'denominator',
  'achieved',
  'status',
  'note',
  'indicatorId',
] as const;
export type ImportedColumn = (typeof importedColumns)[number];

const columnKeyPrefix = 'thidua:';

/** The hidden key of a column: `thidua:value`. */
export function columnKey(column: TemplateColumn): string {
  return `${columnKeyPrefix}${column}`;
}

/** The column a hidden key names, or undefined for any other text. */
export function columnOfKey(text: string): TemplateColumn | undefined {
  if (!text.startsWith(columnKeyPrefix)) return undefined;
  const name = text.slice(columnKeyPrefix.length).trim();
  return (templateColumns as readonly string[]).includes(name) ? (name as TemplateColumn) : undefined;
}

/** 1-based column number of each column as exported. */
export const exportedColumnNumber = Object.fromEntries(templateColumns.map((c, i) => [c, i + 1])) as Record<
  TemplateColumn,
  number
>;

/**
 * Rows as exported (1-based). The key and marker rows are hidden and sit above the merged title block, so that a
 * unit sorting the indicator rows (after unprotecting the sheet) cannot move them.
 */
export const templateRows = {
  keys: 1,
  marker: 2,
  issuingBody: 3,
  council: 4,
  title: 5,
  period: 6,
  unit: 7,
  header: 9,
  firstData: 10,
} as const;

/** Column widths in characters, by column. */
export const templateColumnWidths: Record<TemplateColumn, number> = {
  stt: 6,
  name: 50,
  measureUnit: 11,
  plan: 20,
  lastYear: 14,
  value: 15,
  numerator: 15,
  denominator: 15,
  achieved: 13,
  status: 14,
  note: 30,
  indicatorId: 10,
};

/**
 * Spreadsheet column letters.
 * @example columnLetter(6) === 'F'
 * @example columnLetter(28) === 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
