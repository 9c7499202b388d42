import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { openCore, type CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import type { DocumentPrinter } from '@core/documents/printer';
import { medianMs, note, round } from './measure';
import { buildProvinceDatabase, type ProvinceShape } from './province-fixture';

/**
 * A province-wide quarterly report: 200 communes, 30 targets (a realistic provincial plan), two years of figures
 * (the year and the same period last year). Its annex lists every unit under every target: 6,000 rows.
 */
export const provinceReportShape: ProvinceShape = { units: 200, indicators: 30, years: 2, lastYear: 2023 };

const silent = { error: () => undefined, info: () => undefined };

/** Pages of a PDF (a joined document is written with object streams, so the pages are counted by parsing it). */
export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

/**
 * "Lưu PDF" end to end as the app runs it: `reports:pdf` renders the HTML from the database and prints it through
 * Chromium. The first PDF (which also starts Chromium) is a warm-up; the median of the next runs is reported.
 */
async function measure(bench: string, ctx: CoreContext, year: number, runs: number) {
  const draft = await invoke(ctx, 'reports:draft', { year, period: 'Q2' });
  const pdf = async () => Buffer.from((await invoke(ctx, 'reports:pdf', { id: draft.id })).contentBase64, 'base64');
  const pages = await pdfPageCount(await pdf());
  const html = () => invoke(ctx, 'reports:html', { id: draft.id });
  const htmlKb = round(Buffer.byteLength((await html()).html) / 1024);
  const ms = await medianMs(pdf, runs, false);
  // The share of the time spent before Chromium: reading the figures, evaluating, rendering the HTML.
  const htmlMs = await medianMs(html, runs);
  note(`${bench}: ${pages} pages, HTML ${htmlKb} KB in ${htmlMs} ms, PDF in ${ms} ms`);
  return { bench, ms, pages, htmlMs, htmlKb };
}

/** Median time of one document's "Lưu PDF" through its channel, Chromium already running. */
async function documentPdf(bench: string, pdf: () => Promise<{ contentBase64: string }>, runs = 5) {
  const pages = await pdfPageCount(Buffer.from((await pdf()).contentBase64, 'base64'));
  const ms = await medianMs(pdf, runs, false);
  note(`${bench}: ${pages} pages in ${ms} ms`);
  return { bench, ms, pages };
}

/**
 * Every other printed document of the demo district (issue 15): the cluster's summary, a scoring sheet, the biên
 * bản, a decision's list and a Tờ trình's list.
 */
async function demoDocuments(ctx: CoreContext) {
  const cluster = (await invoke(ctx, 'clusters:list', { year: 2023 })).clusters.find((c) => c.rounds.length > 0)!;
  const roundId = cluster.rounds.find((r) => r.period === 'Y')!.id;
  const unitId = (await invoke(ctx, 'scores:round', { roundId })).units[0]!.unitId;
  const decision = (await invoke(ctx, 'decisions:list', {})).find((d) => d.number === '1735/QĐ-UBND')!;
  const catalogue = await invoke(ctx, 'commendation:catalogue', {});
  const title = catalogue.titles.find((t) => t.code === 'CSTDCS')!;
  const proposal = await invoke(ctx, 'proposals:create', { year: 2023, period: 'Y', titleId: title.id, note: '' });
  const people = await invoke(ctx, 'people:list', {});
  let detail = proposal;
  for (const person of people.slice(0, 3)) {
    detail = await invoke(ctx, 'proposals:addEntry', {
      proposalId: proposal.proposal.id,
      personId: person.id,
      unitId: null,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
    });
  }
  for (const e of detail.entries) {
    await invoke(ctx, 'proposals:updateEntry', {
      entryId: e.id,
      achievements: e.achievements,
      status: 'da_xet',
      reason: 'bench',
    });
  }
  const id = proposal.proposal.id;
  return [
    await documentPdf('cluster-summary-pdf', () => invoke(ctx, 'scores:pdf', { roundId, document: 'tong_hop' })),
    await documentPdf('scoring-sheet-pdf', () =>
      invoke(ctx, 'scores:pdf', { roundId, document: 'phieu_cham', unitId }),
    ),
    await documentPdf('minutes-pdf', () => invoke(ctx, 'scores:pdf', { roundId, document: 'bien_ban' })),
    await documentPdf('decision-list-pdf', () => invoke(ctx, 'decisions:annexPdf', { id: decision.id })),
    await documentPdf('submission-list-pdf', () => invoke(ctx, 'proposals:submissionPdf', { id })),
  ];
}

async function demoReport(printer: DocumentPrinter, dir: string) {
  const ctx = await openCore(join(dir, 'demo.sqlite'), { create: true, actor: 'bench', log: silent, printer });
  try {
    await invoke(ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
    return [await measure('report-pdf-demo', ctx, 2023, 5), ...(await demoDocuments(ctx))];
  } finally {
    ctx.db.close();
  }
}

async function provinceReport(printer: DocumentPrinter, dir: string) {
  const started = performance.now();
  const fixture = await buildProvinceDatabase(provinceReportShape, dir);
  fixture.ctx.db.close();
  note(`province database (${provinceReportShape.units} units) built in ${round(performance.now() - started)} ms`);
  const ctx = await openCore(fixture.path, { actor: 'bench', log: silent, printer });
  try {
    return { ...(await measure('report-pdf-200-units', ctx, provinceReportShape.lastYear, 3)), units: 200 };
  } finally {
    ctx.db.close();
  }
}

/**
 * `report-pdf-demo` (the demo district's Q2/2023 report: the report and its annex printed as two parts and joined),
 * every other document of the demo, and `report-pdf-200-units` (a province-wide report).
 */
export async function benchReportPdf(): Promise<Record<string, unknown>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-report-'));
  const printer = createChromiumPrinter();
  try {
    return [...(await demoReport(printer, dir)), await provinceReport(printer, dir)];
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
