import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// The wire format's constants are not re-exported by the package's entry point.
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * What `npm run dist:win` packs, checked on a `--linux dir` package (the archive layout is the same; only the
 * Windows binaries differ, and they cannot be downloaded here). Electron is a stand-in folder whose binary carries
 * Electron's fuse wire with its default settings, so electron-builder flips the fuses as it would on the real
 * one. npmRebuild stays off (electron-builder.yml): the tests' better-sqlite3 is the Node build, left as it is.
 */
const root = join(__dirname, '../..');

/** Electron's documented defaults, in the wire's order (FuseV1Options). */
const electronDefaults = [
  FuseState.ENABLE, // RunAsNode
  FuseState.DISABLE, // EnableCookieEncryption
  FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseState.ENABLE, // EnableNodeCliInspectArguments
  FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseState.DISABLE, // OnlyLoadAppFromAsar
  FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
];

function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.from([1 /* wire version */, electronDefaults.length, ...electronDefaults]);
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from('stand-in Electron\n'), Buffer.from(SENTINEL), wire]),
  );
  writeFileSync(
    join(dir, 'version'),
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version,
  );
}

describe('the packaged app (electron-builder --dir with a stand-in Electron)', () => {
  let work: string;
  let app: string;
  let asar: string;
  let files: string[];

  beforeAll(async () => {
    expect(existsSync(join(root, 'out/main/index.js')), 'the app is built first (`npm test` does)').toBe(true);
    work = mkdtempSync(join(tmpdir(), 'thidua-layout-'));
    standInElectron(join(work, 'electron'));
    const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const hookLog = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir', Arch.x64),
        config: { electronDist: join(work, 'electron'), directories: { output: join(work, 'dist') } },
      });
    } finally {
      quiet.mockRestore();
      hookLog.mockRestore();
    }
    app = join(work, 'dist', 'linux-unpacked');
    asar = join(app, 'resources', 'app.asar');
    files = listPackage(asar, { isPack: false }).map((path) => path.replace(/\\/g, '/').replace(/^\//, ''));
  }, 240_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the archive holds the built app, its package.json and the production modules', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/package.json',
      'node_modules/zod/package.json',
      'node_modules/exceljs/package.json',
      'node_modules/docx/package.json',
      'node_modules/mammoth/package.json',
    ]) {
      expect(files, path).toContain(path);
    }
    expect(JSON.parse(extractFile(asar, 'package.json').toString('utf8')).main).toBe('out/main/index.js');
  });

  it('and nothing else: no sources, tests, C sources or the bundled renderer libraries', () => {
    const unwanted = files.filter(
      (path) =>
        /^(electron|renderer|shared|tests|scripts|docs|bench|build)\//.test(path) ||
        /^node_modules\/(react|react-dom|antd|recharts|electron|vite|vitest|typescript)\//.test(path) ||
        /^node_modules\/better-sqlite3\/(src|deps)\//.test(path) ||
        /\.(ts|tsx|map|md)$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('better_sqlite3.node is unpacked beside the archive, where native code can be loaded from', () => {
    const module = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(statFile(asar, module)).toMatchObject({ unpacked: true });
    const unpacked = join(app, 'resources', 'app.asar.unpacked', module);
    expect(existsSync(unpacked)).toBe(true);
    expect(readFileSync(unpacked).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46])); // a native library
  });

  it("the binary's fuses are those of electron-builder.yml, file: privileges pinned on", async () => {
    const wire = await getCurrentFuseWire(join(app, 'thi-dua-desk'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      onlyAsar: FuseState.ENABLE,
      fileProtocol: FuseState.ENABLE,
    });
  });
});
