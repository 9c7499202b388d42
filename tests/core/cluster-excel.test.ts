import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { ExcelFile } from '@shared/contract/excel';
import type { RoundView } from '@shared/domain/cluster-round';
import { dumpDatabase, openDemoCore, unitByCode } from '../support/demo-core';

async function demoRound(ctx: CoreContext): Promise<RoundView> {
  const list = await invoke(ctx, 'clusters:list', { year: 2023 });
  const cluster = list.clusters.find((c) => c.name === 'Cụm thi đua số 1')!;
  return invoke(ctx, 'scores:open', { clusterId: cluster.id, period: 'Y' });
}

const criterion = (round: RoundView, code: string) => round.criteria.find((c) => c.code === code)!;

async function load(file: ExcelFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook;
}

async function asFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExcelFile> {
  return { fileName, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** Column of a hidden key (row 1) in the self-scoring sheet. */
function keyColumn(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, c) => {
    if (cell.value === `thidua-cham:${key}`) found = c;
  });
  if (found === 0) throw new Error(`no key ${key}`);
  return found;
}

function criterionRow(sheet: ExcelJS.Worksheet, criterionId: number): ExcelJS.Row {
  const column = keyColumn(sheet, 'criterionId');
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(column).value === criterionId) found = row;
  });
  if (!found) throw new Error(`no row for criterion ${criterionId}`);
  return found;
}

/** Exports the round's sheets and returns the workbook of one unit. */
async function exportedSheet(ctx: CoreContext, round: RoundView, code: string) {
  const { files } = await invoke(ctx, 'scores:exportSheets', { clusterId: round.cluster.id, round: 'Y' });
  const file = files.find((f) => f.fileName.endsWith(`-${code}.xlsx`))!;
  const workbook = await load(file);
  return { files, file, workbook, sheet: workbook.worksheets[0]! };
}

/** As a commune fills it: numbers typed as text the Vietnamese way, a comment, a renamed sheet, a column inserted. */
function fillLikeAUnit(sheet: ExcelJS.Worksheet, round: RoundView, points4: string): void {
  const points = keyColumn(sheet, 'points');
  const comment = keyColumn(sheet, 'comment');
  criterionRow(sheet, criterion(round, '3').id).getCell(points).value = 85;
  criterionRow(sheet, criterion(round, '4').id).getCell(points).value = points4;
  criterionRow(sheet, criterion(round, '4').id).getCell(comment).value = 'Có 2 điển hình cấp huyện';
  criterionRow(sheet, criterion(round, '8').id).getCell(points).value = ' 12,5 ';
  const deduction = round.criteria.find((c) => c.kind === 'tru' && c.leaf)!;
  criterionRow(sheet, deduction.id).getCell(points).value = '-5';
  sheet.name = 'Long Hưng tự chấm';
  sheet.spliceColumns(points, 0, []);
}

async function importFiles(ctx: CoreContext, files: ExcelFile[]) {
  const preview = await invoke(ctx, 'scores:previewImport', { files });
  const applied = await invoke(ctx, 'scores:applyImport', { files, digest: preview.digest });
  return { preview, applied };
}

