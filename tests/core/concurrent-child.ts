/**
 * Child process of tests/core/concurrent-writers.test.ts (and the fault-and-fuzz bench): another window or program
 * on the same data file. `open DB START_AT`: opens it like the app at START_AT and prints what happened. `write DB TAG N START_AT`: opens,
 * waits until the wall-clock START_AT (so both children write at once), then creates N units through the app's
 * channel — each a transaction that reads the unit codes, then writes — and prints one JSON line with the results.
 */
import { openCore } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';

const silent = { error: () => undefined, info: () => undefined };

async function main(): Promise<void> {
  const [mode, databasePath, tag, countText, startAtText] = process.argv.slice(2);
  if (databasePath === undefined) throw new Error('usage: concurrent-child open|write DB …');
  if (mode === 'open') {
    const wait = Number(tag ?? 0) - Date.now();
    if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
    try {
      const ctx = await openCore(databasePath, { log: silent });
      process.stdout.write(`${JSON.stringify({ ok: true, schemaVersion: ctx.schemaVersion })}\n`);
      ctx.db.close();
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      process.stdout.write(`${JSON.stringify({ ok: false, code, message })}\n`);
    }
    return;
  }
  const ctx = await openCore(databasePath, { log: silent, actor: `writer-${tag}` });
  const wait = Number(startAtText) - Date.now();
  if (wait > 0) await new Promise((resume) => setTimeout(resume, wait));
  const outcome = { ok: [] as string[], busy: 0, other: [] as string[] };
  for (let i = 0; i < Number(countText); i++) {
    const name = `Xã ${tag} ${i}`;
    const result = await dispatch(ctx, 'units:create', { name, kind: 'xa' });
    if (result.ok) outcome.ok.push(name);
    else if (result.error.code === 'BUSY') outcome.busy++;
    else outcome.other.push(`${result.error.code}: ${result.error.message}`);
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
  ctx.db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
