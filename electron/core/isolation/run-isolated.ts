import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '@shared/errors';
import type { IsolatedTask, TaskInput, TaskOutput } from './isolated-tasks';
import type { TaskAnswer, TaskRequest } from './isolation-worker';

/**
 * Parsing an imported file runs in a worker thread with its own heap limit and a time limit, so a file the import
 * guard could not foresee (a parser bug, a pathological but small document) costs a refusal, never the app: when
 * the worker runs out of memory or time it is terminated and the next file gets a fresh one. One worker, one task
 * at a time, kept while files keep coming and let go when idle. Issue 20 moves the whole core off the UI thread;
 * this stays its isolated reader.
 */

export interface IsolationLimits {
  /** The worker's V8 heap (old generation) in MB. */
  memoryMb: number;
  /** Wall-clock time one task may take. */
  timeoutMs: number;
}

export const defaultIsolationLimits: IsolationLimits = { memoryMb: 768, timeoutMs: 60_000 };

/** Why a task gave no answer. */
export class IsolationFailure extends Error {
  constructor(
    readonly reason: 'memory' | 'timeout' | 'crashed' | 'unexpected',
    readonly detail: string,
  ) {
    super(`isolated task ${reason}: ${detail}`);
  }
}

/** The worker's entry: built next to the main bundle by electron-vite; from source (tests, CLI, harness) via tsx. */
function startWorker(limits: IsolationLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 48, stackSizeMb: 8 };
  const built = [join(__dirname, 'isolation-worker.js'), join(__dirname, '..', 'isolation-worker.js')].find((path) =>
    existsSync(path),
  );
  if (built !== undefined) return new Worker(built, { resourceLimits });
  const source = join(__dirname, 'isolation-worker.ts');
  const loader = require.resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(loader)}).register();\nrequire(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

const idleMs = 120_000;
let worker: Worker | null = null;
let workerLimits: IsolationLimits | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function stopWorker(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const stopping = worker;
  worker = null;
  workerLimits = null;
  void stopping?.terminate();
}

function runOnce<K extends IsolatedTask>(
  task: K,
  input: TaskInput<K>,
  limits: IsolationLimits,
): Promise<TaskOutput<K>> {
  if (idleTimer) clearTimeout(idleTimer);
  if (worker && workerLimits !== limits) stopWorker();
  const current = worker ?? startWorker(limits);
  worker = current;
  workerLimits = limits;
  current.ref();
  const id = nextId++;
  return new Promise<TaskOutput<K>>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      current.off('exit', onExit);
      outcome();
    };
    const fail = (failure: IsolationFailure) =>
      settle(() => {
        if (worker === current) stopWorker();
        reject(failure);
      });
    const onMessage = (answer: TaskAnswer) => {
      if (answer.id !== id) return;
      settle(() => {
        current.unref();
        idleTimer = setTimeout(stopWorker, idleMs);
        idleTimer.unref();
        if (answer.ok) resolve(answer.value as TaskOutput<K>);
        else if ('error' in answer) reject(new AppError(answer.error.code as ErrorCode, answer.error.message));
        else reject(new IsolationFailure('unexpected', answer.unexpected));
      });
    };
    const onError = (error: Error) => {
      const code = (error as NodeJS.ErrnoException).code;
      fail(
        new IsolationFailure(code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed', String(error.stack ?? error)),
      );
    };
    const onExit = (code: number) => fail(new IsolationFailure('crashed', `worker exited with code ${code}`));
    const timer = setTimeout(() => fail(new IsolationFailure('timeout', `${limits.timeoutMs} ms`)), limits.timeoutMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.on('exit', onExit);
    current.postMessage({ id, task, input } satisfies TaskRequest);
  });
}

/**
 * Runs one task in the isolated reader, after any task already running. Resolves to its result; rejects with the
 * AppError the task raised, or an IsolationFailure when it ran out of memory or time, crashed, or threw something
 * unexpected (the caller turns that into the file's refusal and logs the detail).
 */
export function runIsolated<K extends IsolatedTask>(
  task: K,
  input: TaskInput<K>,
  limits: IsolationLimits = defaultIsolationLimits,
): Promise<TaskOutput<K>> {
  const run = queue.then(
    () => runOnce(task, input, limits),
    () => runOnce(task, input, limits),
  );
  queue = run.catch(() => undefined);
  return run;
}
