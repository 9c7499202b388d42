import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import { printDocumentPdf } from '@core/documents/print-document';
import { checkNd30, convertWithLibreOffice, type DocumentSpec } from '../support/nd30-conformance';
import { artifactsDir } from './support/browser';

/**
 * Every document the app prints, as it comes out (the same channels the pages call), through the Nghị định 30
 * check: the quarterly report (Q2, H1, Y) in PDF and Word, the cluster summary of a 5-unit and a 12-unit cluster,
 * the biên bản, the scoring sheet, the lists of a chairman's, a committee's and a province's decision, and the list
 * attached to a Tờ trình. Expectations come from the documents' authority, not from the app's output: a report of
 * the Ủy ban is signed "TM. ỦY BAN NHÂN DÂN", a decision of the Chủ tịch by the Chủ tịch, a province's decision
 * carries no signature of ours.
 */

/** The documents of issue 15's acceptance list, in the order they are printed. */
const documentNames = [
  'bao-cao-Q2',
  'bao-cao-H1',
  'bao-cao-Y',
  'tong-hop-cum-5',
  'tong-hop-cum-12',
  'bien-ban',
  'phieu-cham',
  'quyet-dinh-chu-tich',
  'quyet-dinh-uy-ban',
  'quyet-dinh-tinh',
  'to-trinh-danh-sach',
];
const ownBody = 'ỦY BAN NHÂN DÂN HUYỆN MỸ TÚ (DỮ LIỆU MẪU)';
const statusTokens = ['STT', 'Đánh giá', 'Không đạt', 'Chưa đạt'];

interface Printed {
  name: string;
  pdf: string;
  docx?: string;
  spec: DocumentSpec;
  /** 0-based pages to picture: first page, signature page, an annex page. */
  pictures: Array<{ page: number; label: string }>;
}

const silent = { error: () => undefined, info: () => undefined };

