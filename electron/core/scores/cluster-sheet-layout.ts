/**
 * The shape of a self-scoring sheet (phiếu tự chấm), shared by the exporter and the importer. As with the figures
 * template, nothing relies on fixed letters or the sheet name: a hidden row carries a key in every column and a
 * hidden marker names the round, the cluster and the unit.
 */

export const selfScoreVersion = 1;
const markerPrefix = 'THIDUA-DESK';
const sheetKind = 'tu-cham';
const instructionsKind = 'huong-dan-tu-cham';

export interface SelfScoreMarker {
  version: number;
  roundId: number;
  clusterId: number;
  unitCode: string;
  roundKey: string;
}

/** @example selfScoreMarker({version:1, roundId:3, clusterId:1, unitCode:'XA-LH', roundKey:'2023-Y'}) === 'THIDUA-DESK|tu-cham|1|3|1|XA-LH|2023-Y' */
export function selfScoreMarker(m: SelfScoreMarker): string {
  return [markerPrefix, sheetKind, m.version, m.roundId, m.clusterId, m.unitCode, m.roundKey].join('|');
}

export const selfScoreInstructionsMarker = [markerPrefix, instructionsKind, selfScoreVersion].join('|');

export type SelfScoreMarkerReading =
  | { kind: 'sheet'; marker: SelfScoreMarker }
  | { kind: 'instructions' }
  | { kind: 'invalid' }
  | { kind: 'newer'; version: number };

/** Our marker text: a self-scoring sheet or its instructions (not the figures template's marker). */
export function isSelfScoreMarkerText(text: string): boolean {
  return text.startsWith(`${markerPrefix}|${sheetKind}|`) || text.startsWith(`${markerPrefix}|${instructionsKind}|`);
}

export function readSelfScoreMarker(text: string): SelfScoreMarkerReading {
  const parts = text.trim().split('|');
  if (parts[1] === instructionsKind) return { kind: 'instructions' };
  const version = Number(parts[2]);
  if (!Number.isInteger(version) || version < 1) return { kind: 'invalid' };
  if (version > selfScoreVersion) return { kind: 'newer', version };
  const [, , , roundText, clusterText, unitCode, roundKey] = parts;
  const roundId = Number(roundText);
  const clusterId = Number(clusterText);
  if (
    parts.length !== 7 ||
    !Number.isInteger(roundId) ||
    roundId < 1 ||
    !Number.isInteger(clusterId) ||
    clusterId < 1 ||
    unitCode === undefined ||
    !/^[A-Za-z0-9_.-]{1,40}$/.test(unitCode) ||
    roundKey === undefined ||
    !/^\d{4}-(H1|Y)$/.test(roundKey)
  ) {
    return { kind: 'invalid' };
  }
  return { kind: 'sheet', marker: { version, roundId, clusterId, unitCode, roundKey } };
}

export const selfScoreColumns = [
  'stt',
  'title',
  'kind',
  'max',
  'computed',
  'explanation',
  'points',
  'comment',
  'criterionId',
] as const;
export type SelfScoreColumn = (typeof selfScoreColumns)[number];

/** The columns the importer reads. */
export const selfScoreImported = ['points', 'comment', 'criterionId'] as const;
export type SelfScoreImported = (typeof selfScoreImported)[number];

const keyPrefix = 'thidua-cham:';

export function selfScoreKey(column: SelfScoreColumn): string {
  return `${keyPrefix}${column}`;
}

export function columnOfSelfScoreKey(text: string): SelfScoreColumn | undefined {
  if (!text.startsWith(keyPrefix)) return undefined;
  const name = text.slice(keyPrefix.length).trim();
  return (selfScoreColumns as readonly string[]).includes(name) ? (name as SelfScoreColumn) : undefined;
}

export const selfScoreColumnNumber = Object.fromEntries(selfScoreColumns.map((c, i) => [c, i + 1])) as Record<
  SelfScoreColumn,
  number
>;

export const selfScoreRows = {
  keys: 1,
  marker: 2,
  council: 3,
  title: 4,
  round: 5,
  unit: 6,
  header: 8,
  firstData: 9,
} as const;

export const selfScoreWidths: Record<SelfScoreColumn, number> = {
  stt: 7,
  title: 55,
  kind: 13,
  max: 10,
  computed: 11,
  explanation: 40,
  points: 12,
  comment: 40,
  criterionId: 10,
};
