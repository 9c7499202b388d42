import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Arch, build, Platform } from 'electron-builder';
import { NsisTarget } from 'app-builder-lib/out/targets/nsis/NsisTarget';
import { AppPackageHelper } from 'app-builder-lib/out/targets/nsis/nsisUtil';
import { WineVmManager } from 'app-builder-lib/out/vm/WineVm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The installer's NSIS script, as electron-builder writes it for `npm run dist:win`, generated here without
 * makensis (which cannot be downloaded on these machines) and read for what the secretary will see.
 *
 * electron-builder is run for real (its config loading, NsisTarget's defines and its script generator) on a
 * stand-in `win-unpacked` folder (`prepackaged`, so no Electron is needed). Three steps need Windows binaries and
 * are replaced: packing the app with 7-Zip (a dummy archive), running makensis (the script and defines are
 * captured instead) and running the uninstaller generator under Wine (nothing to run). The temporary files the
 * script includes are read while they exist, so the captured script is complete.
 */
const root = join(__dirname, '../..');
// electron-builder reads its YAML with js-yaml (a dependency it installs); it ships no type declarations.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const templates = join(root, 'node_modules/app-builder-lib/templates/nsis');

interface MakensisCall {
  defines: Record<string, string | null>;
  script: string;
}

/** Replaces each `!include "/absolute/path"` outside electron-builder's templates by the file it names. */
function inlineIncludes(script: string): string {
  return script.replace(/^!include "(\/[^"]+)"$/gm, (line, path: string) =>
    path.startsWith(templates) ? line : `; >>> ${path}\n${readFileSync(path, 'utf8').replace(/^\uFEFF/, '')}\n; <<<`,
  );
}

async function generateInstallerScripts(): Promise<{ installer: MakensisCall; uninstaller: MakensisCall }> {
  const work = mkdtempSync(join(tmpdir(), 'thidua-nsis-'));
  const prepackaged = join(work, 'win-unpacked');
  mkdirSync(join(prepackaged, 'resources'), { recursive: true });
  writeFileSync(join(prepackaged, 'Thi Đua Desk.exe'), 'stand-in');
  writeFileSync(join(prepackaged, 'resources', 'app.asar'), 'stand-in');
  // NSIS plugins are only named in the script: an empty folder stands in for electron-builder's download.
  mkdirSync(join(work, 'nsis-resources', 'plugins', 'x86-unicode'), { recursive: true });
  vi.stubEnv('ELECTRON_BUILDER_NSIS_RESOURCES_DIR', join(work, 'nsis-resources'));

  const calls: MakensisCall[] = [];
  const captured = new Error('installer script captured');
  const packArch = vi.spyOn(AppPackageHelper.prototype, 'packArch').mockImplementation(async () => {
    const archive = join(work, 'app-64.7z');
    writeFileSync(archive, 'stand-in');
    return { fileInfo: { path: archive, sha512: Buffer.alloc(64).toString('base64') }, unpackedSize: 1 << 20 };
  });
  // A private method of NsisTarget: the one place the script and the defines meet before makensis runs.
  const target = NsisTarget.prototype as unknown as {
    executeMakensis(defines: Record<string, string | null>, commands: unknown, script: string): Promise<void>;
  };
  const makensis = vi
    .spyOn(target, 'executeMakensis')
    .mockImplementation(async (defines: Record<string, string | null>, _commands: unknown, script: string) => {
      calls.push({ defines: { ...defines }, script: inlineIncludes(script) });
      // The installer is the last script; stop before signing and update metadata, which need the real file.
      if (!('BUILD_UNINSTALLER' in defines)) throw captured;
    });
  const wine = vi.spyOn(WineVmManager.prototype, 'exec').mockResolvedValue('');
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await expect(
      build({
        projectDir: root,
        targets: Platform.WINDOWS.createTarget('nsis', Arch.x64),
        prepackaged,
        config: { directories: { output: join(work, 'dist') } },
      }),
    ).rejects.toBe(captured);
  } finally {
    for (const spy of [packArch, makensis, wine, quiet]) spy.mockRestore();
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  }
  const uninstaller = calls.find((call) => 'BUILD_UNINSTALLER' in call.defines);
  const installer = calls.find((call) => !('BUILD_UNINSTALLER' in call.defines));
  if (!uninstaller || !installer) throw new Error(`expected two makensis runs, got ${calls.length}`);
  return { installer, uninstaller };
}

/** The body of `!macro name … !macroend`. */
function macro(script: string, name: string): string {
  const found = new RegExp(`^!macro ${name}\\b[^\\n]*\\n([\\s\\S]*?)^!macroend`, 'm').exec(script);
  if (!found) throw new Error(`macro ${name} not found`);
  return found[1]!;
}

/** The text of `Function name … FunctionEnd` (template functions are written at the start of a line). */
function nsisFunction(script: string, name: string): string {
  const start = script.indexOf(`Function ${name}\n`);
  if (start < 0) throw new Error(`function ${name} not found`);
  return script.slice(start, script.indexOf('FunctionEnd', start));
}

/** LangString definitions for one language id, in script order: later ones replace earlier ones in NSIS. */
function langStrings(script: string, languageId: string): Array<{ id: string; text: string; at: number }> {
  const pattern = new RegExp(`^\\s*LangString (\\w+) (?:${languageId}) "(.*)"$`, 'gm');
  return [...script.matchAll(pattern)].map((m) => ({ id: m[1]!, text: m[2]!, at: m.index! }));
}

/** Vietnamese text: letters with the diacritics English never uses. */
const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/;

