import { describe, expect, it } from 'vitest';
import { findChromium } from '@core/documents/find-chromium';
import { missingPackages, planPreparation, type MachineFacts } from '../../scripts/test-machine';

/** The packages the tests use on Debian, as README and toolchain.md list them. */
const debianPackages = [
  'chromium',
  'poppler-utils',
  'fonts-liberation2',
  'fonts-dejavu-core',
  'fonts-noto-core',
  'libreoffice-writer-nogui',
  'libreoffice-calc-nogui',
];

function machine(overrides: Partial<MachineFacts> & { installed?: string[] } = {}): MachineFacts {
  const installed = new Set(overrides.installed ?? []);
  return {
    distribution: 'debian',
    hasApt: true,
    isInstalled: (name) => installed.has(name),
    foundOnPath: () => null,
    privilege: 'root',
    ...overrides,
  };
}

describe('preparing a machine for npm test', () => {
  it('a fresh Debian machine run as root installs every package with apt, without recommends', () => {
    expect(planPreparation(machine())).toEqual({
      kind: 'install',
      packages: debianPackages,
      commands: [
        ['apt-get', 'update', '-q'],
        ['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...debianPackages],
      ],
    });
  });

  it('a machine with everything installed has nothing to do', () => {
    expect(planPreparation(machine({ installed: debianPackages }))).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing, through sudo for a user who has it', () => {
    const plan = planPreparation(
      machine({ installed: debianPackages.filter((p) => p !== 'poppler-utils'), privilege: 'sudo' }),
    );
    expect(plan).toEqual({
      kind: 'install',
      packages: ['poppler-utils'],
      commands: [
        ['sudo', 'apt-get', 'update', '-q'],
        ['sudo', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', 'poppler-utils'],
      ],
    });
  });

  it('without root or sudo it prints the one command to run', () => {
    const plan = planPreparation(machine({ installed: ['chromium', 'poppler-utils'], privilege: 'none' }));
    expect(plan).toEqual({
      kind: 'ask',
      packages: debianPackages.slice(2),
      command: `sudo apt-get update && sudo apt-get install -y -q --no-install-recommends ${debianPackages.slice(2).join(' ')}`,
    });
  });

  it('a full LibreOffice counts; the old fonts-liberation does not replace fonts-liberation2', () => {
    const installed = [
      'chromium',
      'poppler-utils',
      'fonts-liberation',
      'fonts-dejavu-core',
      'fonts-noto-core',
      'libreoffice-writer',
      'libreoffice-calc',
    ];
    expect(missingPackages(machine({ installed }))).toEqual(['fonts-liberation2']);
  });

  it('an installed Chrome or Edge spares the chromium package; Ubuntu names it chromium-browser', () => {
    const others = debianPackages.filter((p) => p !== 'chromium');
    const chrome = (requirement: { label: string }) =>
      requirement.label === 'Chromium' ? '/usr/bin/google-chrome-stable' : null;
    expect(missingPackages(machine({ installed: others, foundOnPath: chrome }))).toEqual([]);
    expect(missingPackages(machine({ installed: others, distribution: 'ubuntu' }))).toEqual(['chromium-browser']);
  });

  it('on a system without apt it names what is missing, and is ready when everything is found', () => {
    const windows = { hasApt: false, distribution: 'other' as const };
    const found = (requirement: { label: string }) => (requirement.label === 'LibreOffice' ? null : 'somewhere');
    expect(planPreparation(machine({ ...windows, foundOnPath: found }))).toEqual({
      kind: 'unsupported',
      missing: ['LibreOffice'],
    });
    expect(planPreparation(machine({ ...windows, foundOnPath: () => 'somewhere' }))).toEqual({ kind: 'ready' });
  });
});

describe('finding a browser for PDFs and the end-to-end tests', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it("Debian's Chromium first, then Chrome or Edge", () => {
    expect(findChromium('linux', {}, only('/usr/bin/chromium', '/usr/bin/google-chrome'))).toEqual({
      found: true,
      path: '/usr/bin/chromium',
    });
    expect(findChromium('linux', {}, only('/usr/bin/microsoft-edge-stable'))).toEqual({
      found: true,
      path: '/usr/bin/microsoft-edge-stable',
    });
  });

  it('on Windows, Chrome or Edge under Program Files or the user profile', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
    const result = findChromium('win32', env, (path) => path.replace(/\\/g, '/') === edge.replace(/\\/g, '/'));
    expect(result.found && result.path.replace(/\\/g, '/')).toBe(edge.replace(/\\/g, '/'));
  });

  it('CHROMIUM_PATH is the only place looked at when set, so a typo is reported', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrom' };
    expect(findChromium('linux', env, only('/usr/bin/chromium'))).toEqual({
      found: false,
      looked: '/opt/chromium/chrom',
    });
    expect(findChromium('linux', {}, only())).toEqual({ found: false, looked: '/usr/bin/chromium' });
  });
});
