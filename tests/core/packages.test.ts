import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import type { ExportedFile } from '@shared/contract/reports';
import { dumpDatabase, openDemoCore, unitByCode } from '../support/demo-core';
import { confirmProposedLinks, indicatorNamed, openCommuneCore } from '../support/two-councils';

const rice = 'Sản lượng lúa';
const malnutrition = 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng';
const budget = 'Tổng thu ngân sách Nhà nước';
const q3 = { year: 2023, quarter: 3 as const };

/** The demo district is the upper council; Xã Long Hưng (XA-LH in its list) keeps its own database of hamlets. */
async function councils() {
  const province = await openDemoCore();
  const planId = (await invoke(province, 'plans:list', {}))[0]!.id;
  const commune = await openCommuneCore(province, planId, { issuer: 'xã Long Hưng', villages: ['Ấp Một', 'Ấp Hai'] });
  await confirmProposedLinks(commune, 'XA-LH');
  await enterCommuneFigures(commune, { ap2Rice: 800 });
  return { province, commune };
}

async function enterCommuneFigures(commune: CoreContext, { ap2Rice }: { ap2Rice: number }) {
  const [ap1, ap2] = commune.repos.units.all();
  const entries = [
    { indicatorId: indicatorNamed(commune, rice).id, unitId: ap1!.id, value: 1200, status: 'chinh_thuc' as const },
    { indicatorId: indicatorNamed(commune, rice).id, unitId: ap2!.id, value: ap2Rice },
    { indicatorId: indicatorNamed(commune, malnutrition).id, unitId: ap1!.id, numerator: 12, denominator: 400 },
    { indicatorId: indicatorNamed(commune, malnutrition).id, unitId: ap2!.id, numerator: 8, denominator: 100 },
    { indicatorId: indicatorNamed(commune, budget).id, unitId: null, achieved: true, note: 'Đạt 105% dự toán' },
  ];
  await invoke(commune, 'figures:save', { ...q3, entries });
}

async function preview(province: CoreContext, files: ExportedFile[]) {
  return invoke(province, 'packages:preview', { files });
}

async function importPackages(province: CoreContext, files: ExportedFile[]) {
  const shown = await preview(province, files);
  const applied = await invoke(province, 'packages:apply', { files, digest: shown.digest });
  return { shown, applied };
}

async function rezip(file: ExportedFile, edit: (zip: JSZip) => Promise<void> | void): Promise<ExportedFile> {
  const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
  await edit(zip);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { fileName: file.fileName, contentBase64: bytes.toString('base64') };
}

