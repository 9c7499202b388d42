import type ExcelJS from 'exceljs';
import type { ChannelParsedInput } from '@shared/contract';
import { criterionDraftSchema } from '@shared/contract/clusters';
import type { ScoringTable } from '@shared/domain/cluster-round';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { AppError, isAppError } from '@shared/errors';
import { criteriaImportMessages as m } from '@shared/i18n/vi-cluster-excel';
import { clusterMessages } from '@shared/i18n/vi-clusters';
import { excelPlace } from '@shared/i18n/vi-excel';
import { validateCriteria, type CriterionDraft, type CriterionKind } from '@shared/scoring/criteria';
import type { CoreContext } from '../context';
import { requireCluster, saveCriteria } from './service';
import { cellContent, cellText, readNumber, readText } from '../excel-kit/cell-reading';
import { readIsolated } from '../isolation/isolated-read';
import { loadGuardedWorkbook } from '@core/excel-kit/guarded-workbook';
import { importLimits } from '../excel-kit/limits';
import { columnLetter } from '../excel-kit/template-layout';

const maxRows = 300;
const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();

type HeaderColumn = 'stt' | 'title' | 'max' | 'kind';

/** Which column a header cell names, by its text (ignoring case, tones and spacing). */
function headerOf(text: string): HeaderColumn | undefined {
  const t = fold(text);
  if (t === 'stt' || t === 'so tt' || t === 'so thu tu') return 'stt';
  if (t.startsWith('tieu chi') || t === 'noi dung tieu chi' || t === 'noi dung') return 'title';
  if (t.includes('toi da')) return 'max';
  if (t === 'loai' || t.startsWith('loai ')) return 'kind';
  return undefined;
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<HeaderColumn, number> } | undefined {
  for (let r = 1; r <= importLimits.headerScanRows; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const columns = new Map<HeaderColumn, number>();
    row.eachCell((cell, c) => {
      if (c > importLimits.headerScanColumns) return;
      const column = headerOf(cellText(cellContent(cell.value)));
      if (column !== undefined && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has('stt') && columns.has('title') && columns.has('max')) return { row: r, columns };
  }
  return undefined;
}

const roman = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;

/**
 * The outline rank of an STT as Vietnamese tables write it: I, II (0) above 1, 2 (1) above 1.1 (2) above 1.1.1 (3)
 * above a, b (4). Null when it is none of these.
 */
function codeRank(code: string): number | null {
  if (roman.test(code)) return 0;
  if (/^\d+$/.test(code)) return 1;
  if (/^\d+\.\d+$/.test(code)) return 2;
  if (/^\d+\.\d+\.\d+$/.test(code)) return 3;
  if (/^[a-zđ]$/i.test(code)) return 4;
  return null;
}

function kindOf(text: string): CriterionKind | null | undefined {
  const t = fold(text);
  if (t === '') return null;
  if (t === 'noi dung' || t === 'diem noi dung' || t === 'co ban') return 'noi_dung';
  if (t === 'thuong' || t === 'diem thuong' || t === 'cong' || t === 'diem cong') return 'thuong';
  if (t === 'tru' || t === 'diem tru') return 'tru';
  return undefined;
}

interface ParsedRow {
  place: string;
  code: string;
  rank: number;
  title: string;
  maxPoints: number;
  kind: CriterionKind | null;
}

/** Reads the criteria rows of the first sheet with an STT / Tiêu chí / Điểm tối đa header, refusing at the first bad cell. */
export async function readCriteriaSheet(fileName: string, contentBase64: string): Promise<CriterionDraft[]> {
  const workbook = await loadGuardedWorkbook(fileName, contentBase64, m.noHeader);
  const sheet = workbook.worksheets.find((s) => findHeader(s) !== undefined);
  const header = sheet ? findHeader(sheet) : undefined;
  if (!sheet || !header) throw new AppError('INVALID_INPUT', m.noHeader(fileName));
  const at = { file: fileName, sheet: sheet.name };
  const fail = (message: string): never => {
    throw new AppError('INVALID_INPUT', message);
  };
  const col = (c: HeaderColumn) => header.columns.get(c);
  const parsed: ParsedRow[] = [];
  sheet.eachRow((row, r) => {
    if (r <= header.row) return;
    const place = (c: HeaderColumn) => excelPlace({ ...at, row: r, column: columnLetter(col(c)!) });
    const content = (c: HeaderColumn) => cellContent(col(c) === undefined ? undefined : row.findCell(col(c)!)?.value);
    const take = <T>(read: { ok: true; value: T | null } | { ok: false; refusal: string }): T | null =>
      read.ok ? read.value : fail(read.refusal);
    const code = (take(readText(content('stt'), place('stt'), 40)) ?? '').replace(/[.)]+$/, '').trim();
    const title = take(readText(content('title'), place('title'), 1000));
    const maxContent = content('max');
    if (code === '' && title === null && maxContent.kind === 'empty') return;
    // A closing "Tổng cộng" line without STT is the table's total, not a criterion.
    if (code === '' && title !== null && fold(title).startsWith('tong')) return;
    if (code === '') fail(m.noCode(place('stt')));
    if (title === null) fail(m.noTitle(place('title')));
    const rank = codeRank(code);
    if (rank === null) fail(m.badCode(place('stt'), code));
    const max = take(readNumber(maxContent, place('max')));
    if (max === null) fail(m.noMax(place('max')));
    const kindText = col('kind') === undefined ? '' : cellText(content('kind'));
    const kind = kindOf(kindText);
    if (kind === undefined) fail(m.badKind(place('kind'), kindText.slice(0, 40)));
    if (parsed.length >= maxRows) fail(m.tooManyRows(excelPlace(at), maxRows));
    parsed.push({
      place: excelPlace({ ...at, row: r }),
      code,
      rank: rank!,
      title: title!,
      maxPoints: Math.abs(max!),
      kind: kind!,
    });
  });
  if (parsed.length === 0) fail(m.noRows(excelPlace(at)));
  // Levels are the ranks present in the table, densely numbered: a table without I, II starts at 1, 2.
  const ranks = [...new Set(parsed.map((p) => p.rank))].sort((a, b) => a - b);
  if (ranks.length > 4) fail(m.tooDeep(excelPlace(at)));
  const stack: CriterionDraft[] = [];
  return parsed.map((p) => {
    const level = ranks.indexOf(p.rank) + 1;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parentKind = stack.length > 0 ? stack[stack.length - 1]!.kind : 'noi_dung';
    const draft = {
      level,
      code: p.code,
      title: p.title,
      kind: p.kind ?? parentKind,
      maxPoints: p.maxPoints,
      link: null,
    };
    const checked = criterionDraftSchema.safeParse(draft);
    if (!checked.success) fail(m.badRow(p.place, checked.error.issues[0]?.message ?? ''));
    stack.push(draft);
    return draft;
  });
}

/**
 * Nhập bảng tiêu chí từ Excel: reads the table, checks it with the shared criteria checks, then saves it through
 * `saveCriteria` (one transaction, audited): replacing the table, or added after its rows. Refused while scored.
 */
export async function importCriteria(
  ctx: CoreContext,
  input: ChannelParsedInput<'clusters:importCriteria'>,
): Promise<ScoringTable> {
  const cluster = requireCluster(ctx, input.clusterId);
  if (ctx.repos.clusterScores.scoredCriteria(cluster.id).size > 0) {
    throw new AppError('CONFLICT', clusterMessages.criteriaHaveScores(cluster.name));
  }
  let imported: CriterionDraft[];
  try {
    const { fileName, contentBase64 } = input;
    imported = await readIsolated(ctx.log, 'read-criteria-sheet', { fileName, contentBase64 }, fileName);
  } catch (error) {
    if (isAppError(error) && error.code === 'FILE_INVALID') throw new AppError('INVALID_INPUT', error.message);
    throw error;
  }
  const existing = input.replace ? [] : ctx.repos.clusters.criteria(cluster.id);
  const rows: CriterionDraft[] = [...existing, ...imported];
  try {
    validateCriteria(rows);
  } catch (error) {
    if (isAppError(error))
      throw new AppError('INVALID_INPUT', m.table(excelPlace({ file: input.fileName }), error.message));
    throw error;
  }
  return saveCriteria(ctx, { clusterId: cluster.id, rows, reason: m.reason(input.fileName) });
}
