import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import { tempDir } from '../support/temp-core';

describe('the printing Chromium of the CLI and the harness (issue 16, finding 8)', () => {
  it('runs no script from the report’s HTML', async () => {
    const printer = createChromiumPrinter();
    try {
      const html =
        '<!doctype html><html lang="vi"><body><p id="x">BÁO CÁO GỐC</p>' +
        '<script>document.getElementById("x").textContent = "ĐÃ BỊ SỬA BỞI SCRIPT";</script></body></html>';
      const pdf = await printer.toPdf(html);
      const path = join(tempDir(), 'bao-cao.pdf');
      writeFileSync(path, pdf);
      const text = execFileSync('pdftotext', [path, '-']).toString('utf8');
      expect(text).toContain('BÁO CÁO GỐC');
      expect(text).not.toContain('ĐÃ BỊ SỬA');
    } finally {
      await printer.close();
    }
  }, 60_000);
});
