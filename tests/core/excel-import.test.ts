import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import type { CoreContext } from '@core/context';
import { dumpDatabase, indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';
import { asExcelFile, exportWorkbooks, headerColumn, importFiles, indicatorRow, unitSheet } from './excel-helpers';

const names = {
  rice: 'Sản lượng lúa',
  herd: 'Tổng đàn gia súc',
  rate: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng',
  jobs: 'Giải quyết việc làm mới',
  training: 'Dạy nghề',
  standard: 'Xây dựng nông thôn mới – số xã đạt chuẩn',
  shrimp: 'Sản lượng tôm nước lợ',
};

function ids(ctx: CoreContext) {
  return Object.fromEntries(Object.entries(names).map(([k, n]) => [k, indicatorByName(ctx, n).id])) as Record<
    keyof typeof names,
    number
  >;
}

/** Swaps two rows' contents, as sorting the table would. */
function swapRows(a: ExcelJS.Row, b: ExcelJS.Row): void {
  const first = a.values;
  a.values = b.values as ExcelJS.CellValue[];
  b.values = first as ExcelJS.CellValue[];
}

/**
 * What a commune really sends back: numbers typed as text the Vietnamese way, a percent sign, "chua dat" typed
 * without tones, a formula adding up villages, a renamed sheet, a column inserted before the inputs, blank rows
 * inserted, two rows swapped, and one prefilled cell emptied.
 */
function fillLikeAUnit(sheet: ExcelJS.Worksheet, id: ReturnType<typeof ids>): void {
  const col = (label: string) => headerColumn(sheet, label);
  const [value, numerator, denominator, achieved, status, note] = [
    col('Thực hiện quý'),
    col('Tử số'),
    col('Mẫu số'),
    col('Đạt / Chưa đạt'),
    col('Ước / Chính thức'),
    col('Ghi chú'),
  ];
  indicatorRow(sheet, id.rice).getCell(value).value = '1.234,5';
  indicatorRow(sheet, id.rice).getCell(status).value = 'Chính thức';
  indicatorRow(sheet, id.rice).getCell(note).value = 'Số liệu của xã';
  indicatorRow(sheet, id.herd).getCell(value).value = '3400';
  indicatorRow(sheet, id.rate).getCell(numerator).value = ' 12 ';
  indicatorRow(sheet, id.rate).getCell(denominator).value = '1.480';
  indicatorRow(sheet, id.jobs).getCell(value).value = ' 95 % ';
  indicatorRow(sheet, id.training).getCell(value).value = { formula: '120+35', result: 155 };
  indicatorRow(sheet, id.standard).getCell(achieved).value = 'chua dat';
  indicatorRow(sheet, id.shrimp).getCell(value).value = null;

  sheet.name = 'Long Hưng';
  swapRows(indicatorRow(sheet, id.rice), indicatorRow(sheet, id.herd));
  sheet.spliceRows(indicatorRow(sheet, id.rate).number, 0, [], []);
  sheet.spliceColumns(value, 0, []);
  sheet.getCell(9, value).value = 'Số liệu xã tự theo dõi';
}

describe('Nhập từ Excel', () => {
  it('imports a template filled the way a unit really fills it and finds the values in figures:list', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const lh = unitByCode(ctx, 'XA-LH');
    const shrimpBefore = ctx.repos.figures.one(id.shrimp, lh.id, 2023, 2);
    const exported = await exportWorkbooks(ctx, ['XA-LH', 'XA-HP']);
    const lhFile = exported.find((f) => f.fileName.endsWith('XA-LH.xlsx'));
    const hpFile = exported.find((f) => f.fileName.endsWith('XA-HP.xlsx'));
    fillLikeAUnit(unitSheet(lhFile!.workbook), id);
    const files = [
      await asExcelFile(lhFile!.workbook, 'xa-long-hung.xlsx'),
      await asExcelFile(hpFile!.workbook, 'hp.xlsx'),
    ];

    const { preview, applied } = await importFiles(ctx, files);
    expect(preview.year).toBe(2023);
    expect(preview.quarter).toBe(2);
    expect(preview.files.map((f) => [f.fileName, f.accepted, f.refusals])).toEqual([
      ['xa-long-hung.xlsx', true, []],
      ['hp.xlsx', true, []],
    ]);
    const lhPreview = preview.files[0]!;
    expect(lhPreview.units).toEqual([
      { sheetName: 'Long Hưng', unitId: lh.id, unitCode: 'XA-LH', unitName: 'Xã Long Hưng' },
    ]);
    const riceChange = lhPreview.changes.find((c) => c.indicatorId === id.rice)!;
    expect(riceChange.afterText).toBe('1.234,5 (chính thức); ghi chú: "Số liệu của xã"');
    expect(riceChange.row).toBeGreaterThan(9);
    expect(lhPreview.changes.find((c) => c.indicatorId === id.rate)!.afterText).toBe('12 / 1.480 (0,8%) (ước)');
    // The unmodified Hưng Phú template only repeats what the database holds.
    expect(preview.files[1]!.changes).toEqual([]);
    expect(preview.files[1]!.unchanged).toBeGreaterThan(0);
    expect(applied.files.map((f) => f.status)).toEqual(['applied', 'unchanged']);
    expect(applied.inserted + applied.updated).toBe(preview.totals.changes);

    const listed = await invoke(ctx, 'figures:list', { year: 2023, quarter: 2 });
    const of = (indicatorId: number) => listed.find((f) => f.unitCode === 'XA-LH' && f.indicatorId === indicatorId)!;
    expect(of(id.rice)).toMatchObject({
      value: 1234.5,
      status: 'chinh_thuc',
      note: 'Số liệu của xã',
      period: '2023-Q2',
    });
    expect(of(id.herd).value).toBe(3400);
    expect(of(id.rate)).toMatchObject({ numerator: 12, denominator: 1480, value: null });
    expect(of(id.jobs).value).toBe(95);
    expect(of(id.training).value).toBe(155);
    expect(of(id.standard).achieved).toBe(false);
    // An emptied cell means "not reported": the figure held before is kept.
    expect(ctx.repos.figures.one(id.shrimp, lh.id, 2023, 2)).toEqual(shrimpBefore);
    const history = await invoke(ctx, 'figures:history', {
      indicatorId: id.rice,
      unitId: lh.id,
      year: 2023,
      quarter: 2,
    });
    expect(history.at(-1)!.reason).toBe('Nhập từ Excel: xa-long-hung.xlsx, hp.xlsx');
  });

  it('a second import of the same file changes nothing and says so', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    fillLikeAUnit(unitSheet(file!.workbook), id);
    const files = [await asExcelFile(file!.workbook, 'xa-long-hung.xlsx')];
    const first = await importFiles(ctx, files);
    expect(first.applied.updated + first.applied.inserted).toBeGreaterThan(0);

    const before = dumpDatabase(ctx);
    const again = await importFiles(ctx, files);
    expect(again.preview.totals).toMatchObject({ changes: 0, acceptedFiles: 1, refusedFiles: 0 });
    expect(again.preview.totals.unchanged).toBe(first.preview.totals.changes + first.preview.totals.unchanged);
    expect(again.applied).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    expect(again.applied.files).toEqual([
      {
        fileName: 'xa-long-hung.xlsx',
        status: 'unchanged',
        changes: 0,
        unchanged: again.preview.totals.unchanged,
        refusals: [],
      },
    ]);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('imports a one-workbook template with a sheet per unit in one transaction', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const [file] = await exportWorkbooks(ctx, ['XA-LH', 'XA-MT'], 'one-workbook');
    const value = (sheet: ExcelJS.Worksheet) => headerColumn(sheet, 'Thực hiện quý');
    const lhSheet = unitSheet(file!.workbook, 0);
    const mtSheet = unitSheet(file!.workbook, 1);
    indicatorRow(lhSheet, id.rice).getCell(value(lhSheet)).value = 7001;
    indicatorRow(mtSheet, id.rice).getCell(value(mtSheet)).value = '7.002';
    const { applied } = await importFiles(ctx, [await asExcelFile(file!.workbook, 'ca-huyen.xlsx')]);
    expect(applied).toMatchObject({ updated: 2, year: 2023, quarter: 2 });
    const rice = (code: string) => ctx.repos.figures.one(id.rice, unitByCode(ctx, code).id, 2023, 2)!.value;
    expect([rice('XA-LH'), rice('XA-MT')]).toEqual([7001, 7002]);
  });

  it('refuses to apply when the database changed since the preview, and writes nothing', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const lh = unitByCode(ctx, 'XA-LH');
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    indicatorRow(sheet, id.rice).getCell(headerColumn(sheet, 'Thực hiện quý')).value = 9999;
    const files = [await asExcelFile(file!.workbook, 'xa-long-hung.xlsx')];
    const preview = await invoke(ctx, 'figures:previewImport', { files });
    expect(preview.totals.changes).toBe(1);

    // The secretary corrects the same figure on the entry grid while the preview is open.
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: id.rice, unitId: lh.id, value: 5000 }],
    });
    const before = dumpDatabase(ctx);
    await expect(invoke(ctx, 'figures:applyImport', { files, digest: preview.digest })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Dữ liệu hoặc tệp đã thay đổi kể từ lúc xem trước nên chưa ghi gì. Hãy xem trước lại rồi xác nhận.',
    });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  // The apply reuses what the preview read only for the very same bytes: a file saved again under the same name
  // between preview and apply is read afresh, and its different figures make the digest refuse.
  it('refuses to apply when the file was changed under the same name since the preview, and writes nothing', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    const cell = indicatorRow(sheet, id.rice).getCell(headerColumn(sheet, 'Thực hiện quý'));
    cell.value = 9999;
    const previewed = [await asExcelFile(file!.workbook, 'xa-long-hung.xlsx')];
    const preview = await invoke(ctx, 'figures:previewImport', { files: previewed });
    expect(preview.totals.changes).toBe(1);

    cell.value = 8888;
    const changed = [await asExcelFile(file!.workbook, 'xa-long-hung.xlsx')];
    const before = dumpDatabase(ctx);
    await expect(invoke(ctx, 'figures:applyImport', { files: changed, digest: preview.digest })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(dumpDatabase(ctx)).toEqual(before);
    // The file as previewed still applies.
    const again = await invoke(ctx, 'figures:previewImport', { files: previewed });
    await invoke(ctx, 'figures:applyImport', { files: previewed, digest: again.digest });
    expect(ctx.repos.figures.one(id.rice, unitByCode(ctx, 'XA-LH').id, 2023, 2)!.value).toBe(9999);
  });

  it('previews warnings from checkFigureEntry without refusing, and the old → new of each change', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const lh = unitByCode(ctx, 'XA-LH');
    const lastYear = ctx.repos.figures.one(id.rice, lh.id, 2022, 2)!.value!;
    const current = ctx.repos.figures.one(id.rice, lh.id, 2023, 2)!;
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    indicatorRow(sheet, id.rice).getCell(headerColumn(sheet, 'Thực hiện quý')).value = lastYear * 3;
    const preview = await invoke(ctx, 'figures:previewImport', {
      files: [await asExcelFile(file!.workbook, 'lh.xlsx')],
      year: 2023,
      quarter: 2,
    });
    const [change] = preview.files[0]!.changes;
    expect(change).toMatchObject({
      unitCode: 'XA-LH',
      indicatorName: 'Sản lượng lúa',
      before: { value: current.value },
      after: { value: lastYear * 3 },
      errors: [],
    });
    expect(change!.warnings).toEqual([expect.stringMatching(/^Cao hơn 200% so với cùng kỳ năm trước/)]);
    expect(preview.files[0]!.accepted).toBe(true);
  });
  // Issue 13: a thôn's report gives its rate as "4,5%"; typos show as warnings in the preview, never refusals.
  it('takes a rate typed as a percentage, and warns of a quarter above the whole-year target and of a jump', async () => {
    const ctx = await openDemoCore();
    const id = ids(ctx);
    const lh = unitByCode(ctx, 'XA-LH');
    const rate = indicatorByName(ctx, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng');
    const allocation = ctx.repos.targets.byYear(2023).find((t) => t.indicatorId === id.rice && t.unitId === lh.id)!;
    const q1 = ctx.repos.figures.one(id.rice, lh.id, 2023, 1)!.value!;
    const typo = allocation.value! * 10; // one digit too many
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    indicatorRow(sheet, id.rice).getCell(headerColumn(sheet, 'Thực hiện quý')).value = typo;
    const rateRow = indicatorRow(sheet, rate.id);
    rateRow.getCell(headerColumn(sheet, 'Thực hiện quý')).value = 4.5;
    rateRow.getCell(headerColumn(sheet, 'Tử số')).value = null;
    rateRow.getCell(headerColumn(sheet, 'Mẫu số')).value = null;
    const preview = await invoke(ctx, 'figures:previewImport', {
      files: [await asExcelFile(file!.workbook, 'lh.xlsx')],
      year: 2023,
      quarter: 2,
    });
    expect(preview.files[0]!.accepted).toBe(true);
    const changes = preview.files[0]!.changes;
    const rice = changes.find((c) => c.indicatorId === id.rice)!;
    const n = (x: number) => formatVietnameseNumber(x);
    expect(rice.errors).toEqual([]);
    expect(rice.warnings).toEqual(
      expect.arrayContaining([
        `Số của quý (${n(typo)}) lớn hơn chỉ tiêu cả năm (${n(allocation.value!)}); kiểm tra lại (có gõ thừa chữ số?).`,
        `Gấp ${formatVietnameseNumber(typo / q1, 1)} lần quý trước (${n(q1)}); kiểm tra lại.`,
      ]),
    );
    expect(changes.find((c) => c.indicatorId === rate.id)).toMatchObject({
      after: { value: 4.5, numerator: null, denominator: null },
      afterText: '4,5% (ước)',
      errors: [],
    });
  });
});
