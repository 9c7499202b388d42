import { note, report } from './measure';
import { benchCrashSafety } from './crash-safety';
import { benchExcelImport } from './excel-import';
import { benchHostileImports } from './hostile-imports';
import { benchPackagesProvince } from './packages-province';
import { benchPlanParse } from './plan-parse';
import { benchRendererProvince } from './renderer-province';
import { benchReportPdf } from './report-pdf';
import { benchRendererGridProvince } from './renderer-grid-province';
import { benchSummaryProvince } from './summary-province';

/**
 * `npm run bench`: speed and memory goals live here, never in timed unit tests. Each measurement is one JSON line on
 * stdout; progress and explanations go to stderr.
 */
const benches: Record<string, () => Promise<Record<string, unknown> | Record<string, unknown>[]>> = {
  'summary-province': benchSummaryProvince,
  'excel-import-10k': benchExcelImport,
  'report-pdf': benchReportPdf,
  'crash-safety': benchCrashSafety,
  'plan-parse': benchPlanParse,
  'hostile-imports': benchHostileImports,
  'renderer-province': benchRendererProvince,
  'packages-province': benchPackagesProvince,
  'renderer-grid-province': benchRendererGridProvince,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const [name, bench] of Object.entries(benches)) {
    if (only.length > 0 && !only.includes(name)) continue;
    note(`— ${name}`);
    const result = await bench();
    for (const measurement of Array.isArray(result) ? result : [result]) report(measurement);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
