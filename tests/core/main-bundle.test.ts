import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The main process renders every printed document with React (react-dom/server). Bundled into out/main, React
 * picks its build from `process.env.NODE_ENV` at run time, which nothing sets in the installed app: without the
 * build-time define in electron.vite.config.mts it ran the development build. The built file is what ships.
 */
const mainPath = join(__dirname, '../../out/main/index.js');

function builtMain(): string {
  expect(existsSync(mainPath), 'out/main/index.js is missing: run `npx electron-vite build` (`npm test` does)').toBe(
    true,
  );
  return readFileSync(mainPath, 'utf8');
}

describe('the built main process (out/main/index.js)', () => {
  it("bundles React's production builds and none of its development builds", () => {
    const source = builtMain();
    // Rolldown keeps each bundled module's path as a region comment: which of React's cjs files went in.
    const reactFiles = [...source.matchAll(/node_modules\/(react[\w-]*)\/cjs\/([\w.-]+\.js)/g)].map((m) => m[2]);
    expect(reactFiles.some((file) => file!.includes('.production.'))).toBe(true);
    expect(reactFiles.filter((file) => file!.includes('.development.'))).toEqual([]);
  });

  it('leaves no run-time NODE_ENV switch for a bundled library to take the development branch', () => {
    expect(builtMain()).not.toMatch(/process\.env\.NODE_ENV/);
  });
});
