import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { ExcelFile } from '@shared/contract/excel';
import { dumpDatabase, openDemoCore, unitByCode } from '../support/demo-core';
import { asExcelFile } from './excel-helpers';

async function load(file: { contentBase64: string }): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

/** The row whose first cell is the header "STT", and the column of each header. */
function headerOf(sheet: ExcelJS.Worksheet) {
  let row = 0;
  sheet.eachRow((r, n) => {
    if (row === 0 && r.getCell(1).value === 'STT') row = n;
  });
  const columns = new Map<string, number>();
  sheet.getRow(row).eachCell((cell, c) => columns.set(String(cell.value), c));
  return { row, columns };
}

type Line = [name: string, unit: string, title: string, year: number | string, number: string, date: string];

/** A past list as a secretary would have typed it: a heading, then a header row, then the lines. */
async function pastList(lines: Line[], fileName = 'khen-thuong-cu.xlsx'): Promise<ExcelFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH KHEN THƯỞNG NĂM 2019']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Danh hiệu/Hình thức', 'Năm', 'Số quyết định', 'Ngày quyết định']);
  lines.forEach((line, i) => sheet.addRow([i + 1, ...line]));
  return asExcelFile(workbook, fileName);
}

function unitName(ctx: CoreContext, code: string) {
  return unitByCode(ctx, code).name;
}

async function importList(ctx: CoreContext, files: ExcelFile[]) {
  const preview = await invoke(ctx, 'awards:previewImport', { files });
  const applied = await invoke(ctx, 'awards:applyImport', { files, digest: preview.digest });
  return { preview, applied };
}

