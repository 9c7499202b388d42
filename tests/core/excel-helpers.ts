import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { ExcelFile } from '@shared/contract/excel';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { tempDir } from '../support/temp-core';

/** Exports the template of the given units (codes; Q2 2023 unless told) as exceljs workbooks, one per file. */
export async function exportWorkbooks(
  ctx: CoreContext,
  codes: string[] | null,
  layout: 'per-unit-files' | 'one-workbook' = 'per-unit-files',
  period: { year: number; quarter: 1 | 2 | 3 | 4 } = { year: 2023, quarter: 2 },
): Promise<Array<{ fileName: string; workbook: ExcelJS.Workbook }>> {
  const unitIds = codes === null ? null : codes.map((code) => ctx.repos.units.byCode(code)!.id);
  const { files } = await invoke(ctx, 'figures:exportTemplate', { ...period, unitIds, layout });
  return Promise.all(
    files.map(async (file) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
      return { fileName: file.fileName, workbook };
    }),
  );
}

/** The first sheet that carries a unit's template (the instructions sheet comes last). */
export function unitSheet(workbook: ExcelJS.Workbook, index = 0): ExcelJS.Worksheet {
  return workbook.worksheets.filter((s) => s.name !== 'Hướng dẫn')[index]!;
}

/** Column number of a header label in row 9 of an unmodified template. */
export function headerColumn(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.getRow(9).eachCell((cell, column) => {
    if (cell.value === label) found = column;
  });
  if (found === 0) throw new Error(`no column ${label}`);
  return found;
}

/** The row of an indicator, found by its hidden id in the "Mã chỉ tiêu" column. */
export function indicatorRow(sheet: ExcelJS.Worksheet, indicatorId: number): ExcelJS.Row {
  const idColumn = headerColumn(sheet, 'Mã chỉ tiêu (không sửa)');
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(idColumn).value === indicatorId) found = row;
  });
  if (!found) throw new Error(`no row for indicator ${indicatorId}`);
  return found;
}

/** Writes a workbook into a temp folder (a real .xlsx on disk, as a unit would e-mail it) and reads it back. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, fileName: string, dir = tempDir()): Promise<string> {
  const path = join(dir, fileName);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

export function fileOnDisk(path: string, fileName = path.split('/').pop()!): ExcelFile {
  return { fileName, contentBase64: readFileSync(path).toString('base64') };
}

export async function asExcelFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExcelFile> {
  return fileOnDisk(await saveWorkbook(workbook, fileName), fileName);
}

/** Preview then apply, as the screen does after the secretary confirms. */
export async function importFiles(
  ctx: CoreContext,
  files: ExcelFile[],
  pick: { year?: number; quarter?: 1 | 2 | 3 | 4 } = {},
) {
  const preview = await invoke(ctx, 'figures:previewImport', { files, ...pick });
  const applied = await invoke(ctx, 'figures:applyImport', { files, ...pick, digest: preview.digest });
  return { preview, applied };
}

interface ZipPart {
  name: string;
  content: Buffer;
  /** Lie about the unzipped size in the headers (a classic zip bomb trick). */
  declaredSize?: number;
}

/** A minimal zip writer for hostile test files: deflated parts, real CRCs, optionally lying sizes. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const data = deflateRawSync(part.content);
    const size = part.declaredSize ?? part.content.length;
    const crc = crc32(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
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

export const base64File = (fileName: string, bytes: Buffer): ExcelFile => ({
  fileName,
  contentBase64: bytes.toString('base64'),
});
