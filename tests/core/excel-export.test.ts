import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';
import { exportWorkbooks, headerColumn, indicatorRow, unitSheet } from './excel-helpers';

describe('Xuất mẫu nhập liệu', () => {
  it('writes one file per active unit, or one workbook with a sheet per unit and the instructions', async () => {
    const ctx = await openDemoCore();
    const perUnit = await exportWorkbooks(ctx, null);
    expect(perUnit).toHaveLength(11);
    expect(perUnit.map((f) => f.fileName)).toContain('mau-so-lieu-2023-Q2-XA-LH.xlsx');
    expect(perUnit[0]!.workbook.worksheets.map((s) => s.name)).toEqual(['Thị trấn Huỳnh Hữu Nghĩa', 'Hướng dẫn']);

    const [one] = await exportWorkbooks(ctx, null, 'one-workbook');
    expect(one!.fileName).toBe('mau-so-lieu-2023-Q2.xlsx');
    const names = one!.workbook.worksheets.map((s) => s.name);
    expect(names).toHaveLength(12);
    expect(names).toContain('Xã Long Hưng');
    expect(names.at(-1)).toBe('Hướng dẫn');
    // Sheet names are capped at Excel's 31 characters.
    expect(names).toContain('Phòng Nông nghiệp và Phát triển');
    const instructions = one!.workbook.getWorksheet('Hướng dẫn')!;
    expect(String(instructions.getCell('A2').value)).toBe(
      'HƯỚNG DẪN NHẬP SỐ LIỆU THỰC HIỆN CHỈ TIÊU THI ĐUA QUÝ II NĂM 2023',
    );
  });

  it('carries the unit and quarter in a hidden marker, column keys in a hidden row and ids in a hidden column', async () => {
    const ctx = await openDemoCore();
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    expect(sheet.getRow(1).hidden).toBe(true);
    expect(sheet.getRow(2).hidden).toBe(true);
    expect(sheet.getCell('A2').value).toBe('THIDUA-DESK|mau-so-lieu|1|XA-LH|2023|2');
    expect(sheet.getCell('F1').value).toBe('thidua:value');
    expect(sheet.getColumn(headerColumn(sheet, 'Mã chỉ tiêu (không sửa)')).hidden).toBe(true);
    const texts = [3, 4, 5, 6, 7].map((r) => sheet.getCell(r, 1).value);
    expect(texts).toEqual([
      'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)',
      'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
      'BÁO CÁO SỐ LIỆU THỰC HIỆN CHỈ TIÊU THI ĐUA',
      'Quý II năm 2023',
      'Đơn vị: Xã Long Hưng (mã XA-LH)',
    ]);
    const headers: unknown[] = [];
    sheet.getRow(9).eachCell((cell) => headers.push(cell.value));
    expect(headers).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm',
      'Cùng kỳ năm trước',
      'Thực hiện quý',
      'Tử số',
      'Mẫu số',
      'Đạt / Chưa đạt',
      'Ước / Chính thức',
      'Ghi chú',
      'Mã chỉ tiêu (không sửa)',
    ]);
    expect(sheet.getCell('A10').value).toBe('I. KINH TẾ');
  });

  it('shows the unit allocation or the whole-area target, last year and the figures already held', async () => {
    const ctx = await openDemoCore();
    const lh = unitByCode(ctx, 'XA-LH');
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    const herd = indicatorByName(ctx, 'Tổng đàn gia súc');
    const [file] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(file!.workbook);
    const targets = ctx.repos.targets.byYear(2023);
    const own = targets.find((t) => t.indicatorId === rice.id && t.unitId === lh.id)!;
    const area = targets.find((t) => t.indicatorId === herd.id && t.unitId === null)!;
    const riceRow = indicatorRow(sheet, rice.id);
    const herdRow = indicatorRow(sheet, herd.id);
    expect(riceRow.getCell(headerColumn(sheet, 'Kế hoạch năm')).value).toBe(`≥ ${formatVietnameseNumber(own.value!)}`);
    expect(herdRow.getCell(headerColumn(sheet, 'Kế hoạch năm')).value).toBe(
      `≥ ${formatVietnameseNumber(area.value!)} (toàn huyện)`,
    );
    const lastYear = ctx.repos.figures.one(rice.id, lh.id, 2022, 2)!;
    expect(riceRow.getCell(headerColumn(sheet, 'Cùng kỳ năm trước')).value).toBe(lastYear.value);
    const current = ctx.repos.figures.one(rice.id, lh.id, 2023, 2)!;
    expect(riceRow.getCell(headerColumn(sheet, 'Thực hiện quý')).value).toBe(current.value);
    expect(riceRow.getCell(headerColumn(sheet, 'Ước / Chính thức')).value).toBe(
      current.status === 'uoc' ? 'Ước' : 'Chính thức',
    );
  });

  it('unlocks and validates only the input cells a kind uses, protects the rest and sets up A4 printing', async () => {
    const ctx = await openDemoCore();
    const [file] = await exportWorkbooks(ctx, ['XA-MT']);
    const sheet = unitSheet(file!.workbook);
    // exceljs reads <sheetProtection> back but does not declare it in its typings.
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    const column = (label: string) => headerColumn(sheet, label);
    const rice = indicatorRow(sheet, indicatorByName(ctx, 'Sản lượng lúa').id);
    const herd = indicatorRow(sheet, indicatorByName(ctx, 'Tổng đàn gia súc').id);
    const rate = indicatorRow(sheet, indicatorByName(ctx, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng').id);
    const standard = indicatorRow(sheet, indicatorByName(ctx, 'Xây dựng nông thôn mới – số xã đạt chuẩn').id);

    const value = rice.getCell(column('Thực hiện quý'));
    expect(value.protection).toMatchObject({ locked: false });
    expect(value.numFmt).toBe('#,##0');
    // A flow may be negative (a correction); a herd may not.
    expect(value.dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
    expect(herd.getCell(column('Thực hiện quý')).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(rice.getCell(column('Tử số')).protection?.locked).not.toBe(false);
    expect(rice.getCell(column('Chỉ tiêu')).protection?.locked).not.toBe(false);

    // Issue 13: a thôn may send its rate as a percentage ("4,5%"), so the rate's value cell is open too.
    expect(rate.getCell(column('Thực hiện quý')).protection).toMatchObject({ locked: false });
    expect(rate.getCell(column('Thực hiện quý')).dataValidation).toMatchObject({ type: 'decimal', formulae: [0] });
    expect(rate.getCell(column('Tử số')).dataValidation).toMatchObject({ type: 'decimal', formulae: [0] });
    expect(rate.getCell(column('Mẫu số')).protection).toMatchObject({ locked: false });
    expect(String(rate.getCell(column('Chỉ tiêu')).value)).toContain(
      'hoặc tử số: Số trẻ dưới 5 tuổi suy dinh dưỡng; mẫu số: Số trẻ dưới 5 tuổi được cân đo',
    );

    expect(standard.getCell(column('Đạt / Chưa đạt')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Đạt,Chưa đạt"'],
    });
    expect(standard.getCell(column('Ước / Chính thức')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Ước,Chính thức"'],
    });
    expect(standard.getCell(column('Ghi chú')).protection).toMatchObject({ locked: false });

    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.pageSetup.margins).toMatchObject({ left: 1.18, right: 0.59 });
  });

  it('writes a formula-looking unit or indicator name as plain text that Excel will not evaluate', async () => {
    const ctx = await openDemoCore();
    const hostile = '=HYPERLINK("http://x","y")';
    const unit = await invoke(ctx, 'units:create', { name: hostile, kind: 'xa', code: 'XA-X' });
    const indicator = await invoke(ctx, 'indicators:save', {
      name: '+SUM(1,2)',
      group: 'khac',
      measureUnit: null,
      kind: 'flow',
      direction: 'higher',
    });
    const plan = ctx.repos.plans.all().find((p) => p.year === 2023)!;
    await invoke(ctx, 'targets:save', { planId: plan.id, indicatorId: indicator.id, comparator: 'gte', value: 5 });
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [{ indicatorId: rice.id, unitId: unit.id, value: 1, note: '@cmd|calc' }],
    });

    const [file] = await exportWorkbooks(ctx, ['XA-X']);
    const sheet = unitSheet(file!.workbook);
    const cells = [
      sheet.getCell(7, 1),
      indicatorRow(sheet, indicator.id).getCell(headerColumn(sheet, 'Chỉ tiêu')),
      indicatorRow(sheet, rice.id).getCell(headerColumn(sheet, 'Ghi chú')),
    ];
    expect(cells.map((c) => c.value)).toEqual([`Đơn vị: ${hostile} (mã XA-X)`, '+SUM(1,2)', '@cmd|calc']);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    expect(sheet.name).not.toContain('/');
  });

  it('refuses a year without a plan and an inactive unit, naming them', async () => {
    const ctx = await openDemoCore();
    await expect(
      invoke(ctx, 'figures:exportTemplate', { year: 2030, quarter: 1, unitIds: null, layout: 'one-workbook' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Năm 2030 chưa có kế hoạch') });
    const lh = unitByCode(ctx, 'XA-LH');
    await invoke(ctx, 'units:retire', { id: lh.id, validTo: '2023-05-01' });
    await expect(
      invoke(ctx, 'figures:exportTemplate', { year: 2023, quarter: 2, unitIds: [lh.id], layout: 'per-unit-files' }),
    ).rejects.toMatchObject({ message: 'Đơn vị "Xã Long Hưng" không hoạt động trong Quý II/2023.' });
  });
});
