import { note, report } from './measure';
import { benchCrashSafety } from './crash-safety';
import { benchExcelImport } from './excel-import';
import { benchSummaryProvince } from './summary-province';

/**
 * `npm run bench`: speed and memory goals live here, never in timed unit tests. Each measurement is one JSON line on
 * stdout; progress and explanations go to stderr.
 */
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  'summary-province': benchSummaryProvince,
  'excel-import-10k': benchExcelImport,
  'crash-safety': benchCrashSafety,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const [name, bench] of Object.entries(benches)) {
    if (only.length > 0 && !only.includes(name)) continue;
    note(`— ${name}`);
    report(await bench());
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
