import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { ExcelFile } from '@shared/contract/excel';
import { dumpDatabase, indicatorByName, openDemoCore, unitByCode } from '../support/demo-core';
import {
  asExcelFile,
  base64File,
  buildZip,
  exportWorkbooks,
  headerColumn,
  importFiles,
  indicatorRow,
  unitSheet,
} from './excel-helpers';

/** The file is refused in the preview with exactly these messages, apply refuses, and the database is untouched. */
async function expectRefused(
  ctx: CoreContext,
  files: ExcelFile[],
  refusals: Array<string | RegExp>,
  pick: { year?: number; quarter?: 1 | 2 | 3 | 4 } = {},
) {
  const before = dumpDatabase(ctx);
  const preview = await invoke(ctx, 'figures:previewImport', { files, ...pick });
  expect(preview.files.every((f) => !f.accepted)).toBe(true);
  expect(preview.files.flatMap((f) => f.refusals)).toEqual(
    refusals.map((r) => (typeof r === 'string' ? r : expect.stringMatching(r))),
  );
  await expect(invoke(ctx, 'figures:applyImport', { files, ...pick, digest: preview.digest })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    message: expect.stringMatching(/^Không có tệp nào nhập được\. Tệp "/),
  });
  expect(dumpDatabase(ctx)).toEqual(before);
  return preview;
}

/** Long Hưng's template with one cell set: the indicator's row, the column under `label`. */
async function templateWith(
  ctx: CoreContext,
  indicatorName: string,
  label: string,
  value: ExcelJS.CellValue,
  edit?: (sheet: ExcelJS.Worksheet) => void,
) {
  const [file] = await exportWorkbooks(ctx, ['XA-LH']);
  const sheet = unitSheet(file!.workbook);
  const row = indicatorRow(sheet, indicatorByName(ctx, indicatorName).id);
  row.getCell(headerColumn(sheet, label)).value = value;
  edit?.(sheet);
  return { file: await asExcelFile(file!.workbook, 'xa-long-hung.xlsx'), row: row.number };
}

