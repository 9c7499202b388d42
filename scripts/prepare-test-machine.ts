// `npm test` runs this first (the `pretest` script): it makes sure the machine has what the tests use from the
// system (Chromium, Poppler, the fonts, LibreOffice; see test-machine.ts) so that `npm ci && npm test` passes on a
// fresh Debian or Ubuntu machine. Missing packages are installed with apt when it can (root, or sudo), saying what
// it runs; otherwise it prints the one command to run and stops before the tests fail one by one. On other systems
// it looks for an installed Chrome, Edge or Chromium, pdftotext and soffice, and says what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from '@core/documents/find-chromium';
import {
  planPreparation,
  testRequirements,
  type Distribution,
  type MachineFacts,
  type Requirement,
} from './test-machine';

const say = (line: string) => process.stderr.write(`chuẩn bị máy thử: ${line}\n`);

function distribution(): Distribution {
  if (!existsSync('/etc/os-release')) return 'other';
  const release = readFileSync('/etc/os-release', 'utf8');
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)`, 'm').exec(release)?.[1] ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  if (ids.includes('ubuntu')) return 'ubuntu';
  return ids.includes('debian') ? 'debian' : 'other';
}

const distributionOfMachine = distribution();

/** The first `name` on PATH (with Windows' executable extensions), or null. */
function onPath(name: string): string | null {
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** LibreOffice's usual places outside PATH (Windows and macOS installers do not add it). */
const sofficePlaces = [
  join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'),
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/**
 * Where a requirement is already met without dpkg. Fonts have no program to find: on Debian and Ubuntu dpkg
 * answers; on another Linux fontconfig is asked for a Liberation Serif that covers Vietnamese; Windows and macOS
 * have Times New Roman, which the reports name first.
 */
function foundOnPath(requirement: Requirement): string | null {
  const [need] = requirement.debianNeeds[0]!;
  if (need === 'chromium' || need === 'chromium-browser') {
    const search = findChromium();
    return search.found ? search.path : null;
  }
  if (need === 'poppler-utils') return onPath('pdftotext');
  if (need?.startsWith('libreoffice'))
    return onPath('soffice') ?? sofficePlaces.find((place) => existsSync(place)) ?? null;
  if (process.platform === 'win32' || process.platform === 'darwin') return 'Times New Roman';
  if (distributionOfMachine !== 'other') return null;
  const fonts = spawnSync('fc-list', [':family=Liberation Serif:lang=vi', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '' ? 'fontconfig' : null;
}

function isInstalled(debianPackage: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', debianPackage], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.startsWith('ii');
}

function privilege(): MachineFacts['privilege'] {
  if (process.getuid?.() === 0) return 'root';
  if (onPath('sudo') === null) return 'none';
  // Without a password prompt (CI runners, a sudoers rule), or a person at a terminal who can type it.
  if (spawnSync('sudo', ['-n', 'true']).status === 0 || process.stdin.isTTY) return 'sudo';
  return 'none';
}

function facts(): MachineFacts {
  const hasApt = process.platform === 'linux' && onPath('dpkg-query') !== null && onPath('apt-get') !== null;
  return { distribution: distributionOfMachine, hasApt, isInstalled, foundOnPath, privilege: privilege() };
}

function run(command: string[]): boolean {
  say(command.join(' '));
  const [program, ...args] = command;
  // apt's per-package lines would bury the test output: kept, and shown only if the step fails.
  const result = spawnSync(program!, args, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['inherit', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === 0) return true;
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-30).join('\n'));
  say(`lệnh trên thất bại (mã ${result.status ?? result.signal ?? result.error?.message}).`);
  return false;
}

function summary(): string {
  const machine = facts();
  return testRequirements(machine.distribution)
    .map((requirement) => {
      const where = machine.foundOnPath(requirement);
      return where ? `${requirement.label} ${where}` : requirement.label;
    })
    .join(' · ');
}

function main(): number {
  const started = Date.now();
  const plan = planPreparation(facts());
  switch (plan.kind) {
    case 'ready':
      say(`có đủ: ${summary()}`);
      return 0;
    case 'unsupported':
      say(`thiếu ${plan.missing.join(', ')}.`);
      say(
        'Cài Chrome, Edge hoặc Chromium (hoặc đặt CHROMIUM_PATH), Poppler (pdftotext trên PATH) và LibreOffice, rồi chạy lại.',
      );
      return 1;
    case 'ask':
      say(`thiếu gói ${plan.packages.join(' ')}; cần quyền root để cài. Chạy lệnh sau rồi chạy lại npm test:`);
      process.stderr.write(`\n  ${plan.command}\n\n`);
      return 1;
    case 'install': {
      say(`thiếu gói ${plan.packages.join(' ')}: cài bằng apt.`);
      if (!plan.commands.every(run)) return 1;
      const after = planPreparation(facts());
      if (after.kind !== 'ready') {
        say('sau khi cài vẫn còn thiếu; xem thông báo của apt ở trên.');
        return 1;
      }
      say(`đã cài xong sau ${Math.round((Date.now() - started) / 1000)} giây: ${summary()}`);
      return 0;
    }
  }
}

process.exitCode = main();
