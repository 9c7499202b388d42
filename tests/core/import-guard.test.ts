import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardOfficeFile } from '@core/import-guard/office-guard';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import { extractPlanText } from '@core/plans/plan-file';
import type { ExcelFile } from '@shared/contract/excel';
import { dumpDatabase, indicatorByName, openDemoCore } from '../support/demo-core';
import {
  bigSheetXml,
  editPart,
  inflatingDocx,
  mergeBomb,
  planDocx,
  renamedPart,
  unzipParts,
  zipParts,
} from '../support/hostile-office';
import { exportWorkbooks, headerColumn, indicatorRow, unitSheet } from './excel-helpers';

/** Long Hưng's template for Q2 2023 as the app exports it, as bytes. */
async function template(ctx: Awaited<ReturnType<typeof openDemoCore>>): Promise<Buffer> {
  const { files } = await invoke(ctx, 'figures:exportTemplate', {
    year: 2023,
    quarter: 2,
    unitIds: [ctx.repos.units.byCode('XA-LH')!.id],
    layout: 'per-unit-files',
  });
  return Buffer.from(files[0]!.contentBase64, 'base64');
}

const silent = { error: () => undefined };
const asFile = (fileName: string, bytes: Buffer): ExcelFile => ({ fileName, contentBase64: bytes.toString('base64') });

async function previewRefusals(ctx: Awaited<ReturnType<typeof openDemoCore>>, file: ExcelFile): Promise<string[]> {
  const preview = await invoke(ctx, 'figures:previewImport', { files: [file], year: 2023, quarter: 2 });
  return preview.files.flatMap((f) => f.refusals);
}

