#!/usr/bin/env node
// `npm run security`: Electron hardening check. Runs @doyensec/electronegativity over the electron/ sources and fails
// on any finding that scripts/electronegativity-justifications.json does not explain.
//
// The scanner always exits 0 and prints a connectivity warning (it tries to fetch Electron's release list), so the
// gate is its CSV report: no report, or a finding without a justification, fails the run. A justification that no
// longer matches any finding fails too, so the file stays an exact record of what was reviewed.
//
//   node scripts/security-scan.mjs                      scan electron/ (npx installs the pinned scanner once)
//   node scripts/security-scan.mjs --csv out.csv        gate an existing report (used by the tests)
//   node scripts/security-scan.mjs --justifications f   use another justification file
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const scanner = '@doyensec/electronegativity@1.10.3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the scanner quotes code samples). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

/** Findings as { check, file, location, sample }, with files relative to the repository and forward slashes. */
export function readFindings(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (name) => columns.indexOf(name);
  if (at('issue') < 0 || at('filename') < 0) throw new Error('the scanner report has no "issue, …, filename" header');
  return rows.map((r) => {
    const raw = (r[at('filename')] ?? '').trim();
    const file = raw === 'N/A' || !isAbsolute(raw) ? raw : relative(root, raw);
    return {
      check: (r[at('issue')] ?? '').trim(),
      file: file.split('\\').join('/'),
      location: (r[at('location')] ?? '').trim(),
      sample: (r[at('sample')] ?? '').trim(),
    };
  });
}

/** Splits findings into justified and not, and lists justifications that match nothing. */
export function gate(findings, justifications) {
  const matches = (j, f) => j.check === f.check && j.file === f.file;
  return {
    unjustified: findings.filter((f) => !justifications.some((j) => matches(j, f))),
    stale: justifications.filter((j) => !findings.some((f) => matches(j, f))),
  };
}

function readJustifications(path) {
  const entries = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected an array`);
  for (const [i, e] of entries.entries()) {
    for (const key of ['check', 'file', 'why']) {
      if (typeof e?.[key] !== 'string' || e[key].trim() === '') throw new Error(`${path}[${i}]: "${key}" is missing`);
    }
    if (e.why.trim().length < 40) throw new Error(`${path}[${i}]: "why" must say why the finding is fine`);
  }
  return entries;
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  if (!version) throw new Error('package.json has no electron version');
  return version;
}

/** Runs the scanner; returns the CSV text. The Electron version is given so its defaults are judged correctly. */
function runScanner(outDir) {
  const out = join(outDir, 'electronegativity.csv');
  const args = ['-y', scanner, '-i', join(root, 'electron'), '-e', electronVersion(), '-o', out];
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 10 * 60 * 1000,
  });
  if (!existsSync(out)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
    throw new Error(`the scanner wrote no report (exit ${result.status}).\n${output.trim().slice(-2000)}`);
  }
  return readFileSync(out, 'utf8');
}

function main() {
  const { values } = parseArgs({
    options: {
      csv: { type: 'string' },
      justifications: { type: 'string', default: join(root, 'scripts/electronegativity-justifications.json') },
    },
  });
  const justifications = readJustifications(resolve(values.justifications));
  let csvText;
  if (values.csv) csvText = readFileSync(resolve(values.csv), 'utf8');
  else {
    const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
    try {
      csvText = runScanner(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const findings = readFindings(csvText);
  const { unjustified, stale } = gate(findings, justifications);
  for (const f of unjustified) {
    console.error(`NOT JUSTIFIED  ${f.check}  ${f.file}:${f.location}  ${f.sample.slice(0, 160)}`);
  }
  for (const j of stale) console.error(`STALE  ${j.check}  ${j.file}: no such finding any more; remove the entry`);
  console.log(
    `electronegativity: ${findings.length} finding(s), ${findings.length - unjustified.length} justified, ` +
      `${unjustified.length} not justified, ${stale.length} stale justification(s).`,
  );
  process.exitCode = unjustified.length > 0 || stale.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`security scan failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
