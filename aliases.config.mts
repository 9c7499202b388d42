import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The import aliases (`@shared/…`, `@core/…`, …) for Vite, electron-vite and Vitest, read from the one place that
 * declares them: tsconfig.base.json's `paths` (tsc and tsx read that file themselves).
 */
const root = dirname(fileURLToPath(import.meta.url));
const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

export const pathAliases: Record<string, string> = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    alias.replace(/\/\*$/, ''),
    resolve(root, target!.replace(/\/\*$/, '')),
  ]),
);
