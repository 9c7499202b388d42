import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A sandboxed preload can `require` only 'electron' (and a few Node built-ins Electron polyfills); any other
 * require fails at run time in the installed app, where no test here can see it. So the built file is checked.
 */
const preloadPath = join(__dirname, '../../out/preload/index.js');

function builtPreload(): string {
  expect(
    existsSync(preloadPath),
    'out/preload/index.js is missing: run `npx electron-vite build` (`npm test` builds before running vitest)',
  ).toBe(true);
  return readFileSync(preloadPath, 'utf8');
}

describe('the built preload (out/preload/index.js)', () => {
  it('requires nothing but electron', () => {
    const source = builtPreload();
    const requires = [...source.matchAll(/\brequire\s*\(\s*([^)]*?)\s*\)/g)].map((match) => match[1]);
    expect(requires.length, 'the preload requires electron').toBeGreaterThan(0);
    expect(requires.filter((argument) => !/^(['"`])electron\1$/.test(argument!))).toEqual([]);
  });

  it('is a CommonJS script, which a sandboxed preload must be', () => {
    const source = builtPreload();
    expect(source).not.toMatch(/^\s*import\s[^(]/m);
    expect(source).not.toMatch(/^\s*export\s/m);
  });

  it('exposes one thing to the page: window.api', () => {
    const source = builtPreload();
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*(['"])([^'"]+)\1/g)].map((match) => match[2]);
    expect(exposed).toEqual(['api']);
  });
});
