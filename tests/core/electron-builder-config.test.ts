import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { Minimatch } from 'minimatch';
import { describe, expect, it, vi } from 'vitest';

const root = join(__dirname, '../..');
const require = createRequire(import.meta.url);
// electron-builder reads its YAML config with js-yaml (a dependency it installs); it ships no type declarations.
const yaml = require('js-yaml') as { load(text: string): unknown };

function loadConfig(): Configuration {
  return yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
}

/** validateConfiguration only reads `isEnabled` (to record schema errors in a debug file). */
const quietDebugLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(loadConfig(), quietDebugLogger)).resolves.toBeUndefined();
  });

  it('the schema check is real: a copy with an unknown key is rejected', async () => {
    const bogus = { ...loadConfig(), nsis: { ...loadConfig().nsis, installForEveryoneQuietly: true } };
    // Inside an `anyOf` the schema error names the section, not the key.
    await expect(validateConfiguration(bogus as Configuration, quietDebugLogger)).rejects.toThrow(
      /configuration\.nsis/,
    );
    const bogusRoot = { ...loadConfig(), asarUnpackk: ['**/*.node'] };
    await expect(validateConfiguration(bogusRoot as Configuration, quietDebugLogger)).rejects.toThrow(/asarUnpackk/);
  });

  it('identifies the app and builds an x64 NSIS installer with the emblem icon', () => {
    const config = loadConfig();
    expect(config.appId).toBe('vn.thidua.desk');
    expect(config.productName).toBe('Thi Đua Desk');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win?.icon).toBe('build/icon.ico');
  });

  it('the icon is a 256×256 PNG', () => {
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('the Windows icon has every size Windows shows, each a PNG of that size', () => {
    const ico = readFileSync(join(root, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // reserved, type icon
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const size = ico[entry] || 256;
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      expect(image.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([size, size]);
      sizes.push(size);
    }
    // Taskbar and title bar at 100–200 % scaling, Explorer, and the 256 electron-builder requires.
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 256]));
  });

  it('an assisted, per-user, Vietnamese installer that never deletes the council data', () => {
    expect(loadConfig().nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Thi Đua Desk',
      installerLanguages: ['vi_VN'],
      language: '1066',
      unicode: true,
      include: 'build/installer.nsh',
      deleteAppDataOnUninstall: false,
    });
  });

  it('native code is unpacked from the archive and rebuilt only by the beforePack hook', () => {
    const config = loadConfig();
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./build/before-pack.cjs');
    expect(existsSync(join(root, 'build/before-pack.cjs'))).toBe(true);
  });

  it('the packaged Electron cannot be run as plain Node, take NODE_OPTIONS or a debugger flag', () => {
    expect(loadConfig().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      // The page is loaded from file://: its module scripts need these privileges, pinned rather than defaulted.
      grantFileProtocolExtraPrivileges: true,
    });
  });

  it('ships the built app and production modules, without better-sqlite3 sources or build leftovers', () => {
    const files = loadConfig().files as string[];
    expect(files.slice(0, 3)).toEqual(['out/**', 'package.json', 'node_modules/**']);
    for (const excluded of [
      '!node_modules/better-sqlite3/src/**',
      '!node_modules/better-sqlite3/deps/**',
      '!node_modules/better-sqlite3/build/Release/obj/**',
      '!node_modules/better-sqlite3/build/Release/obj.target/**',
    ]) {
      expect(files).toContain(excluded);
    }
  });

  it('the exclusions drop sources and build leftovers but no code the app loads', () => {
    const files = loadConfig().files as string[];
    // electron-builder matches `files` with minimatch and `dot: true`; positives first, then the `!` exclusions.
    const includes = files.filter((f) => !f.startsWith('!')).map((f) => new Minimatch(f, { dot: true }));
    const excludes = files.filter((f) => f.startsWith('!')).map((f) => new Minimatch(f.slice(1), { dot: true }));
    const ships = (path: string) => includes.some((m) => m.match(path)) && !excludes.some((m) => m.match(path));

    const loadedAtRunTime = [
      'out/main/index.js',
      'out/preload/index.js',
      'package.json',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/package.json',
      'node_modules/zod/index.cjs',
      'node_modules/exceljs/excel.js',
      'node_modules/exceljs/lib/doc/workbook.js',
      'node_modules/mammoth/lib/index.js',
      'node_modules/docx/dist/index.umd.cjs',
    ];
    for (const path of loadedAtRunTime) {
      expect(existsSync(join(root, path)), `${path} exists (the sample is real)`).toBe(true);
      expect(ships(path), path).toBe(true);
    }

    const leftovers = [
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/obj/gen/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.pdb',
      'node_modules/better-sqlite3/build/better_sqlite3.vcxproj',
      'node_modules/better-sqlite3/README.md',
      'node_modules/mammoth/test/docx-reader.tests.js',
      'node_modules/zod/index.d.cts',
      'src/anything.ts',
      'tests/unit/electron-window.test.ts',
    ];
    for (const path of leftovers) expect(ships(path), path).toBe(false);
  });
});

describe('build/before-pack.cjs', () => {
  const beforePack = require(join(root, 'build/before-pack.cjs')) as (context: unknown) => Promise<void>;
  const context = (electronPlatformName: string) => ({
    electronPlatformName,
    arch: 1,
    packager: { projectDir: root, config: { electronVersion: '45.4.1' } },
  });

  it('leaves the Node build of better-sqlite3 alone for a non-Windows package (the layout check)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const module = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const before = readFileSync(module);
    await expect(beforePack(context('linux'))).resolves.toBeUndefined();
    expect(readFileSync(module).equals(before)).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/linux package, better-sqlite3 left as installed/));
    log.mockRestore();
  });

  it.skipIf(process.platform === 'win32')(
    'refuses to cross-build the Windows installer on another system',
    async () => {
      await expect(beforePack(context('win32'))).rejects.toThrow(/must be compiled for Electron on Windows/);
    },
  );
});
