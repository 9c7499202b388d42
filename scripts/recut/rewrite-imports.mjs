#!/usr/bin/env node
// Rewrites relative imports written for the layout before the issue-17 re-cut (electron/core/{handlers,services,
// repositories,excel,reports,backup}, multi-domain contract files) into the per-domain layout and the path aliases.
//
//   node scripts/recut/rewrite-imports.mjs [--check] [file[=old/path.ts] ...]
//
// With no files it walks electron/, shared/, renderer/, tests/, bench/ and scripts/. Each file's imports are read as if
// the file still sat at its old path: the path given after "=", else the path moves.json says it came from, else its
// own path. So after a rebase, a file you added under an old folder can be moved with `git mv` and then fixed with
// `node scripts/recut/rewrite-imports.mjs electron/core/figures/my-file.ts=electron/core/services/my-file.ts`.
// Imports of a symbol that moved out of a split file (moves.json "symbols") are redirected to its new file.
// --check prints what would change and exits 1 if anything would.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const { moves, merged, symbols } = JSON.parse(readFileSync(join(import.meta.dirname, 'moves.json'), 'utf8'));
const redirect = { ...moves, ...merged };
const movedFrom = Object.fromEntries(Object.entries(moves).map(([from, to]) => [to, from]));

/** Alias prefixes, longest folder first; kept in step with tsconfig.base.json "paths". */
const aliases = [
  ['electron/core/', '@core/'],
  ['electron/main/', '@main/'],
  ['electron/preload/', '@preload/'],
  ['electron/cli/', '@cli/'],
  ['electron/harness/', '@harness/'],
  ['renderer/src/', '@renderer/'],
  ['shared/', '@shared/'],
];
const aliasRoot = (path) => aliases.find(([folder]) => path.startsWith(folder));

const extensions = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'];
const exists = (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile();
const known = (path) => exists(path) || path in redirect || path in moves;

function resolveHere(fromDir, specifier) {
  const base = posix.normalize(posix.join(fromDir, specifier));
  for (const candidate of [base, ...extensions.map((e) => base + e)]) if (exists(candidate)) return { path: candidate };
  for (const e of extensions) if (exists(`${base}/index${e}`)) return { path: `${base}/index${e}`, asFolder: true };
  return null;
}

/** The file a specifier names, as a repository path, looking through the old layout too. */
function resolveOld(fromDir, specifier) {
  const base = posix.normalize(posix.join(fromDir, specifier));
  for (const candidate of [base, ...extensions.map((e) => base + e)]) if (known(candidate)) return { path: candidate };
  for (const e of extensions) if (known(`${base}/index${e}`)) return { path: `${base}/index${e}`, asFolder: true };
  return null;
}

function specifierFor(fromFile, target, asFolder) {
  let path = target.replace(/\.(ts|tsx|mts|js)$/, '');
  if (asFolder && path.endsWith('/index')) path = path.slice(0, -'/index'.length);
  let rel = posix.relative(posix.dirname(fromFile), path);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const climbs = rel.split('/').filter((part) => part === '..').length;
  const targetRoot = aliasRoot(target);
  const sameRoot = targetRoot && aliasRoot(fromFile) === targetRoot;
  if (targetRoot && (!sameRoot || climbs > 1)) return targetRoot[1] + path.slice(targetRoot[0].length);
  return rel;
}

const importPattern =
  /(\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bvi\.mock\(\s*|\bvi\.importActual(?:<[^>]*>)?\(\s*|\brequire\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/gm;

/** With an explicit old path the file's imports are read as old-layout ones; otherwise what resolves here wins. */
function rewriteSpecifiers(file, oldFile, oldFirst, text) {
  return text.replace(importPattern, (whole, lead, quote, specifier) => {
    const here = oldFirst ? null : resolveHere(posix.dirname(file), specifier);
    const found = here ?? resolveOld(posix.dirname(oldFile), specifier);
    if (!found) return whole;
    const target = redirect[found.path] ?? found.path;
    if (!exists(target)) return whole;
    return `${lead}${quote}${specifierFor(file, target, found.asFolder && !(found.path in redirect))}${quote}`;
  });
}

/** `import { a, type B } from 'x'` where some names now live elsewhere: one statement per new home. */
function redirectSymbols(file, text) {
  const statement = /^(import|export)(\s+type)?\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\4;?/gm;
  return text.replace(statement, (whole, keyword, typeOnly, names, quote, specifier) => {
    const target = resolveSpecifier(file, specifier);
    const table = target && symbols[target];
    if (!table) return whole;
    const groups = new Map();
    for (const raw of names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)) {
      const bare = raw
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        .trim();
      const home = table[bare] ?? target;
      if (!groups.has(home)) groups.set(home, []);
      groups.get(home).push(raw);
    }
    if (groups.size === 1 && groups.has(target)) return whole;
    return [...groups]
      .map(([home, list]) => {
        const spec = home === target ? specifier : specifierFor(file, home, false);
        return `${keyword}${typeOnly ?? ''} { ${list.join(', ')} } from ${quote}${spec}${quote};`;
      })
      .join('\n');
  });
}

function resolveSpecifier(file, specifier) {
  let base;
  const alias = aliases.find(([, prefix]) => specifier.startsWith(prefix));
  if (alias) base = alias[0] + specifier.slice(alias[1].length);
  else if (specifier.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(file), specifier));
  else return null;
  for (const candidate of [...extensions.map((e) => base + e), ...extensions.map((e) => `${base}/index${e}`)])
    if (exists(candidate)) return candidate;
  return null;
}

function walk(dir, out) {
  for (const entry of readdirSync(join(root, dir))) {
    if (entry === 'node_modules' || entry === 'artifacts' || entry.startsWith('.')) continue;
    const path = posix.join(dir, entry);
    if (statSync(join(root, path)).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry)) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const given = args.filter((a) => a !== '--check');
const files = given.length
  ? given.map((arg) => {
      const [file, old] = arg.split('=');
      return [relative(root, resolve(file)).split('\\').join('/'), old];
    })
  : ['electron', 'shared', 'renderer', 'tests', 'bench', 'scripts'].flatMap((d) => walk(d, [])).map((f) => [f]);

let changed = 0;
for (const [file, old] of files) {
  const before = readFileSync(join(root, file), 'utf8');
  const after = redirectSymbols(
    file,
    rewriteSpecifiers(file, old ?? movedFrom[file] ?? file, old !== undefined, before),
  );
  if (after === before) continue;
  changed += 1;
  if (check) console.log(`would rewrite ${file}`);
  else writeFileSync(join(root, file), after);
}
console.error(`${changed} file(s) ${check ? 'to rewrite' : 'rewritten'}`);
if (check && changed > 0) process.exit(1);
