import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Pages of a PDF made by Chromium (Skia writes one uncompressed `/Type /Page` object per page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * "Lưu PDF" end to end as the app runs it: `reports:pdf` renders the HTML from the database and prints it through
 * Chromium. The first PDF (which also starts Chromium) is a warm-up; the median of the next runs is reported.
 */
async function measure(bench: string, ctx: CoreContext, year: number, runs: number) {
  const draft = await invoke(ctx, 'reports:draft', { year, period: 'Q2' });
  const pdf = async () => Buffer.from((await invoke(ctx, 'reports:pdf', { id: draft.id })).contentBase64, 'base64');
  const pages = pdfPageCount(await pdf());
  const html = () => invoke(ctx, 'reports:html', { id: draft.id });
  const htmlKb = round(Buffer.byteLength((await html()).html) / 1024);
  const ms = await medianMs(pdf, runs, false);
  // The share of the time spent before Chromium: reading the figures, evaluating, rendering the HTML.
  const htmlMs = await medianMs(html, runs);
  note(`${bench}: ${pages} pages, HTML ${htmlKb} KB in ${htmlMs} ms, PDF in ${ms} ms`);
  return { bench, ms, pages, htmlMs, htmlKb };
}

async function demoReport(printer: DocumentPrinter, dir: string) {
  const ctx = await openCore(join(dir, 'demo.sqlite'), { create: true, actor: 'bench', log: silent, printer });
  try {
    await invoke(ctx, 'app:setup', { mode: 'demo' });
    return await measure('report-pdf-demo', ctx, 2023, 5);
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

/** `report-pdf-demo` (the demo district's Q2/2023 report) and `report-pdf-200-units` (a province-wide report). */
export async function benchReportPdf(): Promise<Record<string, unknown>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-report-'));
  const printer = createChromiumPrinter();
  try {
    return [await demoReport(printer, dir), await provinceReport(printer, dir)];
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