describe('every printed document passes the Nghị định 30 check', () => {
  let dir: string;
  let ctx: CoreContext;
  const printer = createChromiumPrinter();
  const printed: Printed[] = [];
  const docxPdfs = new Map<string, string>();

  const save = async (name: string, file: { contentBase64: string }, ext: string) => {
    const path = join(dir, `${name}.${ext}`);
    writeFileSync(path, Buffer.from(file.contentBase64, 'base64'));
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-nd30-'));
    // 5 July 2023, as the other browser tests: the Q2 report is being written.
    ctx = await openCore(join(dir, 'demo.sqlite'), {
      create: true,
      actor: 'thu-ky',
      log: silent,
      printer,
      now: () => new Date('2023-07-05T02:00:00.000Z'),
    });
    await invoke(ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });

    // Quarterly report: Q2 (the demo's draft no. 45, Kính gửi the province), H1 and Y, with their Word files.
    const reportSpec = (tokens: string[]): DocumentSpec => ({
      parts: ['portrait', 'landscape'],
      type: 'BÁO CÁO',
      subject: true,
      letterhead: true,
      authority: { kind: 'collective', name: 'ỦY BAN NHÂN DÂN' },
      signerName: 'Nguyễn Việt Phú',
      parentBody: 'UBND TỈNH SÓC TRĂNG',
      tokens: [...statusTokens.slice(0, 2), 'ĐVT', ...tokens],
    });
    for (const period of ['Q2', 'H1', 'Y'] as const) {
      const draft = await invoke(ctx, 'reports:draft', { year: 2023, period });
      const name = `bao-cao-${period}`;
      const pdf = await save(name, await invoke(ctx, 'reports:pdf', { id: draft.id }), 'pdf');
      const docx = await save(name, await invoke(ctx, 'reports:export', { id: draft.id, format: 'docx' }), 'docx');
      // The figures as the rule formats them (Vietnamese marks, one decimal for %): the demo's rice output.
      const tokens = period === 'Q2' ? ['320.080', '176.121*', '55,0%'] : ['320.080'];
      printed.push({ name, pdf, docx, spec: reportSpec(tokens), pictures: [] });
    }

    // Cluster documents: the demo's 5-unit Cụm thi đua số 1, and a 12-unit khối made here.
    const clusters = await invoke(ctx, 'clusters:list', { year: 2023 });
    const cum1 = clusters.clusters.find((c) => c.name === 'Cụm thi đua số 1')!;
    expect(cum1.members).toHaveLength(5);
    const round = cum1.rounds.find((r) => r.period === 'Y')!;
    await invoke(ctx, 'scores:saveDocuments', {
      roundId: round.id,
      summaryNumber: '05',
      summaryDate: '2023-12-22',
      sheetDate: '2023-12-15',
      minutesNumber: '04',
      startTime: '08:00',
      endTime: '10:30',
      attendees: null,
      minutesRecipients: [],
      leaderSigner: 'Lê Văn Hùng',
      leaderPost: 'Chủ tịch UBND thị trấn Huỳnh Hữu Nghĩa',
    });
    const cumSummary = await save(
      'tong-hop-cum-5',
      await invoke(ctx, 'scores:pdf', { roundId: round.id, document: 'tong_hop' }),
      'pdf',
    );
    const clusterSpec = (name: string, tokens: string[]): DocumentSpec => ({
      parts: ['portrait'],
      type: 'BÁO CÁO',
      subject: true,
      letterhead: true,
      authority: { kind: 'collective', name: name.toLocaleUpperCase('vi') },
      signerName: 'Lê Văn Hùng',
      parentBody: 'UBND HUYỆN MỸ TÚ',
      tokens: ['Xếp hạng', ...tokens],
    });
    printed.push({ name: 'tong-hop-cum-5', pdf: cumSummary, spec: clusterSpec('Cụm thi đua số 1', []), pictures: [] });

    // Twelve communes of a neighbouring area (each unit is in one cụm a year, so new ones).
    const twelve: number[] = [];
    for (const name of [
      'An Hiệp',
      'An Ninh',
      'Châu Thành',
      'Hồ Đắc Kiện',
      'Phú Tâm',
      'Phú Tân',
      'Thiện Mỹ',
      'Thuận Hòa',
      'Long Đức',
      'Mỹ Xuyên',
      'Ngọc Tố',
      'Hòa Tú',
    ]) {
      twelve.push((await invoke(ctx, 'units:create', { name: `Xã ${name}`, kind: 'xa' })).id);
    }
    const big = await invoke(ctx, 'clusters:save', {
      year: 2023,
      name: 'Cụm thi đua số 3',
      kind: 'cum',
      memberIds: twelve,
      leaderUnitId: twelve[0]!,
      deputyUnitId: twelve[1]!,
      note: null,
      reason: 'Kiểm tra in ấn',
    });
    await invoke(ctx, 'clusters:copyCriteria', { fromClusterId: cum1.id, toClusterId: big.id });
    const bigRound = await invoke(ctx, 'scores:open', { clusterId: big.id, period: 'Y' });
    await invoke(ctx, 'scores:saveDocuments', {
      roundId: bigRound.id,
      summaryNumber: '',
      summaryDate: null,
      sheetDate: null,
      minutesNumber: '',
      startTime: null,
      endTime: null,
      attendees: null,
      minutesRecipients: [],
      leaderSigner: 'Lê Văn Hùng',
      leaderPost: null,
    });
    const bigSummary = await save(
      'tong-hop-cum-12',
      await invoke(ctx, 'scores:pdf', { roundId: bigRound.id, document: 'tong_hop' }),
      'pdf',
    );
    printed.push({
      name: 'tong-hop-cum-12',
      pdf: bigSummary,
      spec: clusterSpec('Cụm thi đua số 3', []),
      pictures: [],
    });

    const minutes = await save(
      'bien-ban',
      await invoke(ctx, 'scores:pdf', { roundId: round.id, document: 'bien_ban' }),
      'pdf',
    );
    const view = await invoke(ctx, 'scores:round', { roundId: round.id });
    printed.push({
      name: 'bien-ban',
      pdf: minutes,
      spec: {
        parts: ['portrait'],
        type: 'BIÊN BẢN',
        subject: true,
        letterhead: true,
        // Mẫu 1.9: the chủ tọa signs in person.
        authority: { kind: 'head', title: 'CHỦ TỌA' },
        signerName: view.minutes.chair!,
        parentBody: 'UBND HUYỆN MỸ TÚ',
        tokens: ['Xếp hạng', 'Thời gian bắt đầu: 08 giờ 00', 'kết thúc vào 10 giờ 30'],
      },
      pictures: [],
    });
    const sheet = await save(
      'phieu-cham',
      await invoke(ctx, 'scores:pdf', { roundId: round.id, document: 'phieu_cham', unitId: view.units[0]!.unitId }),
      'pdf',
    );
    printed.push({
      name: 'phieu-cham',
      pdf: sheet,
      spec: {
        parts: ['portrait'],
        type: 'PHIẾU CHẤM ĐIỂM THI ĐUA',
        subject: true,
        letterhead: true,
        authority: { kind: 'head', title: 'CỤM TRƯỞNG' },
        signerName: 'Lê Văn Hùng',
        parentBody: 'UBND HUYỆN MỸ TÚ',
        tokens: ['STT', 'Xếp hạng 1/5'],
      },
      pictures: [],
    });

    // Decisions: the chairman's (1735), the committee's (1688), and a province's recorded as received.
    const decisions = await invoke(ctx, 'decisions:list', {});
    const listSpec = (authority: DocumentSpec['authority'], signerName?: string): DocumentSpec => ({
      parts: ['portrait'],
      type: 'DANH SÁCH',
      subject: true,
      letterhead: authority.kind !== 'received',
      authority,
      ...(signerName ? { signerName } : {}),
      parentBody: 'UBND TỈNH SÓC TRĂNG',
      tokens: ['STT', 'Tổng cộng'],
    });
    const chairman = decisions.find((d) => d.number === '1735/QĐ-UBND')!;
    const committee = decisions.find((d) => d.number === '1688/QĐ-UBND')!;
    const catalogue = await invoke(ctx, 'commendation:catalogue', {});
    const people = await invoke(ctx, 'people:list', {});
    const province = await invoke(ctx, 'decisions:create', {
      number: '2456/QĐ-UBND',
      signedOn: '2022-11-15',
      signer: 'Trần Văn Lâu',
      authority: 'Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng',
      subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      issuer: 'cap_tren',
      signingMode: '',
      signerTitle: '',
      entryIds: [],
      recipients: [
        {
          titleId: catalogue.titles.find((t) => t.code === 'CSTD_TINH')!.id,
          year: 2022,
          period: 'Y',
          personId: people[0]!.id,
          unitId: null,
        },
      ],
    });
    for (const [name, decision, spec] of [
      ['quyet-dinh-chu-tich', chairman, listSpec({ kind: 'head', title: 'CHỦ TỊCH' }, 'Nguyễn Việt Phú')],
      ['quyet-dinh-uy-ban', committee, listSpec({ kind: 'collective', name: 'ỦY BAN NHÂN DÂN' }, 'Nguyễn Việt Phú')],
      ['quyet-dinh-tinh', province.decision, listSpec({ kind: 'received', ownIssuingBody: ownBody })],
    ] as const) {
      const pdf = await save(name, await invoke(ctx, 'decisions:annexPdf', { id: decision.id }), 'pdf');
      printed.push({ name, pdf, spec, pictures: [] });
    }

    // The list attached to a Tờ trình: two lines reviewed by the council.
    const title = catalogue.titles.find((t) => t.code === 'CSTDCS')!;
    const proposal = await invoke(ctx, 'proposals:create', { year: 2023, period: 'Y', titleId: title.id, note: '' });
    let detail = proposal;
    for (const person of people.slice(0, 2)) {
      detail = await invoke(ctx, 'proposals:addEntry', {
        proposalId: proposal.proposal.id,
        personId: person.id,
        unitId: null,
        achievements: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận.',
      });
    }
    for (const entry of detail.entries) {
      await invoke(ctx, 'proposals:updateEntry', {
        entryId: entry.id,
        achievements: entry.achievements,
        status: 'da_xet',
        reason: 'Hội đồng đã xét',
      });
    }
    await invoke(ctx, 'proposals:saveSubmission', { id: proposal.proposal.id, number: '12', issuedOn: '2023-12-28' });
    const submission = await save(
      'to-trinh-danh-sach',
      await invoke(ctx, 'proposals:submissionPdf', { id: proposal.proposal.id }),
      'pdf',
    );
    printed.push({
      name: 'to-trinh-danh-sach',
      pdf: submission,
      spec: {
        parts: ['portrait'],
        type: 'DANH SÁCH',
        subject: true,
        letterhead: true,
        authority: { kind: 'collective', name: 'ỦY BAN NHÂN DÂN' },
        signerName: 'Nguyễn Việt Phú',
        parentBody: 'UBND TỈNH SÓC TRĂNG',
        tokens: ['STT'],
      },
      pictures: [],
    });

    // Word files through LibreOffice, all in one call.
    const withDocx = printed.filter((p) => p.docx);
    const outDir = join(dir, 'docx-pdf');
    mkdirSync(outDir);
    convertWithLibreOffice(
      withDocx.map((p) => p.docx!),
      outDir,
    ).forEach((pdf, i) => docxPdfs.set(withDocx[i]!.name, pdf));
  }, 240_000);

  afterAll(async () => {
    await printer.close();
    ctx?.db.close();
    // Page images for the guide and for a person to look at: first page, the signature's page, an annex page.
    mkdirSync(artifactsDir, { recursive: true });
    for (const p of printed) {
      copyFileSync(p.pdf, join(artifactsDir, `nd30-${p.name}.pdf`));
      const docxPdf = docxPdfs.get(p.name);
      if (docxPdf) copyFileSync(docxPdf, join(artifactsDir, `nd30-${p.name}-docx.pdf`));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints every document of the acceptance list', () => {
    expect(printed.map((p) => p.name)).toEqual(documentNames);
  });

  it.each(documentNames)('%s (PDF) conforms', (name) => {
    const p = printed.find((d) => d.name === name)!;
    expect(checkNd30(p.pdf, p.spec)).toEqual([]);
  });

  it.each(['bao-cao-Q2', 'bao-cao-H1', 'bao-cao-Y'])('%s (Word, through LibreOffice) conforms', (name) => {
    const p = printed.find((d) => d.name === name)!;
    expect(checkNd30(docxPdfs.get(name)!, p.spec)).toEqual([]);
  });

  it('fails a document without the trích yếu rule, with an orphaned signature and a broken "STT"', async () => {
    const draft = await invoke(ctx, 'reports:draft', { year: 2023, period: 'Q2' });
    const { html } = await invoke(ctx, 'reports:html', { id: draft.id });
    // The three defects of issue 15, put back by a style sheet: no rule under the trích yếu, the signature pushed
    // onto a page of its own, and the STT column too narrow with words allowed to break anywhere.
    const broken = html
      .replace(
        '</head>',
        `<style>.title-block .rule { display: none; }
.closing { break-inside: auto; } .closing > table.footer { break-before: page; }
table.results { table-layout: fixed; }
table.results th, table.results td { overflow-wrap: anywhere; white-space: normal !important; }</style></head>`,
      )
      .replace('<col style="width:6%"/>', '<col style="width:1.5%"/>');
    mkdirSync(artifactsDir, { recursive: true });
    const pdf = join(artifactsDir, 'nd30-hong-de-kiem-tra.pdf');
    writeFileSync(pdf, await printDocumentPdf(printer, broken));
    const failures = checkNd30(pdf, printed.find((p) => p.name === 'bao-cao-Q2')!.spec);
    expect(failures, failures.join('\n')).toContain('title: no rule under the trích yếu');
    expect(failures.some((f) => /^signature: alone on page \d+/.test(f))).toBe(true);
    expect(failures).toContain('token "STT" broken or missing');
  });

  it('pictures each document: first page, the page it is signed on, the first page of its annex', () => {
    const picture = (pdf: string, page: number, name: string) =>
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-singlefile',
        pdf,
        join(artifactsDir, name),
      ]);
    for (const p of printed) {
      const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [p.pdf], { encoding: 'utf8' }))![1]);
      const text = (page: number) =>
        execFileSync('pdftotext', ['-layout', '-f', `${page}`, '-l', `${page}`, p.pdf, '-'], { encoding: 'utf8' });
      const pages = Array.from({ length: count }, (_, i) => text(i + 1));
      picture(p.pdf, 1, `van-ban-${p.name}-trang-dau`);
      // The last page naming the signer: a biên bản also names its chair in its opening lines.
      const signed = p.spec.signerName ? pages.findLastIndex((t) => t.includes(p.spec.signerName!)) : -1;
      if (signed > 0) picture(p.pdf, signed + 1, `van-ban-${p.name}-trang-ky`);
      const annex = pages.findIndex((t, i) => i > 0 && /^\s*Phụ lục\s*$/m.test(t));
      if (annex > 0) picture(p.pdf, annex + 1, `van-ban-${p.name}-phu-luc`);
      expect(pages.length).toBeGreaterThan(0);
    }
  });
});
