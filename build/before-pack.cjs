// @ts-check
// electron-builder `beforePack` hook: compiles better-sqlite3 for the Electron that ships in the installer.
//
// Why here and not in `npm install`: the development tree keeps better-sqlite3 built for Node, because the tests,
// the CLI and the harness run under plain Node. Only the packaged app needs the Electron build, so the rebuild
// happens while packaging (after actualbudget/actual's desktop-electron/beforePackHook.ts), and:
// - only for Windows targets, on Windows: native modules cannot be cross-compiled, and a `--linux dir` layout check
//   must leave the Node build alone (on Linux the rebuild was measured to report success while leaving a Node
//   binary, or to delete the built module);
// - it fails the build instead of logging and carrying on: an installer with a Node-ABI module installs fine and
//   then cannot open its database on the secretary's PC;
// - afterwards it proves the module is no longer loadable by Node, which an Electron build never is.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file: electron-builder loads it as a hook */

const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

/** @param {import('app-builder-lib').BeforePackContext} context */
async function beforePack(context) {
  const target = context.electronPlatformName;
  if (target !== 'win32') {
    console.log(`before-pack: ${target} package, better-sqlite3 left as installed (only the Windows installer ships)`);
    return;
  }
  if (process.platform !== 'win32') {
    throw new Error(
      'before-pack: better-sqlite3 must be compiled for Electron on Windows itself (native modules cannot be ' +
        'cross-compiled). Run `npm run dist:win` on a Windows PC.',
    );
  }

  const { Arch } = require('electron-builder');
  const arch = Arch[context.arch];
  const projectDir = context.packager.projectDir;
  const electronVersion = context.packager.config.electronVersion ?? context.packager.info.framework.version;
  if (!electronVersion) throw new Error('before-pack: electron-builder did not report the Electron version');

  // @electron/rebuild is an ES module (a dependency of electron-builder): import, not require.
  const { rebuild } = await import('@electron/rebuild');
  console.log(`before-pack: rebuilding better-sqlite3 for Electron ${electronVersion} (win32-${arch})`);
  await rebuild({
    buildPath: projectDir,
    electronVersion,
    platform: 'win32',
    arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  assertBuiltForElectron(join(projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
  console.log('before-pack: better-sqlite3 is built for Electron. Run `npm rebuild better-sqlite3` before the tests.');
}

/**
 * Loads the module in a child Node process (so this process does not keep the DLL locked). Node must refuse it with
 * a NODE_MODULE_VERSION mismatch; if it loads, the "rebuild" produced a Node binary and the installer would be broken.
 * @param {string} modulePath
 */
function assertBuiltForElectron(modulePath) {
  const probe = spawnSync(process.execPath, ['-e', 'require(process.argv[1])', modulePath], { encoding: 'utf8' });
  if (probe.status === 0) {
    throw new Error(`before-pack: ${modulePath} still loads in Node ${process.version}; it was not built for Electron`);
  }
  if (!/NODE_MODULE_VERSION/.test(probe.stderr)) {
    throw new Error(`before-pack: cannot check ${modulePath}:\n${probe.stderr}`);
  }
}

module.exports = beforePack;
