import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { invoke } from '@core/dispatch/dispatch';
import type { CoreContext } from '@core/context';
import { reportData } from '@core/reports/service';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import { indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';

async function exportXlsx(ctx: CoreContext, id: number) {
  const file = await invoke(ctx, 'reports:export', { id, format: 'xlsx' });
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { file, bytes, workbook };
}

/** The printed text of a figure ("176.121*") as the number a numeric cell must hold (176121). */
const printedNumber = (text: string) => Number(text.replace('*', '').replace(/\./g, '').replace(',', '.'));
const printedPercent = (text: string) => printedNumber(text.replace('%', '')) / 100;

/** Data rows of a sheet: below the header row (row 4), up to the first row without an STT. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const result: ExcelJS.Row[] = [];
  for (let r = 5; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === null) break;
    result.push(row);
  }
  return result;
}

describe('the quarterly report as an Excel workbook', () => {
  it('has a "Kết quả" row per target: numeric figures shown as printed, the status and the estimate mark', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { file, workbook } = await exportXlsx(ctx, draft.id);
    expect(file.fileName).toBe('bao-cao-thi-dua-2023-Q2-so-45.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kết quả', 'Phụ lục']);

    const sheet = workbook.getWorksheet('Kết quả')!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Lĩnh vực',
      'Chỉ tiêu',
      'ĐVT',
      'KH năm',
      'TH kỳ',
      'Lũy kế',
      '% KH',
      'Cùng kỳ',
      '% so cùng kỳ',
      'Đánh giá',
      'Ghi chú',
    ]);
    const rows = dataRows(sheet);
    const data = reportData(ctx, draft.id);
    expect(rows).toHaveLength(data.evaluation.targets.length);
    for (const target of data.evaluation.targets) {
      const c = reportRowCells(target);
      const row = rows.find((r) => r.getCell(3).value === c.name);
      expect(row, target.indicator).toBeDefined();
      expect(row!.getCell(4).value).toBe(c.unit === '' ? null : c.unit);
      expect(row!.getCell(11).value).toBe(c.status);
      const qualitative = target.comparator === 'achieve' || target.comparator === 'text';
      if (qualitative) {
        expect(row!.getCell(7).value).toBe(c.ytd);
        continue;
      }
      // Issue 13: the full value in a numeric cell (not the rounded one), formatted to the printed decimals, so
      // what Excel shows is what the paper prints: within half a unit of the last printed decimal.
      for (const [col, text, value] of [
        [6, c.periodValue, target.periodValue],
        [7, c.ytd, target.ytd],
        [9, c.samePeriodLastYear, target.samePeriodLastYear],
      ] as const) {
        if (text === '') continue;
        expect(row!.getCell(col).type, `${target.indicator} col ${col}`).toBe(ExcelJS.ValueType.Number);
        expect(row!.getCell(col).value).toBe(value);
        expect(Math.abs(value! - printedNumber(text))).toBeLessThanOrEqual(0.5 * 10 ** -target.decimals + 1e-9);
      }
      if (c.percentOfPlan !== '') {
        expect(row!.getCell(8).value).toBe(target.percentOfPlan! / 100);
        expect(Math.abs(target.percentOfPlan! / 100 - printedPercent(c.percentOfPlan))).toBeLessThanOrEqual(
          0.0005 + 1e-12,
        );
      }
      expect(row!.getCell(8).numFmt).toBe('0.0%');
      // Estimated figures keep the report's asterisk (through the number format) and say so in "Ghi chú".
      expect(row!.getCell(7).numFmt.endsWith('"*"')).toBe(target.estimated);
      expect(row!.getCell(12).value ?? '').toBe(target.estimated ? 'Số liệu ước tính' : '');
    }

    const rice = rows.find((r) => r.getCell(3).value === 'Sản lượng lúa')!;
    expect([5, 6, 7, 9].map((col) => rice.getCell(col).value)).toEqual([320080, 37942, 176121, 169292]);
    expect(rice.getCell(7).numFmt).toBe('#,##0"*"');
    const industry = rows.find((r) => r.getCell(3).value === 'Giá trị sản xuất công nghiệp')!;
    expect(industry.getCell(5).value).toBe(789.53);
    expect(industry.getCell(5).numFmt).toBe('#,##0.00');
    // A plan figure with a comparator is not a plain number: it stays as printed.
    expect(rows.find((r) => r.getCell(3).value === 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng')!.getCell(5).value).toBe(
      '≤ 9,4',
    );
    // STT follows the printed report, field by field.
    expect(rows.map((r) => r.getCell(1).value)).toEqual(rows.map((_, i) => i + 1));
  });

  it('has a "Phụ lục" row per target and unit, with each unit’s figures', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { workbook } = await exportXlsx(ctx, draft.id);
    const rows = dataRows(workbook.getWorksheet('Phụ lục')!);
    const data = reportData(ctx, draft.id);
    const expected = data.evaluation.targets.flatMap((t) => t.units.map((u) => ({ t, u })));
    expect(rows).toHaveLength(expected.length);
    expected.forEach(({ t, u }, i) => {
      const c = annexRowCells(t, u);
      const row = rows[i]!;
      expect([row.getCell(2).value, row.getCell(4).value, row.getCell(8).value ?? '']).toEqual([
        t.indicator,
        c.name,
        c.status,
      ]);
      if (t.kind === 'unit_count' || t.kind === 'qualitative') expect(row.getCell(6).value ?? '').toBe(c.ytd);
      else if (c.ytd !== '') expect(row.getCell(6).value).toBe(u.ytd);
    });
    const riceLongHung = rows.find(
      (r) => r.getCell(2).value === 'Sản lượng lúa' && r.getCell(4).value === 'Xã Long Hưng',
    )!;
    expect([riceLongHung.getCell(5).value, riceLongHung.getCell(6).value]).toEqual([44811, 24470]);
    expect(riceLongHung.getCell(1).value).toBe('2.3');
  });

  it('prints on A4 landscape with the header row repeated on every page', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { workbook } = await exportXlsx(ctx, draft.id);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
      expect(sheet.pageSetup.fitToWidth).toBe(1);
    }
  });

  it('never turns a name into a formula, whatever it starts with', async () => {
    const ctx = await openDemoCore();
    const hostile = '=HYPERLINK("http://evil.example","Xã Long Hưng")';
    await invoke(ctx, 'units:rename', { id: unitByCode(ctx, 'XA-LH').id, name: hostile });
    const { demo: _demo, ...training } = indicatorByName(ctx, 'Dạy nghề');
    await invoke(ctx, 'indicators:save', { ...training, name: '+Dạy nghề' });
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { workbook, bytes } = await exportXlsx(ctx, draft.id);

    const cells: ExcelJS.Cell[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const named = cells.filter((cell) => cell.value === hostile || cell.value === '+Dạy nghề');
    expect(named.length).toBeGreaterThan(2);
    for (const cell of named) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    // No formula element anywhere in the sheets' XML.
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    }
  });

  it('an issued report exports its frozen figures after they change', async () => {
    const ctx = await openDemoCore();
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    await invoke(ctx, 'reports:issue', { id: draft.id });
    await invoke(ctx, 'figures:save', {
      year: 2023,
      quarter: 2,
      entries: [
        { indicatorId: indicatorByName(ctx, 'Sản lượng lúa').id, unitId: unitByCode(ctx, 'XA-LH').id, value: 1 },
      ],
      reason: 'Xã báo lại',
    });
    const issued = dataRows((await exportXlsx(ctx, draft.id)).workbook.getWorksheet('Kết quả')!);
    expect(issued.find((r) => r.getCell(3).value === 'Sản lượng lúa')!.getCell(7).value).toBe(176121);
    const fresh = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const now = dataRows((await exportXlsx(ctx, fresh.id)).workbook.getWorksheet('Kết quả')!);
    expect(now.find((r) => r.getCell(3).value === 'Sản lượng lúa')!.getCell(7).value).not.toBe(176121);
  });
});