describe('one zip-and-XML guard before every parser (issue 16, finding 4)', () => {
  it('the merge bomb (the app’s own template with A1:XFD1048576 merged) is refused before exceljs sees it', async () => {
    const ctx = await openDemoCore();
    const before = dumpDatabase(ctx);
    const bomb = mergeBomb(await template(ctx));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await previewRefusals(ctx, asFile('gop-o.xlsx', bomb))).toEqual([
      'Tệp "gop-o.xlsx" lớn bất thường so với mẫu nhập liệu (các vùng gộp ô gồm 17.179.869.184 ô, tối đa 100.000); tệp không được đọc để tránh treo máy.',
    ]);
    // The same guard stands before the award-list and the scoring importers.
    const awards = await invoke(ctx, 'awards:previewImport', { files: [asFile('gop-o.xlsx', bomb)] });
    expect(awards.files[0]!.refusals).toEqual([expect.stringMatching(/các vùng gộp ô gồm 17\.179\.869\.184 ô/)]);
    const scores = await invoke(ctx, 'scores:previewImport', { files: [asFile('gop-o.xlsx', bomb)] });
    expect(scores.files[0]!.refusals).toEqual([expect.stringMatching(/các vùng gộp ô/)]);
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('a part renamed so that exceljs would parse it as a sheet is refused, however it is renamed', async () => {
    const ctx = await openDemoCore();
    const real = await template(ctx);
    const small = bigSheetXml(3, 3);
    for (const name of ['xl/worksheets/sheet1.xml.bak', 'cu/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet7.xml~']) {
      expect(await previewRefusals(ctx, asFile('doi-ten.xlsx', renamedPart(real, name, small)))).toEqual([
        `Tệp "doi-ten.xlsx" có cấu trúc bất thường mà Excel và Word không tạo ra (thành phần "${name}" mang tên của một phần khác); tệp không được đọc.`,
      ]);
    }
    // A leading "/" is dropped (some writers add it), which makes this one a second sheet1.
    expect(await previewRefusals(ctx, asFile('x.xlsx', renamedPart(real, '/xl/worksheets/sheet1.xml', small)))).toEqual(
      [expect.stringContaining('thành phần "xl/worksheets/sheet1.xml" xuất hiện hai lần')],
    );
    for (const name of ['xl\\worksheets\\sheet9.xml', 'xl/../xl/worksheets/sheet9.xml', 'xl//styles.xml']) {
      expect(await previewRefusals(ctx, asFile('x.xlsx', renamedPart(real, name, small)))).toEqual([
        expect.stringContaining('không hợp lệ'),
      ]);
    }
  });

  it('the audit’s 3,16 M-cell renamed sheet is refused from its name alone, before anything is inflated', async () => {
    const ctx = await openDemoCore();
    const file = renamedPart(await template(ctx), 'xl/worksheets/sheet1.xml.bak');
    expect(await previewRefusals(ctx, asFile('lon.xlsx', file))).toEqual([
      expect.stringContaining('mang tên của một phần khác'),
    ]);
  });

  it('a sheet with data far below the template, a DOCTYPE, or a column range past XFD is refused', async () => {
    const ctx = await openDemoCore();
    const real = await template(ctx);
    const deep = editPart(real, /sheet1\.xml$/, (xml) =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'),
    );
    expect(await previewRefusals(ctx, asFile('sau.xlsx', deep))).toEqual([
      expect.stringContaining('có dữ liệu ở dòng 1.048.576, tối đa dòng 20.000'),
    ]);
    const laughs = editPart(real, /sharedStrings\.xml$/, (xml) =>
      xml.replace('?>', '?><!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'),
    );
    expect(await previewRefusals(ctx, asFile('cuoi.xlsx', laughs))).toEqual([
      expect.stringContaining('khai báo DOCTYPE/ENTITY trong "xl/sharedStrings.xml"'),
    ]);
    const columns = editPart(real, /sheet1\.xml$/, (xml) =>
      xml.replace(/<cols>/, '<cols><col min="1" max="2000000000" width="9"/>'),
    );
    expect(await previewRefusals(ctx, asFile('cot.xlsx', columns))).toEqual([
      expect.stringContaining('định dạng cột đến cột thứ 2.000.000.000'),
    ]);
  });

  it('validations and defined names over whole sheets are cut out, and the figures are still read', async () => {
    const ctx = await openDemoCore();
    const [exported] = await exportWorkbooks(ctx, ['XA-LH']);
    const sheet = unitSheet(exported!.workbook);
    indicatorRow(sheet, indicatorByName(ctx, 'Sản lượng lúa').id).getCell(headerColumn(sheet, 'Thực hiện quý')).value =
      4321;
    const filled = Buffer.from(await exported!.workbook.xlsx.writeBuffer());
    const widened = editPart(
      editPart(filled, /sheet1\.xml$/, (xml) =>
        xml.replace(
          '</sheetData>',
          '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        ),
      ),
      /^xl\/workbook\.xml$/,
      (xml) =>
        xml.replace(
          '</sheets>',
          '</sheets><definedNames><definedName name="ca">\'Xã Long Hưng\'!$A$1:$XFD$1048576</definedName></definedNames>',
        ),
    );
    const preview = await invoke(ctx, 'figures:previewImport', {
      files: [asFile('rong.xlsx', widened)],
      year: 2023,
      quarter: 2,
    });
    expect(preview.files[0]!.refusals).toEqual([]);
    expect(preview.files[0]!.changes.map((c) => c.after.value)).toContain(4321);
  });

  it('the rebuilt archive holds only the checked parts, under canonical names, and exceljs reads it', async () => {
    const ctx = await openDemoCore();
    const real = await template(ctx);
    const extra = zipParts([
      ...unzipParts(real).map((p) => (p.name === 'xl/styles.xml' ? { ...p, name: '/xl/styles.xml' } : p)),
      { name: 'docProps/thumbnail.jpeg', content: Buffer.alloc(10) },
      { name: 'xl/printerSettings/printerSettings1.bin', content: Buffer.alloc(10) },
    ]);
    const guarded = guardOfficeFile('a.xlsx', extra, 'xlsx');
    expect([...guarded.parts.keys()]).toContain('xl/styles.xml');
    expect([...guarded.parts.keys()].filter((n) => n.includes('thumbnail') || n.includes('printer'))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(guarded.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Xã Long Hưng');
  });
});

describe('plan .docx files go through the same guard (issue 16, finding 4)', () => {
  it('the inflating .docx (document.xml of 50 MB in a small file) is refused before mammoth reads it', async () => {
    const oneBigPart = await inflatingDocx(20);
    await expect(extractPlanText('ke-hoach.docx', oneBigPart, silent)).rejects.toMatchObject({
      message: expect.stringContaining('(phần "word/document.xml" giải nén ra 20 MB, tối đa 16 MB)'),
    });
    const bomb = await inflatingDocx(50);
    expect(bomb.length).toBeLessThan(2_000_000);
    await expect(extractPlanText('ke-hoach.docx', bomb, silent)).rejects.toMatchObject({
      code: 'FILE_INVALID',
      message:
        'Tệp "ke-hoach.docx" lớn bất thường so với một văn bản kế hoạch (giải nén ra 50 MB, tối đa 40 MB); tệp không được đọc để tránh treo máy.',
    });
    const ctx = await openDemoCore();
    expect(
      await dispatch(ctx, 'plans:parseFile', { fileName: 'ke-hoach.docx', contentBase64: bomb.toString('base64') }),
    ).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
  });

  it('a real plan .docx, tables included, still reads', async () => {
    const docx = await planDocx(
      ['KẾ HOẠCH', 'Thi đua năm 2026', 'Chỉ tiêu 1: Tổng sản phẩm tăng 7,5%.'],
      [
        ['STT', 'Chỉ tiêu', 'Kế hoạch'],
        ['1', 'Tỷ lệ hộ nghèo', 'giảm 1,5%'],
      ],
    );
    const text = await extractPlanText('ke-hoach.docx', docx, silent);
    expect(text).toContain('Chỉ tiêu 1: Tổng sản phẩm tăng 7,5%.');
    expect(text).toContain('Tỷ lệ hộ nghèo');
    const guarded = guardOfficeFile('ke-hoach.docx', docx, 'docx');
    expect(guarded.parts.get('word/document.xml')?.toString('utf8')).toContain('giảm 1,5%');
  });

  it('an old .doc, a renamed text file and a DOCTYPE in document.xml are refused with their reasons', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(extractPlanText('cu.docx', ole, silent)).rejects.toMatchObject({
      message: expect.stringMatching(/tệp Word cũ \(\.doc\)/),
    });
    await expect(extractPlanText('x.docx', Buffer.from('KẾ HOẠCH'), silent)).rejects.toMatchObject({
      message: 'Tệp "x.docx" không phải là tệp Word (.docx) hợp lệ.',
    });
    const laughs = editPart(await planDocx(['a']), /document\.xml$/, (xml) =>
      xml.replace('?>', '?><!DOCTYPE w [<!ENTITY a "ha">]>'),
    );
    await expect(extractPlanText('x.docx', laughs, silent)).rejects.toMatchObject({
      message: expect.stringContaining('DOCTYPE/ENTITY'),
    });
  });
});