describe('phiếu tự chấm (Excel)', () => {
  it('exports a sheet per unit with the tree, locked computed criteria, validation and hidden keys', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const { files, sheet, workbook } = await exportedSheet(ctx, round, 'XA-LH');
    expect(files).toHaveLength(round.cluster.members.length);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Phiếu tự chấm', 'Hướng dẫn']);
    expect(String(sheet.getCell(2, 1).value)).toMatch(new RegExp(`^THIDUA-DESK\\|tu-cham\\|1\\|${round.id}\\|`));
    expect(sheet.getRow(1).hidden).toBe(true);
    const points = keyColumn(sheet, 'points');
    const rice = criterionRow(sheet, criterion(round, '1').id);
    expect(rice.getCell(points).protection?.locked).not.toBe(false);
    expect(typeof rice.getCell(keyColumn(sheet, 'explanation')).value).toBe('string');
    const manual = criterionRow(sheet, criterion(round, '4').id).getCell(points);
    expect(manual.protection).toMatchObject({ locked: false });
    expect(manual.dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 150] });
    const deduction = round.criteria.find((c) => c.kind === 'tru' && c.leaf)!;
    expect(criterionRow(sheet, deduction.id).getCell(points).dataValidation).toMatchObject({
      formulae: [-deduction.maxPoints, 0],
    });
  });

  it('imports a filled sheet into the tự chấm layer only; a second import changes nothing', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const lh = unitByCode(ctx, 'XA-LH');
    const { sheet, workbook } = await exportedSheet(ctx, round, 'XA-LH');
    fillLikeAUnit(sheet, round, '120,5');
    const files = [await asFile(workbook, 'long-hung.xlsx')];
    const audited = () => ctx.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'score'`).pluck().get();
    const auditBefore = audited() as number;
    const { preview, applied } = await importFiles(ctx, files);
    expect(preview.files[0]!.refusals).toEqual([]);
    expect(audited()).toBe(auditBefore + 4);
    expect(preview.roundId).toBe(round.id);
    const change4 = preview.files[0]!.changes.find((c) => c.criterionId === criterion(round, '4').id)!;
    expect(change4).toMatchObject({ unitCode: 'XA-LH', criterionCode: '4', sheetName: 'Long Hưng tự chấm' });
    expect(change4.afterText).toBe('120,5; nhận xét: "Có 2 điển hình cấp huyện"');
    expect(applied.changed).toBe(4);

    const after = await invoke(ctx, 'scores:round', { roundId: round.id });
    const card = after.units.find((u) => u.unitId === lh.id)!;
    const cell = (code: string) => card.criteria.find((c) => c.criterionId === criterion(round, code).id)!.layers;
    expect(cell('4').tu_cham).toEqual({ points: 120.5, comment: 'Có 2 điển hình cấp huyện', fromComputation: false });
    expect(cell('3').tu_cham.points).toBe(85);
    expect(cell('8').tu_cham.points).toBe(12.5);
    const before = round.units.find((u) => u.unitId === lh.id)!;
    const old = (code: string) => before.criteria.find((c) => c.criterionId === criterion(round, code).id)!.layers;
    expect(cell('4').hoi_dong).toEqual(old('4').hoi_dong);
    expect(cell('4').cum_cham).toEqual(old('4').cum_cham);

    const snapshot = dumpDatabase(ctx);
    const again = await importFiles(ctx, files);
    expect(again.preview.totals).toMatchObject({ changes: 0, acceptedFiles: 1 });
    expect(again.applied.files[0]!.status).toBe('unchanged');
    expect(dumpDatabase(ctx)).toEqual(snapshot);
  });

  it('refuses a score above the maximum naming file, sheet, row and column, and writes nothing', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const { sheet, workbook } = await exportedSheet(ctx, round, 'XA-LH');
    fillLikeAUnit(sheet, round, '151');
    const files = [await asFile(workbook, 'long-hung.xlsx')];
    const snapshot = dumpDatabase(ctx);
    const preview = await invoke(ctx, 'scores:previewImport', { files });
    expect(preview.files[0]!.accepted).toBe(false);
    const row = criterionRow(sheet, criterion(round, '4').id).number;
    expect(preview.files[0]!.refusals).toEqual([
      `Tệp "long-hung.xlsx", trang "Long Hưng tự chấm", dòng ${row}, cột H: Xã Long Hưng: điểm tiêu chí 4 ` +
        '"Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến" là 151, vượt điểm tối đa 150.',
    ]);
    await expect(invoke(ctx, 'scores:applyImport', { files, digest: preview.digest })).rejects.toThrow(
      'Không có tệp nào nhập được',
    );
    expect(dumpDatabase(ctx)).toEqual(snapshot);
  });

  it('refuses non-template files, corrupt zips, formula errors and unknown criteria', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const { sheet, workbook } = await exportedSheet(ctx, round, 'XA-HP');
    const points = keyColumn(sheet, 'points');
    criterionRow(sheet, criterion(round, '3').id).getCell(points).value = {
      formula: '1/0',
      result: { error: '#DIV/0!' },
    };
    criterionRow(sheet, criterion(round, '5').id).getCell(keyColumn(sheet, 'criterionId')).value = 999999;
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'Điểm';
    const files = [
      await asFile(workbook, 'hp.xlsx'),
      await asFile(plain, 'khac.xlsx'),
      {
        fileName: 'hong.xlsx',
        contentBase64: Buffer.from('PK\u0003\u0004 not a zip at all, really').toString('base64'),
      },
    ];
    const preview = await invoke(ctx, 'scores:previewImport', { files });
    const [hp, other, broken] = preview.files;
    expect(hp!.refusals.join('\n')).toContain('công thức cho kết quả lỗi #DIV/0!');
    expect(hp!.refusals.join('\n')).toContain('mã tiêu chí "999999" không có trong bảng điểm');
    expect(other!.refusals[0]).toContain('không phải là phiếu tự chấm');
    expect(broken!.refusals[0]).toContain('hong.xlsx');
    expect(preview.totals.acceptedFiles).toBe(0);
  });
});

async function criteriaWorkbook(rows: Array<[string, string, number | string, string]>): Promise<ExcelFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bảng điểm');
  sheet.getCell('A1').value = 'BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA';
  sheet.addRow([]);
  sheet.addRow(['STT', 'Tiêu chí', 'Điểm tối đa', 'Loại']);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow(['', 'Tổng cộng', 1000, '']);
  return asFile(workbook, 'bang-diem.xlsx');
}

async function newCluster(ctx: CoreContext) {
  return invoke(ctx, 'clusters:save', {
    year: 2024,
    name: 'Cụm thử nghiệm',
    kind: 'cum',
    memberIds: [unitByCode(ctx, 'XA-LH').id],
    leaderUnitId: null,
    deputyUnitId: null,
    note: null,
  });
}

describe('Nhập bảng tiêu chí từ Excel', () => {
  it('a table read by its header text becomes the cluster’s table', async () => {
    const ctx = await openDemoCore();
    const cluster = await newCluster(ctx);
    const file = await criteriaWorkbook([
      ['I', 'Thực hiện nhiệm vụ chính trị', 950, 'nội dung'],
      ['1', 'Phát triển kinh tế', '600', ''],
      ['2', 'Văn hóa – xã hội', '350', ''],
      ['II.', 'Điểm thưởng', 50, 'thưởng'],
      ['3', 'Mô hình mới', '12,5', ''],
      ['4', 'Cách làm hay', '37,5', ''],
      ['III', 'Điểm trừ', -30, 'trừ'],
      ['5', 'Báo cáo chậm', '-30', 'Trừ'],
    ]);
    const table = await invoke(ctx, 'clusters:importCriteria', { clusterId: cluster.id, ...file, replace: true });
    expect(table.rows.map((r) => [r.level, r.code, r.kind, r.maxPoints])).toEqual([
      [1, 'I', 'noi_dung', 950],
      [2, '1', 'noi_dung', 600],
      [2, '2', 'noi_dung', 350],
      [1, 'II', 'thuong', 50],
      [2, '3', 'thuong', 12.5],
      [2, '4', 'thuong', 37.5],
      [1, 'III', 'tru', 30],
      [2, '5', 'tru', 30],
    ]);
    expect(table.maxima).toEqual({ content: 950, bonus: 50, deduction: 30, total: 1000 });
    expect((await invoke(ctx, 'clusters:criteria', { clusterId: cluster.id })).rows).toEqual(table.rows);
  });

  it('refuses a table whose children do not add up with the shared check’s message, saving nothing', async () => {
    const ctx = await openDemoCore();
    const cluster = await newCluster(ctx);
    const file = await criteriaWorkbook([
      ['I', 'Thực hiện nhiệm vụ chính trị', 100, 'nội dung'],
      ['1', 'Phát triển kinh tế', 60, ''],
      ['2', 'Văn hóa – xã hội', 30, ''],
    ]);
    const snapshot = dumpDatabase(ctx);
    await expect(
      invoke(ctx, 'clusters:importCriteria', { clusterId: cluster.id, ...file, replace: true }),
    ).rejects.toThrow('Tổng điểm tối đa các tiêu chí con của "I" là 90, khác điểm tối đa của nhóm (100).');
    expect(dumpDatabase(ctx)).toEqual(snapshot);
  });

  it('refuses while the table has scores', async () => {
    const ctx = await openDemoCore();
    const round = await demoRound(ctx);
    const file = await criteriaWorkbook([['I', 'A', 10, 'nội dung']]);
    await expect(
      invoke(ctx, 'clusters:importCriteria', { clusterId: round.cluster.id, ...file, replace: true }),
    ).rejects.toThrow('đã có điểm chấm');
  });
});
