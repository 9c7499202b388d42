import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { artifactsDir } from './support/browser';

/** Poppler's tools read the PDF back the way a person would see it. */
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

describe('the demo Q2/2023 report as a PDF through Chromium', () => {
  let pdf: string;
  let pages: string[];
  let dir: string;
  let summary: { targets: Array<{ indicator: string; ytd: number | null; decimals: number }> };

  beforeAll(async () => {
    // Shared by every test of the file, so not the per-test temp folder.
    dir = mkdtempSync(join(tmpdir(), 'thidua-report-'));
    const db = join(dir, 'demo.sqlite');
    pdf = join(dir, 'bao-cao.pdf');
    const io = { out: () => undefined, err: (t: string) => process.stderr.write(`${t}\n`) };
    expect(await runCli(['init', '--db', db, '--demo', 'huyen-2023'], io)).toBe(0);
    expect(await runCli(['report', '--db', db, '--year', '2023', '--period', 'Q2', '--out', pdf], io)).toBe(0);
    const printed: string[] = [];
    await runCli(['summary', '--db', db, '--year', '2023', '--period', 'Q2', '--json'], {
      ...io,
      out: (t) => printed.push(t),
    });
    summary = JSON.parse(printed.join('\n')) as typeof summary;
    const count = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))![1]);
    pages = Array.from({ length: count }, (_, i) =>
      poppler('pdftotext', '-layout', '-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'),
    );
    mkdirSync(artifactsDir, { recursive: true });
    copyFileSync(pdf, join(artifactsDir, 'bao-cao-quy-2-2023.pdf'));
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(artifactsDir, 'bao-cao-trang')]);
  }, 120_000);

  afterAll(() => {
    writeFileSync(join(artifactsDir, 'bao-cao.txt'), pages?.join('\f') ?? '');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is A4: portrait body pages and landscape annex pages', () => {
    const sizes = poppler('pdfinfo', '-f', '1', '-l', String(pages.length), pdf)
      .split('\n')
      .filter((l) => /Page\s+\d+ size/.test(l))
      .map((l) => (/([\d.]+) x ([\d.]+) pts/.exec(l) ?? []).slice(1).map(Number));
    expect(sizes[0]).toEqual([594.96, 841.92]);
    const annexStart = pages.findIndex((p) => /^\s*Phụ lục\s*$/m.test(p));
    expect(annexStart).toBeGreaterThan(0);
    for (const [i, size] of sizes.entries()) {
      expect(size).toEqual(i < annexStart ? [594.96, 841.92] : [841.92, 594.96]);
    }
  });

  it('embeds only a Times-metric serif (Liberation Serif or Times New Roman)', () => {
    const fonts = poppler('pdffonts', pdf)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ name: l.split(/\s+/)[0]!, embedded: /\byes\b/.test(l) }));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/\+(LiberationSerif|TimesNewRoman)/);
      expect(font.embedded).toBe(true);
    }
  });

  it('has the header lines, the document type, the period, every target with Vietnamese numbers, and the signer', () => {
    const text = pages.join('\n').replace(/[ \t]+/g, ' ');
    for (const line of [
      'UBND TỈNH SÓC TRĂNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 45/BC-UBND', // the demo's Q2/2023 draft carries its registered number
      'BÁO CÁO',
      'quý II năm 2023',
      '320.080',
      '730.000',
      '789,53',
      'Nguyễn Việt Phú',
    ]) {
      expect(text).toContain(line);
    }
    // Raw text keeps each table cell's words together even where the cell wraps.
    const raw = poppler('pdftotext', '-raw', pdf, '-').replace(/\s+/g, ' ');
    expect(summary.targets).toHaveLength(17);
    for (const target of summary.targets) {
      expect(raw).toContain(target.indicator);
      if (target.ytd !== null) expect(raw).toContain(formatVietnameseNumber(target.ytd, target.decimals));
    }
  });

  it('numbers pages at the top centre from page 2, not on page 1', () => {
    const firstLine = (page: string) =>
      page
        .split('\n')
        .find((l) => l.trim() !== '')!
        .trim();
    expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
    expect(firstLine(pages[1]!)).toBe('2');
  });
});
