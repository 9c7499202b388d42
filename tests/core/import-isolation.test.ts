import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readIsolated } from '@core/isolation/isolated-read';
import { IsolationFailure, runIsolated } from '@core/isolation/run-isolated';
import { invoke } from '@core/dispatch/dispatch';
import type { ExcelFile } from '@shared/contract/excel';
import { openDemoCore } from '../support/demo-core';

async function template(): Promise<ExcelFile> {
  const ctx = await openDemoCore();
  const { files } = await invoke(ctx, 'figures:exportTemplate', {
    year: 2023,
    quarter: 2,
    unitIds: [ctx.repos.units.byCode('XA-LH')!.id],
    layout: 'per-unit-files',
  });
  return files[0]!;
}

describe('imports are parsed where a runaway cannot take the app with it (issue 16, finding 4)', () => {
  it('a reader that runs out of memory or time is stopped, the file refused in Vietnamese, and the next file read', async () => {
    const file = await template();
    const logged: string[] = [];
    const log = { error: (message: string) => logged.push(message) };

    // A heap too small to parse anything: the worker dies of it, this process does not.
    await expect(runIsolated('read-figures-file', file, { memoryMb: 4, timeoutMs: 60_000 })).rejects.toSatisfy(
      (error) => error instanceof IsolationFailure && (error.reason === 'memory' || error.reason === 'crashed'),
    );
    // No time at all: the worker is terminated.
    await expect(runIsolated('read-figures-file', file, { memoryMb: 768, timeoutMs: 1 })).rejects.toSatisfy(
      (error) => error instanceof IsolationFailure && error.reason === 'timeout',
    );

    // The next file gets a fresh reader with the normal limits and is read.
    const reading = await readIsolated(log, 'read-figures-file', file, file.fileName);
    expect(reading.refusals).toEqual([]);
    expect(reading.sheets.map((s) => s.sheetName)).toEqual(['Xã Long Hưng']);
  });

  it('readIsolated turns a reader that gave up into the file’s refusal, naming it, with the detail logged', async () => {
    const file = await template();
    const logged: string[] = [];
    const log = { error: (message: string) => logged.push(message) };
    await expect(
      readIsolated(log, 'read-figures-file', file, 'mau-xa.xlsx', { memoryMb: 768, timeoutMs: 1 }),
    ).rejects.toMatchObject({
      code: 'FILE_INVALID',
      message: expect.stringMatching(/^Tệp "mau-xa\.xlsx" quá phức tạp để đọc an toàn/),
    });
    expect(logged).toEqual([
      expect.stringContaining('"mau-xa.xlsx" (read-figures-file) failed in the isolated reader: timeout'),
    ]);
  });

  it('the built app carries the reader as its own file next to the main bundle, and it answers', async () => {
    const built = resolve('out/main/isolation-worker.js');
    expect(existsSync(built), 'out/main/isolation-worker.js: run `npx electron-vite build` first').toBe(true);
    const file = await template();
    const worker = new Worker(built, { resourceLimits: { maxOldGenerationSizeMb: 768 } });
    try {
      const answer = await new Promise<{ ok: boolean; value?: { sheets: Array<{ sheetName: string }> } }>(
        (done, fail) => {
          worker.once('message', done);
          worker.once('error', fail);
          worker.postMessage({ id: 1, task: 'read-figures-file', input: file });
        },
      );
      expect(answer.ok).toBe(true);
      expect(answer.value!.sheets.map((s) => s.sheetName)).toEqual(['Xã Long Hưng']);
    } finally {
      await worker.terminate();
    }
  });
});