describe('Nhập từ Excel refuses, naming file, sheet, row and column, and writes nothing', () => {
  it('text in a number cell, in a renamed sheet with an inserted column', async () => {
    const ctx = await openDemoCore();
    const { file, row } = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', '12,3,4', (sheet) => {
      sheet.name = 'Long Hưng';
      sheet.spliceColumns(3, 0, []);
    });
    await expectRefused(
      ctx,
      [file],
      [`Tệp "xa-long-hung.xlsx", trang "Long Hưng", dòng ${row}, cột G: "12,3,4" không phải là số.`],
    );
  });

  it('a formula whose result is an error, and a formula never calculated', async () => {
    const ctx = await openDemoCore();
    const { file, row } = await templateWith(ctx, 'Dạy nghề', 'Thực hiện quý', {
      formula: 'A1/0',
      result: { error: '#DIV/0!' },
    } as ExcelJS.CellFormulaValue);
    await expectRefused(
      ctx,
      [file],
      [`Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng", dòng ${row}, cột F: công thức cho kết quả lỗi #DIV/0!.`],
    );
    const uncalculated = await templateWith(ctx, 'Dạy nghề', 'Thực hiện quý', {
      formula: '1+1',
    } as ExcelJS.CellFormulaValue);
    await expectRefused(ctx, [uncalculated.file], [/cột F: công thức chưa có kết quả đã tính/]);
  });

  // Issue 13: a numerator above its denominator is now a warning (a rate above 100%), so the refused rate is one whose
  // typed percentage disagrees with its own numerator and denominator.
  it('a value in a cell the indicator does not use, a word outside the list, a rate that disagrees with its parts', async () => {
    const ctx = await openDemoCore();
    const wrongCell = await templateWith(ctx, 'Sản lượng lúa', 'Tử số', 5);
    await expectRefused(
      ctx,
      [wrongCell.file],
      [
        `Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng", dòng ${wrongCell.row}, cột G: chỉ tiêu "Sản lượng lúa" không nhập số liệu ở cột này.`,
      ],
    );
    const word = await templateWith(ctx, 'Xây dựng nông thôn mới – số xã đạt chuẩn', 'Đạt / Chưa đạt', 'có');
    await expectRefused(ctx, [word.file], [/cột I: "có" không phải là Đạt hoặc Chưa đạt; hãy chọn trong danh sách\.$/]);
    const rate = await templateWith(ctx, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', 'Thực hiện quý', 50);
    await expectRefused(
      ctx,
      [rate.file],
      [new RegExp(`dòng ${rate.row}, cột F: Tỷ lệ 50% không khớp với tử số và mẫu số`)],
    );
  });

  it('an unknown indicator id and an unknown unit code: never guessed from names', async () => {
    const ctx = await openDemoCore();
    const unknownId = await templateWith(ctx, 'Sản lượng lúa', 'Mã chỉ tiêu (không sửa)', 99999);
    await expectRefused(
      ctx,
      [unknownId.file],
      [
        `Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng", dòng ${unknownId.row}, cột L: mã chỉ tiêu "99999" không có trong danh mục; dòng này không được nhập.`,
      ],
    );
    const textId = await templateWith(ctx, 'Sản lượng lúa', 'Mã chỉ tiêu (không sửa)', 'lúa');
    await expectRefused(ctx, [textId.file], [/cột L: mã chỉ tiêu "lúa" không có trong danh mục/]);
    const unknownUnit = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 1, (sheet) => {
      sheet.getCell('A2').value = 'THIDUA-DESK|mau-so-lieu|1|XA-ZZ|2023|2';
    });
    await expectRefused(
      ctx,
      [unknownUnit.file],
      [
        'Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng": mã đơn vị "XA-ZZ" không có trong danh sách đơn vị; trang này không được nhập.',
      ],
    );
    const edited = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 1, (sheet) => {
      sheet.getCell('A2').value = 'THIDUA-DESK|mau-so-lieu|1|XA-LH|2023';
    });
    await expectRefused(ctx, [edited.file], [/trang "Xã Long Hưng": mã nhận dạng mẫu bị sửa/]);
    const newer = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 1, (sheet) => {
      sheet.getCell('A2').value = 'THIDUA-DESK|mau-so-lieu|7|XA-LH|2023|2';
    });
    await expectRefused(ctx, [newer.file], [/mẫu phiên bản 7 do phần mềm mới hơn tạo ra/]);
  });

  it('values for a locked quarter, while an unchanged file of the locked unit still passes', async () => {
    const ctx = await openDemoCore();
    const lh = unitByCode(ctx, 'XA-LH');
    const [untouched] = await exportWorkbooks(ctx, ['XA-LH']);
    const sameAsHeld = await asExcelFile(untouched!.workbook, 'lh-khong-doi.xlsx');
    const { file, row } = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 123);
    await invoke(ctx, 'locks:lock', { year: 2023, quarter: 2, unitIds: [lh.id] });
    await expectRefused(
      ctx,
      [file],
      [
        `Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng", dòng ${row}, cột F: số liệu Quý II/2023 của Xã Long Hưng đã chốt, không thể thay đổi. Mở khóa (ghi rõ lý do) nếu cần điều chỉnh.`,
      ],
    );
    const { applied } = await importFiles(ctx, [sameAsHeld]);
    expect(applied).toMatchObject({ inserted: 0, updated: 0, files: [{ status: 'unchanged' }] });
  });

  it('a template of another quarter than the one picked; several quarters without a pick', async () => {
    const ctx = await openDemoCore();
    const [q1] = await exportWorkbooks(ctx, ['XA-LH'], 'per-unit-files', { year: 2023, quarter: 1 });
    const [q2] = await exportWorkbooks(ctx, ['XA-HP']);
    const files = [await asExcelFile(q1!.workbook, 'q1.xlsx'), await asExcelFile(q2!.workbook, 'q2.xlsx')];
    const before = dumpDatabase(ctx);
    const preview = await invoke(ctx, 'figures:previewImport', { files, year: 2023, quarter: 2 });
    expect(preview.files.map((f) => [f.accepted, f.refusals])).toEqual([
      [false, ['Tệp "q1.xlsx", trang "Xã Long Hưng": đây là mẫu Quý I/2023, không phải Quý II/2023 đang nhập.']],
      [true, []],
    ]);
    await expect(invoke(ctx, 'figures:previewImport', { files })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Các tệp thuộc nhiều kỳ khác nhau (Quý I/2023, Quý II/2023). Hãy chọn năm và quý cần nhập.',
    });
    expect(dumpDatabase(ctx)).toEqual(before);
    await expectRefused(ctx, [files[0]!], [/đây là mẫu Quý I\/2023, không phải Quý II\/2023/], {
      year: 2023,
      quarter: 2,
    });
  });

  it('the same unit twice in one import: the second is refused, the first imported', async () => {
    const ctx = await openDemoCore();
    const first = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 111);
    const second = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 222);
    const { preview, applied } = await importFiles(ctx, [first.file, { ...second.file, fileName: 'gui-lai.xlsx' }]);
    expect(preview.files[1]!.refusals).toEqual([
      'Tệp "gui-lai.xlsx", trang "Xã Long Hưng": đơn vị "Xã Long Hưng" đã có ở Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng"; mỗi đơn vị chỉ nhập một lần.',
    ]);
    expect(applied.files.map((f) => f.status)).toEqual(['applied', 'refused']);
    const rice = indicatorByName(ctx, 'Sản lượng lúa');
    expect(ctx.repos.figures.one(rice.id, unitByCode(ctx, 'XA-LH').id, 2023, 2)!.value).toBe(111);
  });

  it('an xlsx that is not our template, a non-zip, an old .xls and a corrupt zip', async () => {
    const ctx = await openDemoCore();
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Số liệu').addRow(['Sản lượng lúa', 1234]);
    await expectRefused(
      ctx,
      [await asExcelFile(other, 'khac.xlsx')],
      [
        'Tệp "khac.xlsx" không phải là mẫu nhập liệu của Thi Đua Desk (không có mã nhận dạng mẫu). Hãy dùng mẫu xuất từ phần mềm.',
      ],
    );
    await expectRefused(
      ctx,
      [base64File('ghi-chu.xlsx', Buffer.from('Số liệu quý II: 1.234 tấn'))],
      ['Tệp "ghi-chu.xlsx" không phải là tệp Excel (.xlsx).'],
    );
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expectRefused(
      ctx,
      [base64File('cu.xlsx', ole)],
      [/^Tệp "cu\.xlsx" là tệp Excel cũ \(\.xls\) hoặc có đặt mật khẩu/],
    );

    const { file } = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 1);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const flipped = Buffer.from(bytes);
    for (let i = 200; i < 600; i++) flipped[i] = flipped[i]! ^ 0xff;
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    const started = performance.now();
    await expectRefused(
      ctx,
      [base64File('hong.xlsx', flipped), base64File('cat.xlsx', truncated)],
      [
        'Tệp "hong.xlsx" bị hỏng (không giải nén được). Hãy đề nghị đơn vị gửi lại tệp.',
        'Tệp "cat.xlsx" bị hỏng (không giải nén được). Hãy đề nghị đơn vị gửi lại tệp.',
      ],
    );
    // Refused from the zip structure, not after a long struggle (a generous bound: it takes milliseconds).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('zip bombs, honest or lying about their size, are refused before anything is unzipped in full', async () => {
    const ctx = await openDemoCore();
    const zeros = Buffer.alloc(100 * 1024 * 1024);
    const part = (declaredSize?: number) => [
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: zeros, declaredSize },
    ];
    const honest = buildZip(part());
    const lying = buildZip(part(1000));
    expect(honest.length).toBeLessThan(200_000);
    const started = performance.now();
    await expectRefused(
      ctx,
      [base64File('bom.xlsx', honest), base64File('bom-gia.xlsx', lying)],
      [
        'Tệp "bom.xlsx" lớn bất thường so với mẫu nhập liệu (giải nén ra 100 MB, tối đa 80 MB); tệp không được đọc để tránh treo máy.',
        'Tệp "bom-gia.xlsx" lớn bất thường so với mẫu nhập liệu (nội dung giải nén lớn hơn kích thước khai báo); tệp không được đọc để tránh treo máy.',
      ],
    );
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a sheet filled far beyond a template is refused by its row count', async () => {
    const ctx = await openDemoCore();
    const { file } = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 1, (sheet) => {
      for (let r = 200; r < 5_300; r++) sheet.getCell(r, 14).value = r;
    });
    await expectRefused(
      ctx,
      [file],
      [/^Tệp "xa-long-hung\.xlsx" lớn bất thường so với mẫu nhập liệu \(một trang có 5\.\d{3} dòng, tối đa 5\.000\)/],
    );
  });

  it('one refused file does not stop the others, and apply writes only the accepted ones', async () => {
    const ctx = await openDemoCore();
    const good = await templateWith(ctx, 'Sản lượng lúa', 'Thực hiện quý', 4321);
    const [hp] = await exportWorkbooks(ctx, ['XA-HP']);
    const hpSheet = unitSheet(hp!.workbook);
    indicatorRow(hpSheet, indicatorByName(ctx, 'Dạy nghề').id).getCell(headerColumn(hpSheet, 'Thực hiện quý')).value =
      'nhiều';
    const hpBefore = ctx.repos.figures.byQuarter(2023, 2).filter((f) => f.unitId === unitByCode(ctx, 'XA-HP').id);
    const { applied } = await importFiles(ctx, [good.file, await asExcelFile(hp!.workbook, 'hung-phu.xlsx')]);
    expect(applied.files.map((f) => [f.fileName, f.status])).toEqual([
      ['xa-long-hung.xlsx', 'applied'],
      ['hung-phu.xlsx', 'refused'],
    ]);
    expect(applied.files[1]!.refusals).toEqual([expect.stringMatching(/"nhiều" không phải là số\.$/)]);
    expect(ctx.repos.figures.byQuarter(2023, 2).filter((f) => f.unitId === unitByCode(ctx, 'XA-HP').id)).toEqual(
      hpBefore,
    );
  });

  it('one out-of-range date cell refuses only its own file, naming the cell (issue 16, finding 8)', async () => {
    const ctx = await openDemoCore();
    const { file: odd, row } = await templateWith(ctx, 'Sản lượng lúa', 'Ghi chú', 1e11, (sheet) => {
      const rice = indicatorRow(sheet, indicatorByName(ctx, 'Sản lượng lúa').id);
      rice.getCell(headerColumn(sheet, 'Ghi chú')).numFmt = 'dd/mm/yyyy';
    });
    const [hp] = await exportWorkbooks(ctx, ['XA-HP']);
    const good = await asExcelFile(hp!.workbook, 'hung-phu.xlsx');
    const preview = await invoke(ctx, 'figures:previewImport', { files: [odd, good] });
    expect(preview.files.map((f) => [f.fileName, f.accepted, f.refusals])).toEqual([
      [
        'xa-long-hung.xlsx',
        false,
        [
          `Tệp "xa-long-hung.xlsx", trang "Xã Long Hưng", dòng ${row}, cột K: ô định dạng ngày tháng nhưng giá trị nằm ngoài các ngày Excel hiển thị được.`,
        ],
      ],
      ['hung-phu.xlsx', true, []],
    ]);
  });
});
