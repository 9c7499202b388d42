import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';

/**
 * The gate of `npm run security` (scripts/security-scan.mjs), fed with reports in the scanner's own CSV format:
 * running electronegativity itself needs npx and a network install, so it belongs to `npm run security`, not here.
 */
const root = resolve(__dirname, '../..');
const script = join(root, 'scripts/security-scan.mjs');
const justificationsPath = join(root, 'scripts/electronegativity-justifications.json');

const header = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (
  check: string,
  file: string,
  sample = 'const window = new BrowserWindow(mainWindowOptions({ preloadPath, isPackaged }));',
) =>
  `${check},"MEDIUM","FIRM","${file}","22:17","${sample.replace(/"/g, '""')}","Review it",https://github.com/doyensec/electronegativity/wiki/${check}`;

async function gate(csv: string, justifications?: unknown) {
  const dir = tempDir();
  writeFileSync(join(dir, 'out.csv'), csv);
  const args = [script, '--csv', join(dir, 'out.csv')];
  if (justifications !== undefined) {
    writeFileSync(join(dir, 'j.json'), JSON.stringify(justifications));
    args.push('--justifications', join(dir, 'j.json'));
  }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const why = 'Set to true in window-options.ts and pinned by a unit test; the scanner cannot follow the call.';

describe('npm run security (electronegativity gate)', () => {
  it('passes when every finding is justified (absolute paths from the scanner, N/A for global checks)', async () => {
    const csv = [
      header,
      row('SANDBOX_JS_CHECK', join(root, 'electron/main/main-window.ts')),
      'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP",https://x',
    ].join('\n');
    const result = await gate(csv, [
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/main-window.ts', why },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', why },
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 finding(s), 2 justified, 0 not justified');
  });

  it('fails on a finding without a justification, naming it', async () => {
    const sample = 'new BrowserWindow({ webPreferences: { nodeIntegration: true, sandbox: false } }), "quoted"';
    const csv = [header, row('NODE_INTEGRATION_JS_CHECK', join(root, 'electron/main/other.ts'), sample)].join('\n');
    const result = await gate(csv, []);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NOT JUSTIFIED  NODE_INTEGRATION_JS_CHECK  electron/main/other.ts:22:17');
    expect(result.stderr).toContain('"quoted"');
  });

  it('fails on a justification that no longer matches a finding, so the file stays exact', async () => {
    const result = await gate(header, [{ check: 'SANDBOX_JS_CHECK', file: 'electron/main/main-window.ts', why }]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('STALE  SANDBOX_JS_CHECK');
  });

  it('fails when the scanner wrote no usable report, or a justification says nothing', async () => {
    expect((await gate('', [])).code).toBe(1);
    expect((await gate('something else entirely\n', [])).stderr).toContain('no "issue');
    const vague = await gate(header, [{ check: 'X', file: 'N/A', why: 'fine' }]);
    expect(vague.code).toBe(1);
    expect(vague.stderr).toContain('must say why');
  });

  it('the project justifications name real files and real reasons', () => {
    const entries = JSON.parse(readFileSync(justificationsPath, 'utf8')) as Array<{
      check: string;
      file: string;
      why: string;
    }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      if (entry.file !== 'N/A') expect(existsSync(join(root, entry.file)), entry.file).toBe(true);
      expect(entry.why.length).toBeGreaterThan(40);
    }
  });
});
