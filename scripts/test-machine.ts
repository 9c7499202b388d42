/**
 * What a machine needs before `npm test` can pass, and what to do about it (scripts/prepare-test-machine.ts runs
 * this before the tests). Pure: the facts about the machine come in, a plan comes out, so every branch is tested
 * without touching apt.
 */

/** One thing the tests use from the system, with the Debian/Ubuntu packages that provide it. */
export interface Requirement {
  /** How it is named in what the script prints. */
  label: string;
  /**
   * Debian/Ubuntu: each inner list is one need, met by any of its packages (the first one is installed when none
   * is). A machine with a full LibreOffice already has what `libreoffice-writer-nogui` would bring.
   */
  debianNeeds: string[][];
}

export type Distribution = 'debian' | 'ubuntu' | 'other';

/**
 * - Chromium: end-to-end tests and PDFs. Debian ships it as `chromium`; Ubuntu only as `chromium-browser`.
 * - poppler-utils: pdftotext/pdfinfo/pdffonts/pdftoppm read the PDFs back.
 * - fonts-liberation2: Liberation Serif 2 is the Times-metric serif with every Vietnamese glyph (the older
 *   fonts-liberation lacks 48); DejaVu and Noto are the fallbacks Chromium picks for other scripts.
 * - LibreOffice Writer and Calc (headless): the document tests convert the app's .docx and .xlsx to PDF.
 */
export function testRequirements(distribution: Distribution): Requirement[] {
  return [
    { label: 'Chromium', debianNeeds: [[distribution === 'ubuntu' ? 'chromium-browser' : 'chromium']] },
    { label: 'Poppler', debianNeeds: [['poppler-utils']] },
    {
      label: 'phông Liberation Serif 2, DejaVu, Noto',
      debianNeeds: [['fonts-liberation2'], ['fonts-dejavu-core'], ['fonts-noto-core']],
    },
    {
      label: 'LibreOffice',
      debianNeeds: [
        ['libreoffice-writer-nogui', 'libreoffice-writer'],
        ['libreoffice-calc-nogui', 'libreoffice-calc'],
      ],
    },
  ];
}

/** What the machine has, as far as the plan is concerned. */
export interface MachineFacts {
  distribution: Distribution;
  /** dpkg and apt-get are there: packages can be checked and installed. */
  hasApt: boolean;
  isInstalled: (debianPackage: string) => boolean;
  /**
   * Where a requirement was found without asking dpkg (a Chrome or Edge, `soffice` or `pdftotext` on PATH), or
   * null. On systems without apt this is the only way a requirement counts as met.
   */
  foundOnPath: (requirement: Requirement) => string | null;
  /** root: apt-get directly; sudo: through sudo; none: print the command for someone who can. */
  privilege: 'root' | 'sudo' | 'none';
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: string[][] }
  | { kind: 'ask'; packages: string[]; command: string }
  | { kind: 'unsupported'; missing: string[] };

/** The packages still to install: for each unmet need, its first package. */
export function missingPackages(facts: MachineFacts): string[] {
  const packages: string[] = [];
  for (const requirement of testRequirements(facts.distribution)) {
    if (facts.foundOnPath(requirement) !== null) continue;
    for (const need of requirement.debianNeeds) {
      if (!need.some(facts.isInstalled)) packages.push(need[0]!);
    }
  }
  return packages;
}

const aptInstall = ['apt-get', 'install', '-y', '-q', '--no-install-recommends'];

export function planPreparation(facts: MachineFacts): Plan {
  if (!facts.hasApt) {
    const missing = testRequirements(facts.distribution)
      .filter((requirement) => facts.foundOnPath(requirement) === null)
      .map((requirement) => requirement.label);
    return missing.length === 0 ? { kind: 'ready' } : { kind: 'unsupported', missing };
  }
  const packages = missingPackages(facts);
  if (packages.length === 0) return { kind: 'ready' };
  if (facts.privilege === 'none') {
    return { kind: 'ask', packages, command: `sudo apt-get update && sudo ${[...aptInstall, ...packages].join(' ')}` };
  }
  const prefix = facts.privilege === 'sudo' ? ['sudo'] : [];
  return {
    kind: 'install',
    packages,
    commands: [
      [...prefix, 'apt-get', 'update', '-q'],
      [...prefix, ...aptInstall, ...packages],
    ],
  };
}