describe('the generated NSIS installer script', () => {
  let installer: MakensisCall;
  let uninstaller: MakensisCall;
  let englishMessages: Record<string, string>;

  beforeAll(async () => {
    ({ installer, uninstaller } = await generateInstallerScripts());
    // electron-builder's messages in English, as its generator writes them into a LangString.
    const messages = yaml.load(readFileSync(join(templates, 'messages.yml'), 'utf8')) as Record<string, { en: string }>;
    englishMessages = Object.fromEntries(
      Object.entries(messages).map(([id, text]) => [id, text.en.replace(/\n/g, '$\\r$\\n')] as const),
    );
  }, 120_000);
  afterAll(() => vi.restoreAllMocks());

  it('loads Vietnamese, and only Vietnamese, for every page', () => {
    for (const { script } of [installer, uninstaller]) {
      expect(macro(script, 'addLangs').trim()).toBe('!insertmacro MUI_LANGUAGE "Vietnamese"');
    }
    // No language selector and no English fallback language in the file.
    expect(installer.defines).not.toHaveProperty('DISPLAY_LANG_SELECTOR');
    expect(installer.script).not.toMatch(/MUI_LANGUAGE "English"/);
  });

  it("electron-builder's own messages end up in Vietnamese, overriding its English fallbacks", () => {
    const script = installer.script;
    const insertHeader = script.indexOf('!insertmacro customHeader');
    expect(insertHeader).toBeGreaterThan(script.indexOf('!insertmacro addLangs'));
    const overrides = langStrings(macro(script, 'customHeader'), '\\$\\{LANG_VIETNAMESE\\}');
    const fromElectronBuilder = langStrings(script, '1066').filter((entry) => entry.at < insertHeader);
    // electron-builder's messages.yml falls back to English for the messages it has no Vietnamese for.
    const untranslated = fromElectronBuilder.filter((entry) => entry.text === englishMessages[entry.id]);
    expect(untranslated.map((entry) => entry.id)).toContain('appRunning');
    const shown = new Map([...fromElectronBuilder, ...overrides].map((entry) => [entry.id, entry.text]));
    for (const id of ['appRunning', 'appClosing', 'appCannotBeClosed', 'installing', 'decompressionFailed']) {
      expect(shown.get(id), id).toMatch(vietnamese);
    }
    // The install-mode page's strings stay English but that page is never shown (next test).
    const messagesYml = ['win7Required', 'x64WinRequired', 'uninstallFailed', 'areYouSureToUninstall'];
    for (const id of messagesYml) expect(shown.get(id), id).toMatch(vietnamese);
    // Redefining a LangString is warning 6030, an error under makensis -WX: allowed inside the block only.
    expect(macro(script, 'customHeader')).toMatch(/!pragma warning push\s+!pragma warning disable 6030[\s\S]*pop/);
  });

  it('installs for the current user only, without the "for all users" page or administrator rights', () => {
    for (const { defines } of [installer, uninstaller]) {
      expect(defines).not.toHaveProperty('INSTALL_MODE_PER_ALL_USERS');
      expect(defines).not.toHaveProperty('ONE_CLICK');
    }
    // The install-mode page's own function asks customInstallMode first and skips the page when it forces the
    // current user (electron-builder's multiUserUi.nsh; checked so an upgrade that renames the hook fails here).
    const pageFunction = readFileSync(join(templates, 'multiUserUi.nsh'), 'utf8');
    expect(pageFunction).toMatch(
      /!insertmacro customInstallMode[\s\S]*\$\{if\} \$isForceCurrentInstall == "1"[\s\S]*setInstallModePerUser\s+Abort/,
    );
    for (const { script } of [installer, uninstaller]) {
      expect(macro(script, 'customInstallMode').trim()).toBe('StrCpy $isForceCurrentInstall "1"');
      expect(script).toContain('!include "assistedInstaller.nsh"');
    }
    expect(installer.script).toMatch(/!ifdef INSTALL_MODE_PER_ALL_USERS[\s\S]*!else\s+RequestExecutionLevel user/);
  });

  it('refuses Windows older than 10, and 32-bit Windows, with a Vietnamese message before anything else', () => {
    const check = macro(installer.script, 'preInit');
    expect(check).toMatch(/!ifndef BUILD_UNINSTALLER/);
    const win10 = /\$\{IfNot\} \$\{AtLeastWin10\}\s+MessageBox MB_OK\|MB_ICONSTOP "([^"]+)" \/SD IDOK[\s\S]*?Quit/.exec(
      check,
    );
    expect(win10, 'a Windows 10 check that quits').not.toBeNull();
    expect(win10![1]).toContain('cần Windows 10 hoặc Windows 11');
    expect(check).toMatch(/\$\{IfNot\} \$\{RunningX64\}\s+MessageBox[^\n]*Windows 64-bit[\s\S]*?Quit/);
    // In .onInit it comes before electron-builder's own (English) version and instance checks.
    const onInit = nsisFunction(installer.script, '.onInit');
    expect(onInit.indexOf('!insertmacro preInit')).toBeGreaterThan(-1);
    expect(onInit.indexOf('!insertmacro preInit')).toBeLessThan(onInit.indexOf('!insertmacro check64BitAndSetRegView'));
  });

  it('keeps the council data on uninstall', () => {
    for (const { defines } of [installer, uninstaller]) {
      expect(defines).not.toHaveProperty('DELETE_APP_DATA_ON_UNINSTALL');
    }
  });

  it('installer.nsh is saved with a UTF-8 byte-order mark, so makensis reads its Vietnamese as UTF-8', () => {
    const bytes = readFileSync(join(root, 'build/installer.nsh'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
