/**
 * Child process of the crash-safety test (tests/core/crash-safety.test.ts, bench/crash-safety.ts). The parent
 * bundles it and runs `node crash-writer.cjs <database> <first transaction id>` (it also runs as
 * `node --import tsx tests/core/crash-writer.ts …`). It opens the database through `openCore`, like the app, and
 * saves figures with the `figures:save` service (input validated by the channel's schema) in a loop: one
 * transaction per id, one figure per unit, each carrying the id in its value and its note. It prints `ready`, then
 * `committed <id>` after each commit returns. The parent kills it at a random moment and checks what the file holds.
 * Only the figures service is imported, not the whole handler table, so a writer starts fast enough for hundreds
 * of kills.
 */
import { figuresChannels } from '@shared/contract/figures';
import { openCore } from '@core/context';
import { saveFigures } from '@core/figures/service';

/** Years 2030…2200 × 4 quarters × the value indicators: every transaction writes its own cells. */
const firstCrashYear = 2030;
const lastCrashYear = 2200;

async function main(): Promise<void> {
  const [databasePath, firstIdText] = process.argv.slice(2);
  if (databasePath === undefined || firstIdText === undefined) throw new Error('usage: crash-writer DB FIRST_ID');
  const silent = { error: () => undefined, info: () => undefined };
  const ctx = await openCore(databasePath, { actor: 'crash-writer', log: silent });
  const indicators = ctx.repos.indicators.all().filter((i) => i.kind === 'flow' || i.kind === 'stock');
  const units = ctx.repos.units.all();
  const slots = (lastCrashYear - firstCrashYear + 1) * 4 * indicators.length;
  process.stdout.write(`ready ${units.length} ${slots}\n`);

  for (let id = Number(firstIdText); id <= slots; id++) {
    const slot = id - 1;
    const indicator = indicators[slot % indicators.length]!;
    const quarterIndex = Math.floor(slot / indicators.length);
    const year = firstCrashYear + Math.floor(quarterIndex / 4);
    const quarter = ((quarterIndex % 4) + 1) as 1 | 2 | 3 | 4;
    const input = figuresChannels['figures:save'].input.parse({
      year,
      quarter,
      entries: units.map((unit) => ({ indicatorId: indicator.id, unitId: unit.id, value: id, note: `crash:${id}` })),
    });
    saveFigures(ctx, input);
    // Written only once the transaction has committed: a line here is a promise that the rows are durable.
    process.stdout.write(`committed ${id}\n`);
  }
  process.stdout.write('full\n');
  ctx.db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