describe('a commune sends its quarter as one package and the province consolidates it', () => {
  it("stores the commune's whole-area figures by each indicator's rule, with the package as their source", async () => {
    const { province, commune } = await councils();
    const exported = await invoke(commune, 'packages:export', q3);
    expect(exported.file.fileName).toBe('goi-bao-cao-2023-Q3-xa-lh.tdd');

    const { shown, applied } = await importPackages(province, [exported.file]);
    const [pkg] = shown.packages;
    expect(pkg).toMatchObject({ accepted: true, standing: 'new', sender: { code: 'XA-LH', name: 'Xã Long Hưng' } });
    expect(pkg!.changes.map((c) => [c.indicatorName, c.kind])).toEqual([
      [rice, 'new'],
      [budget, 'new'],
      [malnutrition, 'new'],
    ]);
    expect(applied).toMatchObject({ inserted: 3, updated: 0 });

    const lh = unitByCode(province, 'XA-LH').id;
    const stored = (name: string) => province.repos.figures.one(indicatorNamed(province, name).id, lh, 2023, 3);
    // Rice is a flow: the hamlets add up (1.200 + 800); one hamlet's figure is still an estimate, so the total is.
    expect(stored(rice)).toMatchObject({ value: 2000, status: 'uoc' });
    // A rate travels as Σ numerators and Σ denominators (20 of 500 children), never a mean of the hamlets' rates.
    expect(stored(malnutrition)).toMatchObject({ numerator: 20, denominator: 500, value: null });
    expect(stored(budget)).toMatchObject({ achieved: true, note: 'Đạt 105% dự toán' });

    const history = await invoke(province, 'figures:history', {
      indicatorId: indicatorNamed(province, rice).id,
      unitId: lh,
      ...q3,
    });
    expect(history[0]!.reason).toMatch(
      /^Nhập từ gói "goi-bao-cao-2023-Q3-xa-lh\.tdd" của Xã Long Hưng, Quý III\/2023 \(SHA-256 [0-9a-f]{12}…\)$/,
    );
  });

  it('changes nothing when the same package is imported again', async () => {
    const { province, commune } = await councils();
    const { file } = await invoke(commune, 'packages:export', q3);
    await importPackages(province, [file]);
    const before = dumpDatabase(province);
    const { shown, applied } = await importPackages(province, [file]);
    expect(shown.packages[0]).toMatchObject({ accepted: true, standing: 'same', changes: [], unchanged: 3 });
    expect(applied).toMatchObject({ inserted: 0, updated: 0, packages: [{ status: 'unchanged' }] });
    expect(dumpDatabase(province)).toEqual(before);
  });

  it('lets a newer package replace the older figures with an audit entry, and refuses an older one afterwards', async () => {
    const { province, commune } = await councils();
    const first = (await invoke(commune, 'packages:export', q3)).file;
    await enterCommuneFigures(commune, { ap2Rice: 900 });
    commune.now = () => new Date('2023-04-06T02:00:00.000Z');
    const second = { ...(await invoke(commune, 'packages:export', q3)).file, fileName: 'goi-lan-2.tdd' };

    await importPackages(province, [first]);
    const { shown } = await importPackages(province, [second]);
    expect(shown.packages[0]).toMatchObject({ standing: 'newer', changes: [{ indicatorName: rice, kind: 'changed' }] });
    expect(shown.packages[0]!.changes[0]).toMatchObject({ beforeText: '2.000 (ước)', afterText: '2.100 (ước)' });
    const history = await invoke(province, 'figures:history', {
      indicatorId: indicatorNamed(province, rice).id,
      unitId: unitByCode(province, 'XA-LH').id,
      ...q3,
    });
    // Oldest first: the first package's line, then the replacement's.
    expect(history.map((h) => h.reason?.slice(0, 27))).toEqual([
      'Nhập từ gói "goi-bao-cao-20',
      'Thay bằng gói mới hơn "goi-',
    ]);

    const again = await preview(province, [first]);
    expect(again.packages[0]!.accepted).toBe(false);
    expect(again.packages[0]!.refusals[0]).toBe(
      'Gói "goi-bao-cao-2023-Q3-xa-lh.tdd" của Xã Long Hưng (Quý III/2023) cũ hơn gói đã nhập (lập lúc 06/04/2023); số liệu mới hơn được giữ nguyên.',
    );
  });

  it('refuses a tampered package, an unknown sender and a locked quarter, writing nothing', async () => {
    const { province, commune } = await councils();
    const { file } = await invoke(commune, 'packages:export', q3);
    const tampered = await rezip(file, async (zip) => {
      const text = await zip.file('noi-dung.json')!.async('string');
      zip.file('noi-dung.json', text.replace('"value": 2000', '"value": 20000'));
    });
    await invoke(commune, 'packages:saveSettings', {
      senderCode: 'XA-KHONG-CO',
      upperCouncilName: 'Huyện',
      calendar: { window: 'nd09', dueDays: 2 },
    });
    const stranger = { ...(await invoke(commune, 'packages:export', q3)).file, fileName: 'la.tdd' };
    const before = dumpDatabase(province);

    const shown = await preview(province, [tampered, stranger]);
    expect(shown.packages.map((p) => p.refusals)).toEqual([
      [
        'Gói "goi-bao-cao-2023-Q3-xa-lh.tdd" đã bị sửa sau khi xuất: mã kiểm tra SHA-256 không khớp với nội dung. ' +
          'Gói không được nhập; hãy đề nghị đơn vị xuất và gửi lại gói.',
      ],
      [
        'Gói "la.tdd" do "Ủy ban nhân dân xã Long Hưng" (mã XA-KHONG-CO) gửi, nhưng mã này không có trong danh sách ' +
          'đơn vị của Hội đồng; gói không được nhập. Kiểm tra mã đơn vị ở trang Đơn vị hoặc đề nghị đơn vị sửa mã ' +
          'trong phần Gửi báo cáo.',
      ],
    ]);
    await expect(
      invoke(province, 'packages:apply', { files: [tampered, stranger], digest: shown.digest }),
    ).rejects.toThrow(/Không có gói nào nhập được/);

    await invoke(province, 'locks:lock', { ...q3, unitIds: [unitByCode(province, 'XA-LH').id] });
    const lockedBefore = dumpDatabase(province);
    const locked = await preview(province, [file]);
    expect(locked.packages[0]!.refusals).toEqual([
      'Xã Long Hưng: số liệu Quý III/2023 đã chốt; gói không được nhập. Mở khóa quý (ghi rõ lý do) rồi nhập lại.',
    ]);
    await expect(invoke(province, 'packages:apply', { files: [file], digest: locked.digest })).rejects.toThrow(
      /đã chốt/,
    );
    expect(dumpDatabase(province)).toEqual(lockedBefore);
    expect(before.figures).toEqual(lockedBefore.figures);
  });

  it('checks the zip before reading: unknown entries, paths outside and oversized entries are refused', async () => {
    const { province, commune } = await councils();
    const { file } = await invoke(commune, 'packages:export', q3);
    const escaping = await rezip(file, (zip) => void zip.file('../../ngoai.txt', 'x'));
    const notZip = { fileName: 'thu.tdd', contentBase64: Buffer.from('xin chào').toString('base64') };
    const shown = await preview(province, [escaping, notZip]);
    // JSZip writes the folder "../" before the file: the first name outside the three known entries is refused.
    expect(shown.packages.map((p) => p.refusals[0])).toEqual([
      'Gói "goi-bao-cao-2023-Q3-xa-lh.tdd" chứa thành phần lạ "../"; gói không được đọc. Hãy đề nghị ' +
        'đơn vị gửi lại tệp xuất từ phần mềm.',
      'Tệp "thu.tdd" không phải là gói báo cáo của Thi Đua Desk (.tdd). Hãy đề nghị đơn vị gửi lại tệp xuất từ phần mềm.',
    ]);
    const bomb = await rezip(file, (zip) => void zip.file('noi-dung.json', ' '.repeat(13 * 1024 * 1024)));
    expect((await preview(province, [bomb])).packages[0]!.refusals[0]).toMatch(
      /lớn bất thường \(noi-dung\.json: 13 MB\)/,
    );
  });

  it('shows on the status board who sent the quarter, when, and who is late under the NĐ 09 calendar', async () => {
    const { province, commune } = await councils();
    commune.now = () => new Date('2023-09-18T03:00:00.000Z');
    const { file } = await invoke(commune, 'packages:export', q3);
    await importPackages(province, [file]);
    province.now = () => new Date('2023-09-20T03:00:00.000Z');
    const board = await invoke(province, 'packages:board', q3);
    // Q3 under NĐ 09/2019: figures from 15/6 to 14/9, due two days later.
    expect([board.from, board.to, board.dueOn]).toEqual(['2023-06-15', '2023-09-14', '2023-09-16']);
    const row = (code: string) => board.rows.find((r) => r.unitCode === code)!;
    // Every figure sent is still an estimate: one hamlet's rice, and the others were entered as ước.
    expect(row('XA-LH')).toMatchObject({ state: 'late', figures: 3, estimated: 3, packages: 1 });
    expect(row('XA-HP')).toMatchObject({ state: 'overdue', figures: 0, sentAt: null });
    expect(board.rows.some((r) => r.unitCode === 'P-VHTT')).toBe(false);
  });
});
