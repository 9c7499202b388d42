import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../../bench/crash-safety';

/**
 * SIGKILL at random moments while figures are being saved (the full 200-kill run is `npm run bench`). Every kill
 * must leave a file that passes integrity_check and holds every reported commit whole and no transaction in part.
 * CRASH_SEED=<seed> replays a failing run.
 */
describe('crash safety', () => {
  it('15 random SIGKILLs during transactions: integrity ok, every committed transaction present, none partial', async () => {
    const seed = process.env.CRASH_SEED === undefined ? undefined : Number(process.env.CRASH_SEED);
    const report = await runCrashTrials({ trials: 15, seed });
    expect(report.failures, `seed ${report.seed}`).toEqual([]);
    expect(report).toMatchObject({ trials: 15, integrityFailures: 0, missingCommits: 0, partialTransactions: 0 });
    // The kills really landed mid-work: most trials committed something before dying.
    expect(report.reportedCommits).toBeGreaterThan(15);
  }, 180_000);
});
