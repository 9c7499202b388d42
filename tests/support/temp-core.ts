import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type CoreContext, type CoreOptions } from '@core/context';

/** 5 April 2023, 09:00 in Vietnam: the day a Q1 report is typically written. */
export const fixedNow = () => new Date('2023-04-05T02:00:00.000Z');

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real SQLite file in a temp folder, migrated from zero, with a fixed clock and actor. */
export async function openTestCore(options: CoreOptions & { file?: string } = {}): Promise<CoreContext> {
  const path = options.file ?? join(tempDir(), 'test.sqlite');
  const silent = { error: () => undefined, info: () => undefined };
  const ctx = await openCore(path, { create: true, now: fixedNow, actor: 'kiem-thu', log: silent, ...options });
  cleanups.unshift(() => ctx.db.open && ctx.db.close());
  return ctx;
}