describe('decisions:exportList', () => {
  it('lists the recipients with STT, names, units, titles, money as numbers and the total, on A4', async () => {
    const ctx = await openDemoCore();
    const decision = ctx.repos.decisions.all().find((d) => d.number === '1735/QĐ-UBND')!;
    const detail = await invoke(ctx, 'decisions:get', { id: decision.id });
    const file = await invoke(ctx, 'decisions:exportList', { id: decision.id });
    expect(file.fileName).toBe('QD-1735-QD-UBND-2022-12-26-danh-sach.xlsx');
    const sheet = await load(file);
    const { row, columns } = headerOf(sheet);
    expect([...columns.keys()]).toEqual([
      'STT',
      'Họ và tên / Tập thể',
      'Chức vụ',
      'Đơn vị',
      'Danh hiệu/Hình thức',
      'Số tiền (đồng)',
    ]);
    const first = detail.awards[0]!;
    const money = columns.get('Số tiền (đồng)')!;
    expect(sheet.getCell(row + 1, 1).value).toBe(1);
    expect(sheet.getCell(row + 1, 2).value).toBe(first.personName);
    expect(sheet.getCell(row + 1, 4).value).toBe(first.unitName);
    expect(sheet.getCell(row + 1, 5).value).toBe(first.titleName);
    expect(sheet.getCell(row + 1, money).value).toBe(first.prizeAmount);
    expect(typeof first.prizeAmount).toBe('number');
    expect(sheet.getCell(row + 1, money).numFmt).toBe('#,##0');
    const totalRow = row + detail.awards.length + 1;
    expect(sheet.getCell(totalRow, 1).value).toBe('Tổng cộng');
    expect(sheet.getCell(totalRow, money).value).toBe(detail.prizeTotal);
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(String(sheet.getCell(4, 1).value)).toContain('Kèm theo Quyết định số 1735/QĐ-UBND ngày 26/12/2022');
  });

  it('writes a name that looks like a formula as text, never as a formula', async () => {
    const ctx = await openDemoCore();
    const person = await invoke(ctx, 'people:save', {
      fullName: '=HYPERLINK("http://x","y")',
      position: '@SUM(A1)',
      unitId: unitByCode(ctx, 'XA-LH').id,
      birthDate: null,
    });
    const detail = await invoke(ctx, 'decisions:create', {
      number: '99/QĐ-UBND',
      signedOn: '2023-12-20',
      signer: 'Nguyễn Việt Phú',
      authority: 'Chủ tịch UBND huyện',
      subject: '+Khen thưởng',
      entryIds: [],
      recipients: [
        {
          titleId: ctx.repos.awardTitles.byCode('LDTT')!.id,
          year: 2023,
          period: 'Y',
          personId: person.id,
          unitId: null,
        },
      ],
    });
    const sheet = await load(await invoke(ctx, 'decisions:exportList', { id: detail.decision.id }));
    const { row } = headerOf(sheet);
    for (const [column, text] of [
      [2, '=HYPERLINK("http://x","y")'],
      [3, '@SUM(A1)'],
    ] as const) {
      const cell = sheet.getCell(row + 1, column);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
  });
});

describe('awards:previewImport / awards:applyImport', () => {
  it('brings a past list in: new people, matched people and collectives, duplicates skipped; findable by search', async () => {
    const ctx = await openDemoCore();
    const lh = unitName(ctx, 'XA-LH');
    const file = await pastList([
      ['Ngô Thị Hạnh', lh, 'Lao động tiên tiến', 2019, '1402/QĐ-UBND', '25/12/2019'],
      ['NGUYỄN VĂN  AN', lh.toLocaleUpperCase('vi'), 'CSTĐCS', 2019, '1402/QĐ-UBND', '25/12/2019'],
      ['', unitName(ctx, 'XA-MT'), 'tap the lao dong tien tien', '2019', '1402/QĐ-UBND', '25/12/2019'],
      ['Ngô Thị Hạnh', lh, 'LĐTT', 2019, '1402/QĐ-UBND', '25/12/2019'],
      ['Nguyễn Văn An', lh, 'LDTT', 2022, '1735/QĐ-UBND', '26/12/2022'],
      ['Ngô Thị Hạnh', lh, 'LDTT', 2018, '', ''],
    ]);
    const { preview, applied } = await importList(ctx, [file]);
    expect(preview.files[0]!.refusals).toEqual([]);
    expect(preview.totals).toMatchObject({ awards: 4, newPeople: 1, matchedPeople: 1, newDecisions: 1, duplicates: 2 });
    const rows = preview.files[0]!.rows;
    expect(rows.map((r) => [r.row, r.status, r.newPerson, r.note])).toEqual([
      [4, 'new', true, null],
      [5, 'new', false, null],
      [6, 'new', false, null],
      [7, 'duplicate', true, 'trùng dòng 4 của tệp'],
      [8, 'duplicate', false, 'đã có trong hồ sơ khen thưởng'],
      [9, 'new', true, null],
    ]);
    expect(rows[2]).toMatchObject({ recipient: 'tap_the', personId: null, unitName: unitName(ctx, 'XA-MT') });
    expect(rows[4]!.decisionId).not.toBeNull();
    expect(applied).toEqual({ awards: 4, people: 1, decisions: 1, duplicates: 2, refusedFiles: [] });

    const found = await invoke(ctx, 'awards:search', { query: 'ngo thi hanh' });
    expect(found).toHaveLength(1);
    expect(found[0]!.person.unitName).toBe(lh);
    expect(found[0]!.awards.map((a) => [a.year, a.titleCode, a.decisionNumber, a.decisionDate])).toEqual([
      [2019, 'LDTT', '1402/QĐ-UBND', '2019-12-25'],
      [2018, 'LDTT', null, null],
    ]);
    const an = (await invoke(ctx, 'awards:search', { query: 'Nguyễn Văn An' }))[0]!;
    expect(an.awards.some((a) => a.year === 2019 && a.titleCode === 'CSTDCS')).toBe(true);
    const audited = ctx.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'award'`).pluck().get() as number;
    expect(audited).toBeGreaterThanOrEqual(4);

    // The same file again: every row is a duplicate and nothing changes.
    const before = dumpDatabase(ctx);
    const again = await importList(ctx, [file]);
    expect(again.preview.totals).toMatchObject({ awards: 0, newPeople: 0, duplicates: 6 });
    expect(again.preview.files[0]!.rows.every((r) => r.status === 'duplicate')).toBe(true);
    expect(again.applied).toMatchObject({ awards: 0, people: 0, decisions: 0, duplicates: 6 });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('refuses an unknown title and a unit without its tones, naming file, sheet, row and column; writes nothing', async () => {
    const ctx = await openDemoCore();
    const lh = unitName(ctx, 'XA-LH');
    const file = await pastList(
      [
        ['Ngô Thị Hạnh', lh, 'Lao động tiên tiến', 2019, '1402/QĐ-UBND', '25/12/2019'],
        ['Ngô Thị Hạnh', lh, 'Huân chương Sao Vàng', 2019, '1402/QĐ-UBND', '25/12/2019'],
        ['Lý Văn Tư', 'Xa Long Hung', 'LĐTT', 2019, '', ''],
        ['Lý Văn Tư', lh, 'LĐTT', 19, '', ''],
        ['Lý Văn Tư', lh, 'LĐTT', 2019, '12/QĐ', '31/02/2019'],
      ],
      'nam-2019.xlsx',
    );
    const before = dumpDatabase(ctx);
    const { preview, applied } = await importList(ctx, [file]);
    const refusals = preview.files[0]!.refusals;
    expect(preview.files[0]!.accepted).toBe(false);
    expect(refusals).toContain(
      'Tệp "nam-2019.xlsx", trang "Danh sách", dòng 5, cột D: không có danh hiệu/hình thức "Huân chương Sao Vàng" ' +
        'trong danh mục (ghi mã hoặc tên trong danh mục).',
    );
    expect(
      refusals.some((r) =>
        r.startsWith('Tệp "nam-2019.xlsx", trang "Danh sách", dòng 6, cột C: không có đơn vị "Xa Long Hung"'),
      ),
    ).toBe(true);
    expect(refusals.some((r) => r.startsWith('Tệp "nam-2019.xlsx", trang "Danh sách", dòng 7, cột E: năm "19"'))).toBe(
      true,
    );
    expect(
      refusals.some((r) =>
        r.startsWith('Tệp "nam-2019.xlsx", trang "Danh sách", dòng 8, cột G: ngày quyết định "31/02/2019"'),
      ),
    ).toBe(true);
    expect(preview.totals).toMatchObject({ awards: 0, refusedFiles: 1 });
    expect(applied).toMatchObject({ awards: 0, people: 0, refusedFiles: ['nam-2019.xlsx'] });
    expect(dumpDatabase(ctx)).toEqual(before);
  });

  it('refuses the apply when the records changed after the preview', async () => {
    const ctx = await openDemoCore();
    const file = await pastList([['Ngô Thị Hạnh', unitName(ctx, 'XA-LH'), 'LĐTT', 2019, '', '']]);
    const preview = await invoke(ctx, 'awards:previewImport', { files: [file] });
    await invoke(ctx, 'people:save', {
      fullName: 'Ngô Thị Hạnh',
      position: null,
      unitId: unitByCode(ctx, 'XA-LH').id,
      birthDate: null,
    });
    await expect(invoke(ctx, 'awards:applyImport', { files: [file], digest: preview.digest })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses a file that is not a workbook, and a damaged zip, without failing the other files', async () => {
    const ctx = await openDemoCore();
    const good = await pastList([['Ngô Thị Hạnh', unitName(ctx, 'XA-LH'), 'LĐTT', 2019, '', '']]);
    const notZip = { fileName: 'a.xlsx', contentBase64: Buffer.from('hello, not a zip').toString('base64') };
    const damaged = {
      fileName: 'b.xlsx',
      contentBase64: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]).toString('base64'),
    };
    const preview = await invoke(ctx, 'awards:previewImport', { files: [notZip, damaged, good] });
    expect(preview.files[0]!.refusals[0]).toContain('không phải là tệp Excel');
    expect(preview.files[1]!.accepted).toBe(false);
    expect(preview.files[2]!.accepted).toBe(true);
    expect(preview.totals).toMatchObject({ awards: 1, refusedFiles: 2 });
  });

  it('an exported history re-imports as all duplicates', async () => {
    const ctx = await openDemoCore();
    const exported = await invoke(ctx, 'awards:exportHistory', { year: 2022 });
    expect(exported.fileName).toBe('khen-thuong-2022.xlsx');
    const preview = await invoke(ctx, 'awards:previewImport', { files: [exported] });
    const count = ctx.repos.awards.all().filter((a) => a.year === 2022).length;
    expect(count).toBeGreaterThan(0);
    expect(preview.files[0]!.refusals).toEqual([]);
    expect(preview.totals).toMatchObject({ awards: 0, duplicates: count });
  });
});

describe('clusterRank rule (xếp hạng trong cụm) on the demo rounds', () => {
  it('makes the cluster leader of the 2023 year-end round eligible for Cờ thi đua, and says why others are not', async () => {
    const ctx = await openDemoCore();
    await invoke(ctx, 'commendation:saveRule', {
      key: 'CO_TINH.DAN_DAU_CUM',
      effectiveFrom: '2023-01-01',
      titleCode: 'CO_TINH',
      label: 'Dẫn đầu cụm, khối thi đua',
      source: 'tinh',
      sourceNote: 'Cờ thi đua tặng đơn vị dẫn đầu cụm',
      appliesTo: 'Y',
      definition: { kind: 'clusterRank', period: 'Y', maxRank: 1 },
      active: true,
      reason: 'Thử quy định xếp hạng',
    });
    const { clusters } = await invoke(ctx, 'clusters:list', { year: 2023 });
    const cum1 = clusters.find((c) => c.name === 'Cụm thi đua số 1')!;
    const round = await invoke(ctx, 'scores:round', { roundId: cum1.rounds.find((r) => r.period === 'Y')!.id });
    const list = await invoke(ctx, 'awards:eligibility', { year: 2023, period: 'Y', titleCode: 'CO_TINH' });
    const of = (unitId: number) => list.candidates.find((c) => c.candidate.id === unitId)!;
    const check = (unitId: number) => of(unitId).checks.find((c) => c.ruleKey === 'CO_TINH.DAN_DAU_CUM')!;
    const [leader, , third] = round.units;
    expect(check(leader!.unitId)).toMatchObject({
      passed: true,
      detail: `xếp hạng 1/${round.units.length} trong Cụm thi đua số 1`,
    });
    expect(check(third!.unitId)).toMatchObject({
      passed: false,
      detail: `xếp hạng 3/${round.units.length} trong Cụm thi đua số 1 (cần xếp thứ nhất)`,
    });
    expect(of(third!.unitId).eligible).toBe(false);

    // A mid-year version of the rule: the demo has no finished mid-year round.
    await invoke(ctx, 'commendation:saveRule', {
      key: 'CO_TINH.DAN_DAU_CUM',
      effectiveFrom: '2023-06-01',
      titleCode: 'CO_TINH',
      label: 'Dẫn đầu cụm, khối thi đua',
      source: 'tinh',
      sourceNote: '',
      appliesTo: 'Y',
      definition: { kind: 'clusterRank', period: 'H1', maxRank: 1 },
      active: true,
    });
    const midYear = await invoke(ctx, 'awards:eligibility', { year: 2023, period: 'Y', titleCode: 'CO_TINH' });
    const leaderCheck = midYear.candidates
      .find((c) => c.candidate.id === leader!.unitId)!
      .checks.find((c) => c.ruleKey === 'CO_TINH.DAN_DAU_CUM')!;
    expect(leaderCheck).toMatchObject({
      passed: false,
      detail: 'Cụm thi đua số 1 chưa có kết quả chấm điểm sơ kết 6 tháng 2023',
    });
  });
});
