import { AppError, isAppError } from '@shared/errors';
import { guardMessages } from '@shared/i18n/vi-import-guard';
import type { Logger } from '../context';
import type { IsolatedTask, TaskInput, TaskOutput } from './isolated-tasks';
import { defaultIsolationLimits, IsolationFailure, runIsolated, type IsolationLimits } from './run-isolated';

/**
 * Reads an imported file in the isolated reader. A file that exhausts the reader's memory or time, or trips over
 * something unexpected, is refused by name in Vietnamese (FILE_INVALID) and the detail goes to the log: a hostile
 * or broken file is the file's problem, never "Có lỗi ngoài dự kiến".
 */
export async function readIsolated<K extends IsolatedTask>(
  log: Pick<Logger, 'error'>,
  task: K,
  input: TaskInput<K>,
  fileName: string,
  limits: IsolationLimits = defaultIsolationLimits,
): Promise<TaskOutput<K>> {
  try {
    return await runIsolated(task, input, limits);
  } catch (error) {
    if (!(error instanceof IsolationFailure)) throw error;
    log.error(`Reading "${fileName}" (${task}) failed in the isolated reader: ${error.reason}`, error.detail);
    const message =
      error.reason === 'unexpected' ? guardMessages.unreadable(fileName) : guardMessages.tooComplex(fileName);
    throw new AppError('FILE_INVALID', message, { cause: error });
  }
}

/**
 * For importers that preview many files: one file's refusal (from the guard, the parser or the isolated reader)
 * becomes that file's reading, so the others still preview.
 */
export async function readEachIsolated<K extends IsolatedTask, F extends { fileName: string }>(
  log: Pick<Logger, 'error'>,
  task: K,
  files: readonly F[],
  refused: (file: F, message: string) => TaskOutput<K>,
): Promise<Array<TaskOutput<K>>> {
  const readings: Array<TaskOutput<K>> = [];
  // One file at a time: each is unzipped in memory.
  for (const file of files) {
    try {
      readings.push(await readIsolated(log, task, file as unknown as TaskInput<K>, file.fileName));
    } catch (error) {
      if (!isAppError(error) || error.code !== 'FILE_INVALID') throw error;
      readings.push(refused(file, error.message));
    }
  }
  return readings;
}
