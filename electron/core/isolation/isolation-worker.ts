import { parentPort } from 'node:worker_threads';
import { isAppError } from '@shared/errors';
import { isolatedTasks, type IsolatedTask } from './isolated-tasks';

/**
 * The isolated reader's thread (see run-isolated.ts): runs one task at a time and answers with its plain result,
 * the AppError it raised (a refusal in Vietnamese), or the detail of anything unexpected.
 */
export interface TaskRequest {
  id: number;
  task: IsolatedTask;
  input: unknown;
}

export type TaskAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code: string; message: string } }
  | { id: number; ok: false; unexpected: string };

const port = parentPort;
if (port) {
  port.on('message', (request: TaskRequest) => {
    void (async () => {
      let answer: TaskAnswer;
      try {
        const run = isolatedTasks[request.task] as (input: unknown) => Promise<unknown>;
        answer = { id: request.id, ok: true, value: await run(request.input) };
      } catch (error) {
        answer = isAppError(error)
          ? { id: request.id, ok: false, error: error.toShape() }
          : { id: request.id, ok: false, unexpected: String((error as Error).stack ?? error).slice(0, 4000) };
      }
      port.postMessage(answer);
    })();
  });
}
