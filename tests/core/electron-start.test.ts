import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` and `npm run dev` after `npm ci`, on a PC where Electron's binary can be downloaded. Here nothing can
 * be downloaded and no Electron can run, so the test builds that PC in a folder: a copy of the project's scripts and
 * config, electron and electron-vite as npm installs them, and a local mirror (ELECTRON_MIRROR, as @electron/get
 * reads it) serving a zip whose "electron" is a stand-in that records how it was started. The project's real
 * `npm start` / `npm run dev` then run there, unchanged.
 */
const root = join(__dirname, '../..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

/** What the stand-in writes for each start: its arguments, folder, the dev server it was pointed at. */
const standInElectron = `#!/usr/bin/env node
const fs = require('node:fs');
fs.appendFileSync(process.env.STAND_IN_RECORD, JSON.stringify({
  args: process.argv.slice(2),
  cwd: process.cwd(),
  rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null,
  mainBuilt: fs.existsSync('out/main/index.js'),
}) + '\\n');
`;

async function electronZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('electron', standInElectron, { unixPermissions: 0o755 });
  zip.file('version', electronVersion);
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
}

// The stand-in "electron" is a script with a shebang, which Windows cannot start.
describe.skipIf(process.platform === 'win32')('npm start and npm run dev on a fresh clone', () => {
  let project: string;
  let mirror: Server;
  let mirrorUrl: string;
  const downloads: string[] = [];
  const record = () => join(project, 'launches.jsonl');

  beforeAll(async () => {
    // Inside the repository, so the project's own dependencies (vite, @electron/get…) resolve from its node_modules.
    mkdirSync(join(root, '.tmp'), { recursive: true });
    project = mkdtempSync(join(root, '.tmp', 'fresh-clone-'));
    // The build config and what it reads: the path aliases, taken from tsconfig.base.json's paths.
    for (const file of ['package.json', 'electron.vite.config.mts', 'aliases.config.mts', 'tsconfig.base.json']) {
      cpSync(join(root, file), join(project, file));
    }
    for (const dir of ['electron', 'renderer', 'shared']) symlinkSync(join(root, dir), join(project, dir), 'dir');

    // node_modules/electron and electron-vite exactly as `npm ci` leaves them: no binary, no path.txt.
    const electron = join(project, 'node_modules/electron');
    mkdirSync(electron, { recursive: true });
    for (const file of ['package.json', 'index.js', 'cli.js', 'install.js']) {
      cpSync(join(root, 'node_modules/electron', file), join(electron, file));
    }
    const zip = await electronZip();
    // The mirror's zip is checked against checksums.json like Electron's own release; ours has its own digest.
    const digest = createHash('sha256').update(zip).digest('hex');
    writeFileSync(join(electron, 'checksums.json'), JSON.stringify({ [zipName]: digest }));
    cpSync(join(root, 'node_modules/electron-vite'), join(project, 'node_modules/electron-vite'), { recursive: true });
    const bin = join(project, 'node_modules/.bin');
    mkdirSync(bin);
    chmodSync(join(electron, 'install.js'), 0o755);
    symlinkSync('../electron/install.js', join(bin, 'install-electron'));
    symlinkSync('../electron-vite/bin/electron-vite.js', join(bin, 'electron-vite'));

    mirror = createServer((req, res) => {
      downloads.push(req.url ?? '');
      if (req.url === `/v${electronVersion}/${zipName}`) return res.end(zip);
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((ready) => mirror.listen(0, '127.0.0.1', ready));
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await new Promise((closed) => mirror?.close(closed));
    if (project) rmSync(project, { recursive: true, force: true });
  });

  /** Runs a script of the copied package.json; asynchronously, so this process's mirror can answer meanwhile. */
  function npm(script: string): Promise<{ status: number | null; output: string }> {
    const child = spawn('npm', ['run', script], {
      cwd: project,
      env: {
        ...process.env,
        ELECTRON_MIRROR: mirrorUrl,
        electron_config_cache: join(project, 'electron-cache'),
        STAND_IN_RECORD: record(),
        ELECTRON_SKIP_BINARY_DOWNLOAD: undefined,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    return new Promise((done) => child.once('close', (status) => done({ status, output })));
  }

  const launches = () =>
    existsSync(record())
      ? readFileSync(record(), 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line))
      : [];

  it('npm ci runs nothing that downloads Electron; start and dev fetch it first with install-electron', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare']) {
      expect(scripts[hook], hook).toBeUndefined();
    }
    expect(scripts.prestart).toBe('install-electron');
    expect(scripts.predev).toBe('install-electron');
  });

  it(
    "npm start downloads Electron once, passes electron-vite's path check and opens the built app",
    { timeout: 180_000 },
    async () => {
      expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false);
      const run = await npm('start');
      expect(run.status, run.output).toBe(0);
      expect(run.output).not.toContain('Electron uninstall');
      expect(downloads).toEqual([`/v${electronVersion}/${zipName}`]);
      expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron');
      expect(launches()).toEqual([{ args: ['.'], cwd: project, rendererUrl: null, mainBuilt: true }]);
    },
  );

  it('npm run dev reuses the binary and points Electron at the dev server', { timeout: 180_000 }, async () => {
    const run = await npm('dev');
    expect(run.status, run.output).toBe(0);
    expect(downloads).toHaveLength(1);
    const [, dev] = launches();
    expect(dev).toMatchObject({ args: ['.'], cwd: project, mainBuilt: true });
    expect(dev.rendererUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/);
  });

  it("the repository's own node_modules/electron is left as npm ci installed it", () => {
    expect(existsSync(join(root, 'node_modules/electron/path.txt'))).toBe(false);
    expect(existsSync(join(root, 'node_modules/electron/dist'))).toBe(false);
  });
});
